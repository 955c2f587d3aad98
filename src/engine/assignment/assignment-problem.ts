import type { Language } from '../call-types';
import type { Assignment } from './assignment';
import type { AssignmentField } from './assignment-schema';

/**
 * Why a link or a short code was refused, in the order the checks run; the first failure stops the reading.
 * Nothing is stored until every check has passed.
 */
export type AssignmentProblem =
  /** Cut short (copied or typed in part): characters are missing at the end. */
  | { reason: 'truncated' }
  /** Changed after it was made: the check value does not match (a character altered, added or swapped). */
  | { reason: 'corrupted' }
  /** A typed short code holds a character no code has (U, punctuation, an accented letter). */
  | { reason: 'bad-character'; character: string }
  /** Made by a version of Décroche this one does not read. */
  | { reason: 'version'; version: number }
  /** Not a Décroche assignment at all (another site's link, plain data). */
  | { reason: 'foreign' }
  /** Longer than any assignment: refused before it is unpacked. */
  | { reason: 'too-long' }
  /** Well formed, but a field holds what no assignment may hold (a forged link, say). */
  | { reason: 'invalid-field'; field: AssignmentField | undefined; issue: string }
  /** Calls this library does not have (removed, renamed, or the link was made for another library). */
  | { reason: 'unknown-scenarios'; ids: string[] }
  /** Calls the library has, but not in the assignment's call language. */
  | { reason: 'missing-language'; ids: string[]; language: Language };

/** A link or code that passed every check: the assignment, and whether its due date has passed. */
export interface ReceivedAssignment {
  /** The assignment as the trainer composed it (from a short code: its essentials only). */
  assignment: Assignment;
  /** Its due date is before today: accepted all the same, and shown as overdue. */
  overdue: boolean;
}

export type AssignmentRead = ({ ok: true } & ReceivedAssignment) | ({ ok: false } & AssignmentProblem);

/** A scenario the library has, in one language (the library index's summaries fit). */
export interface CatalogueEntry {
  /** Scenario id, shared by its translations. */
  id: string;
  /** A language it can be played in. */
  language: Language;
}

/** The checks that need the library: every call exists, in the assignment's language. */
export function checkAgainstLibrary(
  assignment: Assignment,
  catalogue: readonly CatalogueEntry[],
): AssignmentRead | undefined {
  const known = new Set(catalogue.map((entry) => entry.id));
  const unknown = assignment.scenarios.filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, reason: 'unknown-scenarios', ids: unknown };
  const playable = new Set(
    catalogue.filter((entry) => entry.language === assignment.callLanguage).map((entry) => entry.id),
  );
  const missing = assignment.scenarios.filter((id) => !playable.has(id));
  if (missing.length > 0)
    return { ok: false, reason: 'missing-language', ids: missing, language: assignment.callLanguage };
  return undefined;
}

/** Today's date where the trainee is, as YYYY-MM-DD (due dates are local days). */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A due date before today (ISO dates compare as text). */
export function isOverdue(assignment: Pick<Assignment, 'due'>, today: string): boolean {
  return assignment.due !== undefined && assignment.due < today;
}
