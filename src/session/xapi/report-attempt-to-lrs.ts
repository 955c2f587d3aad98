import type { Statement } from '@xapi/xapi';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { Assignment } from '../../engine/assignment/assignment';
import { choicesOf } from '../../engine/call/call-state';
import { buildDebrief } from '../../engine/debrief/build-debrief';
import type { Attempt } from '../../engine/progress/attempt';
import type { Scenario } from '../../engine/scenario/types';
import {
  answeredStatement,
  completedStatement,
  launchedStatement,
  terminatedStatement,
  verdictStatement,
} from '../../engine/xapi/statements';
import type { AttemptRecordContext } from '../../engine/xapi/statements';
import type { ReportMark } from '../../store/xapi/outbox';
import type { StatementQueueActions } from '../../store/xapi/statement-queue';
import type { CallSessionMachine } from '../call-session-machine';

/** Finds one of the trainee's assignments by id. */
export type FindAssignment = (assignmentId: string) => Assignment | undefined;

/** What the reporter needs besides the call. */
export interface LrsReportDeps {
  /** The statement queue (the app's one, or a test's). */
  queue: Pick<StatementQueueActions, 'enqueue' | 'reportOf'>;
  /** The trainee as the LRS will know them. */
  learner: AttemptRecordContext['learner'];
  now?: () => number;
  /** A fresh UUID per statement. */
  newId?: () => string;
}

const nothingQueued: ReportMark = { launched: false, answered: 0, closed: false };

// One chain per attempt, shared by every reporter of it (a re-mounted call, React's double effects in
// development): each step reads what was queued before deciding what to add, so nothing goes twice.
const chains = new Map<string, Promise<void>>();

/**
 * Reports a call to the trainer's LRS as it happens, like recordAttempt writes it to the trainee's record:
 * `launched` at pick-up, one `answered` per decision, then at the debrief `completed` with `passed` or
 * `failed` against the assignment's pass mark — or `terminated` when the trainee hung up first. Does
 * nothing at all unless the attempt belongs to an assignment whose trainer set an LRS.
 */
export function reportAttemptToLrs(
  session: ActorRefFrom<CallSessionMachine>,
  attempt: Attempt,
  scenario: Scenario,
  findAssignment: FindAssignment,
  { queue, learner, now = Date.now, newId = () => crypto.randomUUID() }: LrsReportDeps,
): () => void {
  const assignment = attempt.assignmentId ? findAssignment(attempt.assignmentId) : undefined;
  const lrs = assignment?.lrs;
  if (!assignment || !lrs) return () => undefined;
  const record: AttemptRecordContext = {
    learner,
    scenario,
    assignment,
    attemptId: attempt.id,
    mode: attempt.mode,
  };

  /** Queues whatever the latest state of the call has that was not queued yet. */
  const catchUp = async () => {
    const snapshot: SnapshotFrom<CallSessionMachine> = session.getSnapshot();
    const { context } = snapshot;
    const before = (await queue.reportOf(attempt.id)) ?? nothingQueued;
    if (before.closed) return;
    const mark = { ...before };
    const statements: Statement[] = [];
    const stamp = (at: number) => ({ id: newId(), at });

    if (!mark.launched && context.pickedUpAt !== undefined) {
      statements.push(launchedStatement(record, stamp(context.pickedUpAt)));
      mark.launched = true;
    }
    const choices = choicesOf(context.call);
    for (; mark.launched && mark.answered < choices.length; mark.answered++) {
      const choice = choices[mark.answered];
      // Answers given before a reload keep the time they were given at.
      const earlier = attempt.decisions[mark.answered];
      const at = earlier ? attempt.startedAt + earlier.atMs : now();
      const statement = choice && answeredStatement(record, stamp(at), choice);
      if (statement) statements.push(statement);
    }
    const closing = context.abandoned
      ? snapshot.matches('ended') || snapshot.matches('debrief')
      : snapshot.matches('debrief');
    if (closing) {
      const end = context.endedAt ?? now();
      const durationMs = Math.max(0, end - (context.pickedUpAt ?? end));
      if (context.abandoned) {
        // Declined while ringing: it never started, so there is nothing to close.
        if (mark.launched) statements.push(terminatedStatement(record, stamp(end), durationMs));
      } else {
        const debrief = buildDebrief(context.call, context.desk);
        const result = {
          overall: debrief.score.overall,
          outcome: debrief.outcome,
          competencies: debrief.score.competencies,
          durationMs,
        };
        const at = now();
        statements.push(
          completedStatement(record, stamp(at), result),
          verdictStatement(record, stamp(at), result),
        );
      }
      mark.closed = true;
    }
    if (statements.length > 0 || mark.closed !== before.closed)
      await queue.enqueue(lrs, statements, { attemptId: attempt.id, mark });
  };

  const schedule = () => {
    const next = (chains.get(attempt.id) ?? Promise.resolve()).then(catchUp).catch(() => undefined);
    chains.set(attempt.id, next);
    void next.then(() => {
      if (chains.get(attempt.id) === next) chains.delete(attempt.id);
    });
  };
  const subscription = session.subscribe(schedule);
  // The reporter may start after the pick-up (it is loaded on demand): catch up at once.
  schedule();
  // Catch-ups already scheduled still run: leaving the debrief at once must not lose its statements.
  return () => subscription.unsubscribe();
}
