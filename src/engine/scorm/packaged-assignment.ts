import type { Assignment } from '../assignment/assignment';
import { languages } from '../call-types';
import type { Language } from '../call-types';
import { modes } from '../progress/attempt';
import type { Mode } from '../progress/attempt';

/*
 * The assignment travels inside the package as plain JSON, read by the package's own shell when the LMS
 * launches it. Without its learning record store: in an LMS the results go to the LMS, and the LRS key
 * has no business in a file every learner downloads.
 */

/** The assignment's file in the package. */
export const assignmentFileName = 'decroche-assignment.json';

/** The assignment as written into a package. */
export function packagedAssignment(assignment: Assignment): Assignment {
  const copy: Assignment = { ...assignment, scenarios: [...assignment.scenarios] };
  delete copy.lrs;
  return copy;
}

/** Why an assignment file was refused: the first field that is not as expected. */
export interface AssignmentFileProblem {
  /** Field path, e.g. « scenarios[2] ». */
  field: string;
  /** What was expected there. */
  expected: string;
}

/** Reads a packaged assignment: the assignment, or the first field that is wrong. */
export function readPackagedAssignment(
  data: unknown,
): { ok: true; assignment: Assignment } | { ok: false; problem: AssignmentFileProblem } {
  const fail = (field: string, expected: string) => ({ ok: false as const, problem: { field, expected } });
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('(file)', 'a JSON object');
  const record = data as Record<string, unknown>;
  const { id, title, scenarios, mode, callLanguage, passMark, due, issuedBy, createdAt } = record;
  if (typeof id !== 'string' || id === '') return fail('id', 'a non-empty text');
  if (typeof title !== 'string') return fail('title', 'a text');
  if (!Array.isArray(scenarios) || scenarios.length === 0) return fail('scenarios', 'a non-empty list');
  const badIndex = scenarios.findIndex((s) => typeof s !== 'string' || s === '');
  if (badIndex >= 0) return fail(`scenarios[${badIndex}]`, 'a scenario id');
  if (!modes.includes(mode as Mode)) return fail('mode', modes.join(' or '));
  if (!languages.includes(callLanguage as Language)) return fail('callLanguage', languages.join(', '));
  if (typeof passMark !== 'number' || !(passMark >= 0 && passMark <= 100))
    return fail('passMark', 'a number from 0 to 100');
  if (due !== undefined && (typeof due !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(due)))
    return fail('due', 'a date YYYY-MM-DD');
  if (issuedBy !== undefined && typeof issuedBy !== 'string') return fail('issuedBy', 'a text');
  if (typeof createdAt !== 'number') return fail('createdAt', 'a time in milliseconds');
  const assignment: Assignment = {
    id,
    title,
    scenarios: scenarios as string[],
    mode: mode as Mode,
    callLanguage: callLanguage as Language,
    passMark,
    createdAt,
    ...(due === undefined ? {} : { due: due as string }),
    ...(issuedBy === undefined ? {} : { issuedBy: issuedBy as string }),
  };
  return { ok: true, assignment };
}
