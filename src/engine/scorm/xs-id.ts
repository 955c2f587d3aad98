/*
 * Identifiers in an IMS manifest are xs:ID values (NCNames). LMS parsers are not all Unicode-aware, so the
 * ids written here keep to the ASCII part of NCName: a letter first, then letters, digits, '.', '-', '_'.
 */

const asciiNcName = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Whether a string is a valid xs:ID in the ASCII subset this package writes. */
export function isXsId(text: string): boolean {
  return asciiNcName.test(text);
}

/**
 * An xs:ID made of a prefix (which must start with a letter) and any text: accents are dropped, every
 * other character outside the NCName set becomes a dash.
 */
export function xsId(prefix: string, text: string): string {
  const cleaned = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const id = cleaned === '' ? prefix : `${prefix}-${cleaned}`;
  if (!isXsId(id)) throw new Error(`"${prefix}" cannot start an xs:ID`);
  return id;
}
