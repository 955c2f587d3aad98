/*
 * Base64url (RFC 4648 §5, no padding), written out so that decoding is strict: a character outside the
 * alphabet, a length no encoder produces, or stray bits in the last character are refused instead of being
 * silently dropped (a changed last character would otherwise decode to the same bytes).
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const values = new Map([...alphabet].map((char, index) => [char, index]));

export function encodeBase64url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const chunk = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) text += alphabet[(chunk >> (18 - 6 * k)) & 63];
  }
  return text;
}

/** Why a text is not base64url: it ends where no encoder would stop, or it holds something else. */
export type Base64Problem = 'truncated' | 'invalid';

/**
 * The bytes of a base64url text. `exact` is false when the last character has stray bits, as in a text cut
 * short or altered at its end: the caller tells which (a cut text also lacks bytes it expected).
 */
export function decodeBase64url(
  text: string,
): { ok: true; bytes: Uint8Array; exact: boolean } | { ok: false; problem: Base64Problem } {
  if (text.length % 4 === 1) return { ok: false, problem: 'truncated' };
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (const char of text) {
    const value = values.get(char);
    if (value === undefined) return { ok: false, problem: 'invalid' };
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  // The bits left over in the last character are zero when an encoder wrote them.
  return { ok: true, bytes, exact: (buffer & ((1 << bits) - 1)) === 0 };
}
