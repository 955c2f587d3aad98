/*
 * A short code names each call by a 15-bit number (three characters) derived from its id, so codes stay
 * short and a number never changes meaning while the id lives. Two ids of the library must not share a
 * number: a test checks the whole library, and a new scenario whose number is taken gets another id (a new
 * id is in no code yet; an existing id is never renamed for this).
 */

export const scenarioNumberBits = 15;

/** FNV-1a (32 bits) of the id's UTF-16 code units, folded to 15 bits. */
export function scenarioNumber(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash ^ (hash >>> scenarioNumberBits) ^ (hash >>> (2 * scenarioNumberBits))) & 0x7fff;
}

/** The ids of a library grouped by number: more than one id under a number is a collision. */
export function scenarioNumbers(ids: Iterable<string>): Map<number, string[]> {
  const byNumber = new Map<number, string[]>();
  for (const id of new Set(ids)) {
    const number = scenarioNumber(id);
    byNumber.set(number, [...(byNumber.get(number) ?? []), id]);
  }
  return byNumber;
}
