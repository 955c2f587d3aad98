import type { Attempt } from '../progress/attempt';
import type { Assignment } from './assignment';

/** Where a trainee stands on one call of an assignment. */
export type CallStatus = 'not-started' | 'played' | 'passed';

export interface AssignedCall {
  /** Scenario id. */
  scenarioId: string;
  /** `<id>.<language>`: the call to play. */
  scenarioKey: string;
  /** not started (no attempt for this assignment), played (none reached the pass mark yet), passed. */
  status: CallStatus;
  /** Best overall score among this assignment's finished attempts of the call, if any. */
  best: number | undefined;
  /** Attempts made for this assignment (finished, interrupted or in progress). */
  attempts: number;
}

export interface AssignmentProgress {
  /** Every call, in the trainer's order. */
  calls: AssignedCall[];
  /** How many calls are passed. */
  passed: number;
  /** Every call passed. */
  complete: boolean;
}

/**
 * A trainee's standing on an assignment, from their attempts: only attempts recorded for this assignment
 * count (the same call played freely, or for another assignment, does not).
 */
export function assignmentProgress(assignment: Assignment, attempts: readonly Attempt[]): AssignmentProgress {
  const calls = assignment.scenarios.map((scenarioId): AssignedCall => {
    const scenarioKey = `${scenarioId}.${assignment.callLanguage}`;
    const own = attempts.filter((a) => a.assignmentId === assignment.id && a.scenarioKey === scenarioKey);
    const scores = own.flatMap((a) => (a.status === 'ended' && a.overall !== undefined ? [a.overall] : []));
    const best = scores.length > 0 ? Math.max(...scores) : undefined;
    const status: CallStatus =
      best !== undefined && best >= assignment.passMark
        ? 'passed'
        : own.length > 0
          ? 'played'
          : 'not-started';
    return { scenarioId, scenarioKey, status, best, attempts: own.length };
  });
  const passed = calls.filter((c) => c.status === 'passed').length;
  return { calls, passed, complete: passed === calls.length };
}
