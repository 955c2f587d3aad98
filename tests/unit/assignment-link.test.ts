import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/engine/call-types';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { assignmentLink, assignmentPayloadOf } from '../../src/engine/assignment/assignment-fragment';
import {
  decodeAssignmentPayload,
  encodeAssignmentPayload,
  maxPayloadLength,
} from '../../src/engine/assignment/assignment-link';
import type { CatalogueEntry } from '../../src/engine/assignment/assignment-problem';
import { encodeBase64url } from '../../src/engine/assignment/base64url';
import { qrCodeSvg, svgDataUrl } from '../../src/engine/assignment/qr-code';
import { canonicalJson } from '../../src/engine/progress/export-format';

const today = '2026-03-02';

const catalogue: CatalogueEntry[] = [
  { id: 'colis-en-retard', language: 'fr' },
  { id: 'colis-en-retard', language: 'nl' },
  { id: 'odeur-gaz', language: 'fr' },
  { id: 'odeur-gaz', language: 'en' },
  { id: 'imprimante', language: 'fr' },
];

const sample: Assignment = {
  id: '0b9f6a52-3c1e-8d4a-9f00-5e2c7a1b3d4f',
  title: 'Semaine 3 — appels entrants',
  scenarios: ['colis-en-retard', 'odeur-gaz'],
  mode: 'exam',
  callLanguage: 'fr',
  due: '2026-03-20',
  passMark: 70,
  lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'cle-ecriture', password: 'secret' },
  issuedBy: 'Anne Dupont, CISP Namur',
  createdAt: 1_772_000_000_000,
};

