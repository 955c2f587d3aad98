/*
 * Crockford's base32 (digits and capitals without I, L, O, U), made for people: read aloud, typed on a
 * phone, copied from a projector. Reading forgives what people do: lower case, O for 0, I or L for 1, and
 * spaces or dashes anywhere.
 */

export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const values = new Map([...crockfordAlphabet].map((char, index) => [char, index]));
for (const [alias, value] of [
  ['O', 0],
  ['I', 1],
  ['L', 1],
] as const)
  values.set(alias, value);

/** Symbols (0–31) to characters. */
export function toCrockford(symbols: readonly number[]): string {
  return symbols.map((symbol) => crockfordAlphabet[symbol & 31]).join('');
}

/**
 * Characters to symbols, after removing spaces and dashes; the first character that is no Crockford digit
 * (U, punctuation, an accented letter) is reported.
 */
export function fromCrockford(text: string): { ok: true; symbols: number[] } | { ok: false; bad: string } {
  const symbols: number[] = [];
  for (const char of text.toUpperCase().replace(/[\s\-–—_.]/g, '')) {
    const value = values.get(char);
    if (value === undefined) return { ok: false, bad: char };
    symbols.push(value);
  }
  return { ok: true, symbols };
}
