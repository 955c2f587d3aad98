import type { CallType, Language } from '../call-types';
import type { Attempt } from '../progress/attempt';

/*
 * The trainer's cohort: the trainees of the result files imported so far, each once, with every attempt
 * once. It lives in the trainer's browser tab only; it is never a trainee profile.
 */

/** How an attempt's scenario version compares with the library's. */
export type VersionMatch =
  /** Recorded on the version this library has: comparable step by step. */
  | 'same'
  /** Recorded on another version: its scores count, its decisions are not compared (steps may differ). */
  | 'other'
  /** Recorded before attempts kept the version: treated like another version. */
  | 'unrecorded';

/** An imported attempt and where it came from. */
export interface CohortAttempt {
  /** The attempt as exported. */
  attempt: Attempt;
  /** The file it was taken from. */
  file: string;
  /** Its scenario version against the library's. */
  version: VersionMatch;
}

/** One trainee, from one or more files. */
export interface CohortTrainee {
  /** The trainee's profile id (the same trainee across files). */
  profileId: string;
  /** Name from the most recently exported file. */
  name: string;
  /** When that file was exported (ms since epoch; 0 when it did not say). */
  namedAt: number;
  /** Every file this trainee came from, in import order. */
  files: string[];
  /** Every attempt, each once. */
  attempts: CohortAttempt[];
}

/** Everything imported since the view was last emptied. */
export interface Cohort {
  /** Trainees in import order. */
  trainees: CohortTrainee[];
}

/** What the cohort needs to know of a library scenario (the library index's summaries fit). */
export interface CatalogEntry {
  /** `<id>.<language>`. */
  key: string;
  /** The version this library has (content hash). */
  version: string;
  /** Title, in the scenario's language. */
  title: string;
  /** Call type, for the filter. */
  callType: CallType;
  /** Language of the call. */
  language: Language;
}

/** The library's scenarios by key. */
export type Catalog = ReadonlyMap<string, CatalogEntry>;

export const emptyCohort: Cohort = { trainees: [] };

/** Builds the catalog from the library index's entries. */
export function catalogOf(entries: readonly CatalogEntry[]): Catalog {
  return new Map(entries.map((entry) => [entry.key, entry]));
}

/**
 * The name each trainee is shown under. Two profiles may carry the same name (two trainees called Marie,
 * or one trainee on two computers): they stay apart, and the file they came from tells them apart.
 */
export function traineeLabels(cohort: Cohort): Map<string, string> {
  const byName = new Map<string, number>();
  const key = (name: string) => name.trim().toLocaleLowerCase();
  for (const trainee of cohort.trainees)
    byName.set(key(trainee.name), (byName.get(key(trainee.name)) ?? 0) + 1);
  return new Map(
    cohort.trainees.map((trainee) => [
      trainee.profileId,
      (byName.get(key(trainee.name)) ?? 0) > 1 ? `${trainee.name} (${trainee.files[0] ?? ''})` : trainee.name,
    ]),
  );
}
