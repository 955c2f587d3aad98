import type { ActorRefFrom } from 'xstate';
import { choicesOf } from '../engine/call/call-state';
import { buildDebrief } from '../engine/debrief/build-debrief';
import type { Attempt } from '../engine/progress/attempt';
import type { ProgressActions } from '../store/progress/progress-store';
import type { CallSessionMachine } from './call-session-machine';

/**
 * Writes a call to the trainee's record as it happens: each answer the moment it is given (a crash loses
 * at most the answer being given), then the result when the call ends or is hung up.
 */
export function recordAttempt(
  session: ActorRefFrom<CallSessionMachine>,
  attempt: Attempt,
  progress: Pick<ProgressActions, 'recordDecision' | 'recordDesk' | 'finishAttempt'>,
  now: () => number = Date.now,
): () => void {
  let saved = attempt.decisions.length;
  let finished = attempt.status !== 'in-progress';
  let desk = attempt.desk;
  const subscription = session.subscribe((snapshot) => {
    const choices = choicesOf(snapshot.context.call);
    for (; saved < choices.length; saved++) {
      const choice = choices[saved];
      if (choice)
        void progress.recordDecision(attempt.id, { ...choice, atMs: Math.max(0, now() - attempt.startedAt) });
    }
    if (
      snapshot.context.desk !== desk &&
      // The empty desk of a fresh call is not worth a write.
      (snapshot.context.desk.opened.length > 0 ||
        Object.keys(snapshot.context.desk.form).length > 0 ||
        snapshot.context.desk.handovers !== undefined ||
        snapshot.context.desk.wrapUp !== undefined)
    ) {
      desk = snapshot.context.desk;
      void progress.recordDesk(attempt.id, desk);
    }
    // A hung-up call is closed at once; a call that reached its ending stays open for after-call work
    // (the form) until the debrief.
    const closing = snapshot.context.abandoned
      ? snapshot.matches('ended') || snapshot.matches('debrief')
      : snapshot.matches('debrief');
    if (!finished && closing) {
      finished = true;
      if (snapshot.context.abandoned) {
        void progress.finishAttempt(attempt.id, { status: 'abandoned' });
      } else {
        const debrief = buildDebrief(snapshot.context.call, snapshot.context.desk);
        void progress.finishAttempt(attempt.id, {
          status: 'ended',
          ...(debrief.outcome ? { outcome: debrief.outcome } : {}),
          overall: debrief.score.overall,
          competencies: debrief.score.competencies.map(({ competency, percent }) => ({
            competency,
            percent,
          })),
        });
      }
    }
  });
  return () => subscription.unsubscribe();
}
