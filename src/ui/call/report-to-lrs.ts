import type { ActorRefFrom } from 'xstate';
import type { Assignment } from '../../engine/assignment/assignment';
import type { Attempt } from '../../engine/progress/attempt';
import type { Scenario } from '../../engine/scenario/types';
import type { CallSessionMachine } from '../../session/call-session-machine';
import { progressStore } from '../../store/progress/app-progress';

/** The open profile's assignment with this id, as the trainee accepted it. */
export function findAssignment(assignmentId: string): Assignment | undefined {
  return progressStore.getState().assignments.find((a) => a.assignment.id === assignmentId)?.assignment;
}

/**
 * Reports the call to the trainer's LRS when it is played for an assignment that has one. Only then are
 * the statement builders and the queue loaded (the xAPI client itself waits for the first send), so a
 * call without an LRS loads nothing more and sends nothing anywhere. Returns the effect's cleanup.
 */
export function reportToLrs(
  session: ActorRefFrom<CallSessionMachine>,
  attempt: Attempt | undefined,
  scenario: Scenario,
): (() => void) | undefined {
  const assignmentId = attempt?.assignmentId;
  if (!attempt || !assignmentId || !findAssignment(assignmentId)?.lrs) return undefined;
  let live = true;
  let stop: (() => void) | undefined;
  void Promise.all([
    import('../../session/xapi/report-attempt-to-lrs'),
    import('../../store/xapi/app-xapi'),
  ]).then(([reporter, queue]) => {
    if (!live) return;
    void queue.startStatementQueue();
    const profile = progressStore.getState().profiles.find((p) => p.id === attempt.profileId);
    stop = reporter.reportAttemptToLrs(session, attempt, scenario, findAssignment, {
      queue: queue.statementQueue.getState(),
      learner: {
        profileId: attempt.profileId,
        ...(profile ? { name: profile.name } : {}),
        homePage: window.location.origin,
      },
    });
  });
  return () => {
    live = false;
    stop?.();
  };
}
