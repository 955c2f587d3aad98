/** The longest span SCORM 1.2's CMITimespan can say (four digits of hours). */
const maxCentiseconds = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

const pad = (value: number, digits: number) => String(value).padStart(digits, '0');

/**
 * A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (e.g. 0000:12:05.40 for 12 min 5.4 s). Negative
 * spans count as zero; spans beyond 9999 hours are capped (the LMS would refuse them).
 */
export function cmiTimespan(milliseconds: number): string {
  const total = Math.min(maxCentiseconds, Math.max(0, Math.round(milliseconds / 10)));
  const centis = total % 100;
  const seconds = Math.floor(total / 100) % 60;
  const minutes = Math.floor(total / 6000) % 60;
  const hours = Math.floor(total / 360_000);
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centis, 2)}`;
}
