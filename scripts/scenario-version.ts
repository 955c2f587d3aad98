import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/engine/progress/export-format';
import type { Scenario } from '../src/engine/scenario/types';

/** Hex digits kept of the hash: enough to tell two editions of one call apart, short enough to read. */
const versionLength = 12;

/**
 * A scenario's version: the start of the SHA-256 of its canonical JSON, computed when the library is built.
 * Any edit of the file gives a new version, so results recorded on an earlier edition are recognised (the
 * cohort view still counts their scores but no longer compares them step by step). Authors write nothing.
 */
export function scenarioVersion(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex').slice(0, versionLength);
}
