/** One word of a text: as typed, and folded for matching. */
export interface Token {
  /** The word as typed. */
  raw: string;
  /** Lower case, without accents. */
  folded: string;
}

/** Lower case without accents: « Réglé » and « regle » compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a text (letters and digits; apostrophes, hyphens and punctuation separate words). */
export function tokenize(text: string): Token[] {
  return [...text.normalize('NFC').matchAll(/[\p{L}\p{N}]+/gu)].map(([raw]) => ({ raw, folded: fold(raw) }));
}
