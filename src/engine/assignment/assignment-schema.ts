import * as v from 'valibot';
import { languages } from '../call-types';
import { modes } from '../progress/attempt';
import type { Assignment } from './assignment';

/*
 * What a well-formed assignment is. Links are checked with it when opened, and stored assignments when read
 * back, so a forged link or a damaged record is refused field by field, never half-used.
 */

/** Longest title and « set by » line: a title is a line on a list, not a paragraph. */
export const maxTitleLength = 120;
/** More calls than this is not an assignment but a library: it would not fit a link or a short code. */
export const maxAssignmentScenarios = 40;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const scenarioId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** YYYY-MM-DD naming a day that exists (no 31 February). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An LRS endpoint: https (http only for this computer, while testing), ending with a slash. */
export function isLrsEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return (url.protocol === 'https:' || (url.protocol === 'http:' && local)) && value.endsWith('/');
}

const line = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(maxTitleLength));

export const lrsSchema = v.object({
  endpoint: v.pipe(v.string(), v.check(isLrsEndpoint, 'expected an https address ending with /')),
  username: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
});

export const assignmentSchema = v.object({
  id: v.pipe(v.string(), v.regex(uuid, 'expected a UUID')),
  title: line,
  scenarios: v.pipe(
    v.array(v.pipe(v.string(), v.regex(scenarioId, 'expected a scenario id'))),
    v.minLength(1),
    v.maxLength(maxAssignmentScenarios),
    v.check((ids) => new Set(ids).size === ids.length, 'a scenario appears twice'),
  ),
  mode: v.picklist(modes),
  callLanguage: v.picklist(languages),
  due: v.exactOptional(v.pipe(v.string(), v.check(isIsoDate, 'expected a date YYYY-MM-DD'))),
  passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  lrs: v.exactOptional(lrsSchema),
  issuedBy: v.exactOptional(line),
  createdAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** The assignment fields, in the order problems are reported. */
export type AssignmentField = keyof Assignment;

// Compile-time guard: the schema's output stays assignable to the documented type.
const _assignment = (a: v.InferOutput<typeof assignmentSchema>): Assignment => a;
void _assignment;

/** The first wrong field of a value that should be an assignment, with what was wrong in a few words. */
export function checkAssignment(
  value: unknown,
): { ok: true; assignment: Assignment } | { ok: false; field: AssignmentField | undefined; issue: string } {
  const parsed = v.safeParse(assignmentSchema, value);
  if (parsed.success) return { ok: true, assignment: parsed.output };
  const first = parsed.issues[0];
  const key = first?.path?.[0]?.key;
  return {
    ok: false,
    field: typeof key === 'string' ? (key as AssignmentField) : undefined,
    issue: first?.message ?? 'not an assignment',
  };
}