/** Packs any JSON text the way a link does, with a correct length and checksum: a forger's link. */
async function forge(json: string, version = 1): Promise<string> {
  const packed = deflateSync(new TextEncoder().encode(json));
  const length = 3 + packed.length + 8;
  const body = Uint8Array.from([0xd0 | version, length >> 8, length & 0xff, ...packed]);
  const checksum = new Uint8Array(await crypto.subtle.digest('SHA-256', body), 0, 8);
  return encodeBase64url(Uint8Array.from([...body, ...checksum]));
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('an assignment link', () => {
  it('gives back exactly the assignment it was made from', async () => {
    const payload = await encodeAssignmentPayload(sample);
    expect(await decodeAssignmentPayload(payload, catalogue, today)).toEqual({
      ok: true,
      assignment: sample,
      overdue: false,
    });
  });

  it('lives in the fragment, which browsers never send to a server', async () => {
    const payload = await encodeAssignmentPayload(sample);
    const link = assignmentLink('https://decroche.example.be/app/#old', payload);
    expect(link).toBe(`https://decroche.example.be/app/#assignment=${payload}`);
    expect(assignmentPayloadOf(new URL(link).hash)).toBe(payload);
    expect(assignmentPayloadOf('#other=1')).toBeUndefined();
  });

  it('round-trips any valid assignment unchanged (property)', async () => {
    const text = fc
      .string({ minLength: 1, maxLength: 120, unit: 'grapheme' })
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length <= 120);
    const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2199-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const assignment = fc.record(
      {
        id: fc.uuid(),
        title: text,
        scenarios: fc.uniqueArray(id, { minLength: 1, maxLength: 40 }),
        mode: fc.constantFrom('practice' as const, 'exam' as const),
        callLanguage: fc.constantFrom(...languages),
        due: day,
        passMark: fc.integer({ min: 0, max: 100 }),
        lrs: fc.record({
          endpoint: fc.webUrl({ validSchemes: ['https'] }).map((url) => `${url.replace(/[?#].*$/, '')}/`),
          username: fc.string({ minLength: 1, maxLength: 80 }),
          password: fc.string({ minLength: 1, maxLength: 80 }),
        }),
        issuedBy: text,
        createdAt: fc.integer({ min: 0, max: 2 ** 45 }),
      },
      { requiredKeys: ['id', 'title', 'scenarios', 'mode', 'callLanguage', 'passMark', 'createdAt'] },
    );
    await fc.assert(
      fc.asyncProperty(assignment, async (original) => {
        const library = original.scenarios.map((sid) => ({ id: sid, language: original.callLanguage }));
        const read = await decodeAssignmentPayload(await encodeAssignmentPayload(original), library, today);
        expect(read).toEqual({ ok: true, assignment: original, overdue: (original.due ?? today) < today });
      }),
      { numRuns: 150 },
    );
  });

  it('is refused as truncated when cut at any length', async () => {
    const payload = await encodeAssignmentPayload(sample);
    for (let length = 0; length < payload.length; length++) {
      const read = await decodeAssignmentPayload(payload.slice(0, length), catalogue, today);
      expect(read, `cut to ${length} characters`).toEqual({ ok: false, reason: 'truncated' });
    }
  });

  it('is refused when any one character is changed', async () => {
    const payload = await encodeAssignmentPayload(sample);
    for (let position = 0; position < payload.length; position++) {
      for (const offset of [1, 17, 40]) {
        const replaced = alphabet[(alphabet.indexOf(payload[position] ?? 'A') + offset) % 64] ?? 'A';
        const changed = payload.slice(0, position) + replaced + payload.slice(position + 1);
        const read = await decodeAssignmentPayload(changed, catalogue, today);
        expect(read.ok, `character ${position} changed to ${replaced}`).toBe(false);
        // The first four characters hold the mark, the version and the length; past them, the checksum.
        if (position >= 4) expect(read, `character ${position}`).toEqual({ ok: false, reason: 'corrupted' });
      }
    }
  });

  it('is refused when a character that is no base64url is put in', async () => {
    const payload = await encodeAssignmentPayload(sample);
    const read = await decodeAssignmentPayload(
      `${payload.slice(0, 10)}+${payload.slice(11)}`,
      catalogue,
      today,
    );
    expect(read).toEqual({ ok: false, reason: 'corrupted' });
  });

  it('names the version it does not read', async () => {
    const read = await decodeAssignmentPayload(await forge(canonicalJson(sample), 2), catalogue, today);
    expect(read).toEqual({ ok: false, reason: 'version', version: 2 });
  });

  it('refuses plain base64 JSON and other data as not an assignment', async () => {
    const json = encodeBase64url(new TextEncoder().encode(JSON.stringify(sample)));
    expect(await decodeAssignmentPayload(json, catalogue, today)).toEqual({ ok: false, reason: 'foreign' });
    const text = encodeBase64url(new TextEncoder().encode('hello, this is no assignment'));
    expect(await decodeAssignmentPayload(text, catalogue, today)).toEqual({ ok: false, reason: 'foreign' });
    expect(await decodeAssignmentPayload(await forge('[1,2,3]'), catalogue, today)).toEqual({
      ok: false,
      reason: 'foreign',
    });
  });

  it('refuses an oversized payload before unpacking it', async () => {
    const read = await decodeAssignmentPayload('A'.repeat(maxPayloadLength + 1), catalogue, today);
    expect(read).toEqual({ ok: false, reason: 'too-long' });
  });

  it('names the invalid field of a forged assignment', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...sample, passMark: 150 }, 'passMark'],
      [{ ...sample, mode: 'quiz' }, 'mode'],
      [{ ...sample, due: '2026-02-30' }, 'due'],
      [{ ...sample, scenarios: [] }, 'scenarios'],
      [{ ...sample, scenarios: ['odeur-gaz', 'odeur-gaz'] }, 'scenarios'],
      [{ ...sample, title: '   ' }, 'title'],
      [{ ...sample, id: 'not-a-uuid' }, 'id'],
      [{ ...sample, lrs: { ...sample.lrs, endpoint: 'http://lrs.example.org/xapi/' } }, 'lrs'],
      [{ ...sample, callLanguage: 'de' }, 'callLanguage'],
    ];
    for (const [forged, field] of cases) {
      const read = await decodeAssignmentPayload(await forge(canonicalJson(forged)), catalogue, today);
      expect(read, field).toMatchObject({ ok: false, reason: 'invalid-field', field });
    }
  });

  it('names the calls this library does not have, or not in the call language', async () => {
    const unknown = await encodeAssignmentPayload({ ...sample, scenarios: ['odeur-gaz', 'chat-perdu', 'x'] });
    expect(await decodeAssignmentPayload(unknown, catalogue, today)).toEqual({
      ok: false,
      reason: 'unknown-scenarios',
      ids: ['chat-perdu', 'x'],
    });
    const dutch = await encodeAssignmentPayload({ ...sample, callLanguage: 'nl' });
    expect(await decodeAssignmentPayload(dutch, catalogue, today)).toEqual({
      ok: false,
      reason: 'missing-language',
      ids: ['odeur-gaz'],
      language: 'nl',
    });
  });

  it('accepts a past due date and flags it as overdue', async () => {
    const payload = await encodeAssignmentPayload({ ...sample, due: '2026-03-01' });
    expect(await decodeAssignmentPayload(payload, catalogue, today)).toMatchObject({
      ok: true,
      overdue: true,
    });
    const openEnded: Assignment = { ...sample };
    delete openEnded.due;
    const open = await encodeAssignmentPayload(openEnded);
    expect(await decodeAssignmentPayload(open, catalogue, today)).toMatchObject({ ok: true, overdue: false });
  });

  it('stays short enough for a QR code', async () => {
    const payload = await encodeAssignmentPayload(sample);
    expect(payload.length).toBeLessThan(500);
  });
});

describe('the QR code of a link', () => {
  it('is an SVG of a size phones read from a projector or a sheet', async () => {
    const link = assignmentLink('https://decroche.example.be/', await encodeAssignmentPayload(sample));
    const svg = qrCodeSvg(link);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(decodeURIComponent(svgDataUrl(svg).replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))).toBe(svg);
    // Medium error correction; version 15 is 77 modules a side, still sharp at 4 cm.
    expect(encode(link, { ecc: 'M' }).version).toBeLessThanOrEqual(15);
  });
});
