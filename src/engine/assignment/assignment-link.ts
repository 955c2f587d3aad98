import { deflateSync, inflateSync } from 'fflate';
import { canonicalJson } from '../progress/export-format';
import type { Assignment } from './assignment';
import type { AssignmentRead, CatalogueEntry } from './assignment-problem';
import { readAssignment } from './read-assignment';
import { decodeBase64url, encodeBase64url } from './base64url';

/*
 * An assignment travels whole in a link's fragment (never sent to any server), as base64url of:
 *
 *   1 byte « Décroche assignment » mark and format version | 2 bytes total length | canonical JSON deflated
 *   | the first 8 bytes of the SHA-256 of everything before them.
 *
 * The length tells a cut link (fewer bytes than announced) from a damaged one; the checksum, over the packed
 * bytes rather than the JSON, catches any changed character, even in the deflate stream's unused last bits.
 * Anybody can recompute it, so it proves no author: it catches links damaged by a copy, a mail or a chat.
 */

/** High nibble of the first byte: marks a Décroche assignment (0xD…), low nibble: the format version. */
const magic = 0xd0;
export const linkFormatVersion = 1;
const headerBytes = 3;
const checksumBytes = 8;
/** A fragment longer than this is no assignment of ours (a 40-call one with an LRS is about 1.5 kB). */
export const maxPayloadLength = 8192;
/** Unpacking stops here: a crafted payload cannot make the browser inflate megabytes. */
const maxJsonBytes = 64 * 1024;

async function checksumOf(bytes: Uint8Array): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return new Uint8Array(digest, 0, checksumBytes);
}

/** The fragment payload of an assignment (base64url, no padding). */
export async function encodeAssignmentPayload(assignment: Assignment): Promise<string> {
  const json = canonicalJson(assignment);
  const packed = deflateSync(new TextEncoder().encode(json), { level: 9 });
  const length = headerBytes + packed.length + checksumBytes;
  const bytes = new Uint8Array(length);
  bytes.set([magic | linkFormatVersion, length >> 8, length & 0xff]);
  bytes.set(packed, headerBytes);
  bytes.set(await checksumOf(bytes.subarray(0, length - checksumBytes)), length - checksumBytes);
  return encodeBase64url(bytes);
}

/** Plain JSON sent as base64 (another tool's link, a hand-made one): not an assignment of ours. */
function isJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Reads a fragment payload. Checks, in order: size, characters, kind and version, completeness, checksum,
 * JSON, every field, then the calls against the library. `today` is YYYY-MM-DD.
 */
export async function decodeAssignmentPayload(
  payload: string,
  catalogue: readonly CatalogueEntry[],
  today: string,
): Promise<AssignmentRead> {
  if (payload.length > maxPayloadLength) return { ok: false, reason: 'too-long' };
  const text = payload.trim();
  if (text === '') return { ok: false, reason: 'truncated' };
  const decoded = decodeBase64url(text);
  if (!decoded.ok) return { ok: false, reason: decoded.problem === 'truncated' ? 'truncated' : 'corrupted' };
  const bytes = decoded.bytes;
  const first = bytes[0] ?? 0;
  if ((first & 0xf0) !== magic || isJson(bytes)) return { ok: false, reason: 'foreign' };
  if ((first & 0x0f) !== linkFormatVersion) return { ok: false, reason: 'version', version: first & 0x0f };
  if (bytes.length < headerBytes) return { ok: false, reason: 'truncated' };
  const announced = ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0);
  if (bytes.length < announced) return { ok: false, reason: 'truncated' };
  if (!decoded.exact || bytes.length > announced || announced < headerBytes + 1 + checksumBytes)
    return { ok: false, reason: 'corrupted' };
  const body = bytes.subarray(0, announced - checksumBytes);
  if (!sameBytes(await checksumOf(body), bytes.subarray(announced - checksumBytes)))
    return { ok: false, reason: 'corrupted' };

  let json: string;
  try {
    const unpacked = inflateSync(body.subarray(headerBytes), { out: new Uint8Array(maxJsonBytes) });
    json = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    // Checksummed yet unreadable: made by a broken or hostile tool, not by Décroche.
    return { ok: false, reason: 'foreign' };
  }

  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'foreign' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'foreign' };
  return readAssignment(data, catalogue, today);
}
