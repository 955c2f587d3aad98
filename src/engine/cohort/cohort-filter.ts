import { callTypes } from '../call-types';
import type { CallType } from '../call-types';
import { modes } from '../progress/attempt';
import type { Mode } from '../progress/attempt';
import type { Catalog, Cohort } from './cohort';

/** Which attempts the cohort view counts; an absent field does not filter. */
export interface CohortFilter {
  /** Only calls of this type. */
  callType?: CallType;
  /** Only practice, or only exam, calls. */
  mode?: Mode;
  /** Only calls played for this assignment. */
  assignmentId?: string;
  /** Only calls started at or after this time (ms since epoch). */
  from?: number;
  /** Only calls started before this time (ms since epoch). */
  before?: number;
}

/**
 * The cohort with only the attempts the filter keeps. Every trainee stays (a trainee with nothing left is
 * a row of empty cells: they have not done what is asked).
 */
export function filterCohort(cohort: Cohort, filter: CohortFilter, catalog: Catalog): Cohort {
  return {
    trainees: cohort.trainees.map((trainee) => ({
      ...trainee,
      attempts: trainee.attempts.filter(({ attempt }) => {
        if (filter.callType && catalog.get(attempt.scenarioKey)?.callType !== filter.callType) return false;
        if (filter.mode && attempt.mode !== filter.mode) return false;
        if (filter.assignmentId !== undefined && attempt.assignmentId !== filter.assignmentId) return false;
        if (filter.from !== undefined && attempt.startedAt < filter.from) return false;
        if (filter.before !== undefined && attempt.startedAt >= filter.before) return false;
        return true;
      }),
    })),
  };
}

/** The values the filter can take in this cohort (a choice nobody played is not offered). */
export interface FilterChoices {
  /** Call types played, in the library's order. */
  callTypes: CallType[];
  /** Modes played. */
  modes: Mode[];
  /** Assignment ids found, sorted. */
  assignmentIds: string[];
  /** The first and last start times, when there are attempts. */
  span: { first: number; last: number } | undefined;
}

export function filterChoices(cohort: Cohort, catalog: Catalog): FilterChoices {
  const attempts = cohort.trainees.flatMap((t) => t.attempts.map((entry) => entry.attempt));
  const types = new Set(attempts.map((a) => catalog.get(a.scenarioKey)?.callType));
  const played = new Set(attempts.map((a) => a.mode));
  const times = attempts.map((a) => a.startedAt);
  return {
    callTypes: callTypes.filter((type) => types.has(type)),
    modes: modes.filter((mode) => played.has(mode)),
    assignmentIds: [...new Set(attempts.flatMap((a) => (a.assignmentId ? [a.assignmentId] : [])))].sort(),
    span: times.length ? { first: Math.min(...times), last: Math.max(...times) } : undefined,
  };
}
