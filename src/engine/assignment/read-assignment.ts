import type { AssignmentRead, CatalogueEntry } from './assignment-problem';
import { checkAgainstLibrary, isOverdue } from './assignment-problem';
import { checkAssignment } from './assignment-schema';

/**
 * The last checks of a decoded link or short code, the same for both: the fields, then the library (every
 * call exists in the assignment's language); a past due date is accepted and flagged.
 */
export function readAssignment(
  candidate: unknown,
  catalogue: readonly CatalogueEntry[],
  today: string,
): AssignmentRead {
  const checked = checkAssignment(candidate);
  if (!checked.ok) return { ok: false, reason: 'invalid-field', field: checked.field, issue: checked.issue };
  const assignment = checked.assignment;
  return (
    checkAgainstLibrary(assignment, catalogue) ?? {
      ok: true,
      assignment,
      overdue: isOverdue(assignment, today),
    }
  );
}
