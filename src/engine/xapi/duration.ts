/**
 * An ISO 8601 duration (the xAPI `result.duration`) from milliseconds, e.g. 83_400 → `PT1M23.4S`.
 * Hours and minutes are split out; seconds keep at most two decimals (xAPI keeps 0.01 s precision).
 */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `PT${parts}${seconds || !parts ? `${seconds}S` : ''}`;
}
