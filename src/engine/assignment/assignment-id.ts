import { canonicalJson, sha256Hex } from '../progress/export-format';
import type { Assignment } from './assignment';

/*
 * An assignment's id is derived from what a short code carries (calls, mode, language, pass mark, due date)
 * and a 10-bit random salt kept in the id's last bits. So the link and the short code of one assignment give
 * the same id — the trainee's attempts group under it whichever way they received it — and the id is still
 * a UUID (version 8), as the xAPI registration it also is must be.
 */

export const saltBits = 10;
export const saltLimit = 1 << saltBits;

/** What the id is derived from: the assignment's essentials. */
export type AssignmentEssentials = Pick<
  Assignment,
  'scenarios' | 'mode' | 'callLanguage' | 'passMark' | 'due'
>;

export async function deriveAssignmentId(essentials: AssignmentEssentials, salt: number): Promise<string> {
  const { scenarios, mode, callLanguage, passMark, due } = essentials;
  const hex = await sha256Hex(
    canonicalJson({ kind: 'decroche-assignment', scenarios, mode, callLanguage, passMark, due, salt }),
  );
  const nibbles = [...hex.slice(0, 32)].map((digit) => parseInt(digit, 16));
  nibbles[12] = 8; // version 8: custom
  nibbles[16] = 0b1000 | ((nibbles[16] ?? 0) & 0b0011); // RFC 9562 variant
  // The last 10 bits are the salt itself, so it can be read back from the id.
  const tail = (salt & (saltLimit - 1)) | (((nibbles[29] ?? 0) & 0b1100) << 8);
  nibbles[29] = (tail >> 8) & 15;
  nibbles[30] = (tail >> 4) & 15;
  nibbles[31] = tail & 15;
  const text = nibbles.map((n) => n.toString(16)).join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** The salt kept in a derived id's last 10 bits. */
export function saltOf(id: string): number {
  return parseInt(id.slice(-3), 16) & (saltLimit - 1);
}

/** Whether the id was derived from the assignment's essentials (composed here, so it has a short code). */
export async function hasDerivedId(assignment: Assignment): Promise<boolean> {
  return (await deriveAssignmentId(assignment, saltOf(assignment.id))) === assignment.id.toLowerCase();
}
