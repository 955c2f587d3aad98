import type { Mode } from '../progress/attempt';

/*
 * What a SCORM 1.2 package reports for an assignment. SCORM 1.2 gives a SCO one score and one status, and
 * an LMS that knows a mastery score compares that one score with it; so the package decides the same way:
 * the score is the mean of the assignment's calls (a call not played yet counts 0, so the score never
 * claims a level the work has not reached), and the activity is passed when that mean reaches the mark.
 */

/** The result counted for each call of the assignment played so far (0–100), by scenario id. */
export type CallResults = Readonly<Record<string, number>>;

/** cmi.core.lesson_status values this package sets. */
export type LessonStatus = 'incomplete' | 'passed' | 'failed' | 'completed';

/** What is sent to the LMS after each call. */
export interface ScormReport {
  /** cmi.core.score.raw, 0–100 (min 0, max 100). */
  raw: number;
  /** cmi.core.lesson_status. */
  status: LessonStatus;
  /** Calls of the assignment with a counted result. */
  played: number;
  /** Calls in the assignment. */
  total: number;
}

/** Whether a pass mark says anything: 0 (or none) means the activity is only to be completed. */
export function hasPassMark(passMark: number | undefined): passMark is number {
  return passMark !== undefined && Number.isFinite(passMark) && passMark > 0;
}

/**
 * Counts a call that has just ended. Practice is for getting better: the best result counts. An exam is
 * sat once, like the validation test: the first result counts and later plays change nothing.
 */
export function countCallResult(
  results: CallResults,
  scenarioId: string,
  overall: number,
  mode: Mode,
): CallResults {
  const score = Math.max(0, Math.min(100, Math.round(overall)));
  const previous = results[scenarioId];
  if (previous !== undefined && (mode === 'exam' || previous >= score)) return results;
  return { ...results, [scenarioId]: score };
}

/** Whether a call may still change the result (an exam call counts once). */
export function canStillCount(results: CallResults, scenarioId: string, mode: Mode): boolean {
  return mode === 'practice' || results[scenarioId] === undefined;
}

/** The score and status for the assignment's calls, their counted results and the pass mark. */
export function scormReport(
  scenarios: readonly string[],
  results: CallResults,
  passMark: number | undefined,
): ScormReport {
  const ids = [...new Set(scenarios)];
  const counted = ids.filter((id) => results[id] !== undefined);
  const sum = counted.reduce((total, id) => total + (results[id] ?? 0), 0);
  const raw = ids.length === 0 ? 0 : Math.round(sum / ids.length);
  const status: LessonStatus =
    counted.length < ids.length || ids.length === 0
      ? 'incomplete'
      : !hasPassMark(passMark)
        ? 'completed'
        : raw >= passMark
          ? 'passed'
          : 'failed';
  return { raw, status, played: counted.length, total: ids.length };
}
