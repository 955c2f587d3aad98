import type { CallResults } from './scorm-result';

/*
 * cmi.suspend_data is the package's memory in the LMS: a learner who comes back (on another computer, say)
 * finds the calls already counted. SCORM 1.2 allows 4096 characters; the package stores only the counted
 * result of each call, by scenario id.
 */

/** SCORM 1.2's limit for cmi.suspend_data. */
export const suspendDataLimit = 4096;

const format = 'decroche';
const version = 1;

/** The results as suspend data. */
export function encodeSuspendData(results: CallResults): string {
  return JSON.stringify({ format, version, results });
}

/** What suspend data held: the results, and why it was set aside when it could not be read. */
export interface SuspendRead {
  /** Counted results carried over (empty when there were none or they could not be read). */
  results: CallResults;
  /** Set when the data was not this package's: 'not-json', 'foreign' (another format or version). */
  problem?: 'not-json' | 'foreign';
}

/** Reads suspend data written by encodeSuspendData; anything else is set aside, never half-read. */
export function decodeSuspendData(text: string): SuspendRead {
  if (text.trim() === '') return { results: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { results: {}, problem: 'not-json' };
  }
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const results = record.results;
  if (record.format !== format || record.version !== version || typeof results !== 'object' || !results)
    return { results: {}, problem: 'foreign' };
  const kept: Record<string, number> = {};
  for (const [id, value] of Object.entries(results))
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100) kept[id] = value;
  return { results: kept };
}

/** The longest suspend data an assignment of these calls can need (every call counted at 100). */
export function worstSuspendDataLength(scenarios: readonly string[]): number {
  return encodeSuspendData(Object.fromEntries(scenarios.map((id) => [id, 100]))).length;
}
