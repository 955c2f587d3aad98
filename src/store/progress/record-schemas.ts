import * as v from 'valibot';
import { assignmentSchema } from '../../engine/assignment/assignment-schema';
import { modes } from '../../engine/progress/attempt';
import type { Attempt, Profile } from '../../engine/progress/attempt';
import type { ProfileAssignment } from './profile-assignment';
import { outcomes } from '../../engine/scenario/types';
import { wrapUpSchema } from './wrap-up-schema';

/*
 * Stored records are read back through these schemas: a record damaged by a crash, an old version or a
 * hand edit is reported and skipped, and every other record still loads.
 */

const id = v.pipe(v.string(), v.minLength(1));
const time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const profileSchema = v.object({
  id,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
  createdAt: time,
  pin: v.exactOptional(v.object({ salt: v.string(), hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) })),
});

export const attemptSchema = v.object({
  id,
  profileId: id,
  scenarioKey: v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.(fr|nl|en)$/)),
  scenarioVersion: v.exactOptional(v.pipe(v.string(), v.regex(/^[0-9a-f]{1,64}$/))),
  mode: v.picklist(modes),
  assignmentId: v.exactOptional(id),
  seed: v.pipe(v.number(), v.integer()),
  startedAt: time,
  endedAt: v.exactOptional(time),
  status: v.picklist(['in-progress', 'ended', 'abandoned']),
  decisions: v.array(v.object({ stepId: id, optionId: id, atMs: v.pipe(v.number(), v.minValue(0)) })),
  desk: v.exactOptional(
    v.object({
      opened: v.array(
        v.object({ target: v.string(), atAnswer: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
      ),
      form: v.record(v.string(), v.union([v.string(), v.array(v.string())])),
      wrapUp: v.exactOptional(wrapUpSchema),
      handovers: v.exactOptional(
        v.array(v.object({ optionId: id, to: v.string(), summary: v.pipe(v.string(), v.maxLength(5000)) })),
      ),
    }),
  ),
  outcome: v.exactOptional(v.picklist(outcomes)),
  overall: v.exactOptional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  competencies: v.exactOptional(
    v.array(v.object({ competency: id, percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)) })),
  ),
});

/** An assignment a trainee accepted, as stored: the assignment itself is checked field by field. */
export const storedAssignmentSchema = v.object({
  key: id,
  profileId: id,
  receivedAt: time,
  assignment: assignmentSchema,
});

// Compile-time guards: the schemas' outputs stay assignable to the documented types.
const _profile = (p: v.InferOutput<typeof profileSchema>): Profile => p;
const _attempt = (a: v.InferOutput<typeof attemptSchema>): Attempt => a;
const _received = (a: v.InferOutput<typeof storedAssignmentSchema>): ProfileAssignment => a;
void _profile;
void _attempt;
void _received;

/** A record that could not be read, named so the trainee knows what was skipped. */
export interface RecordProblem {
  /** Which store it was in. */
  store: 'profiles' | 'attempts' | 'assignments';
  /** Its key, if it had one. */
  key: string;
  /** What was expected, in a few words. */
  issue: string;
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${(issue.path ?? []).map((p) => String(p.key)).join('.') || 'record'}: ${issue.message}`)
    .join('; ');
}
