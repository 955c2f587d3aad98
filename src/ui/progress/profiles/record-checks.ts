import * as v from 'valibot';
import type { Attempt, Profile } from '../../../engine/progress/attempt';
import type { CheckResult, RecordChecks } from '../../../engine/progress/export-format';
import { attemptSchema, describeIssues, profileSchema } from '../../../store/progress/record-schemas';

function check<T>(schema: v.GenericSchema<unknown, T>) {
  return (value: unknown): CheckResult<T> => {
    const parsed = v.safeParse(schema, value);
    return parsed.success
      ? { ok: true, value: parsed.output }
      : { ok: false, issue: describeIssues(parsed.issues) };
  };
}

/** An imported file's records are checked with the same schemas as the records read from IndexedDB. */
export const recordChecks: RecordChecks = {
  profile: check(profileSchema as v.GenericSchema<unknown, Profile>),
  attempt: check(attemptSchema as v.GenericSchema<unknown, Attempt>),
};
