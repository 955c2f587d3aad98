import { describe, expect, it } from 'vitest';
import type { Attempt, Profile } from '../../src/engine/progress/attempt';
import {
  buildExport,
  canonicalJson,
  exportChecksum,
  exportFileName,
  maxImportBytes,
  planMerge,
  readExport,
  serializeExport,
  sha256Hex,
} from '../../src/engine/progress/export-format';
import type { ImportFile, ValidImport } from '../../src/engine/progress/export-format';
import { recordChecks } from '../../src/ui/progress/profiles/record-checks';

const profile: Profile = {
  id: 'p-marie',
  name: 'Marie D.',
  createdAt: 1_700_000_000_000,
  pin: { salt: 'abc', hash: 'a'.repeat(64) },
};

const attempt = (id: string, overrides: Partial<Attempt> = {}): Attempt => ({
  id,
  profileId: profile.id,
  scenarioKey: 'colis-perdu.fr',
  mode: 'practice',
  seed: 7,
  startedAt: 1_700_000_100_000,
  endedAt: 1_700_000_200_000,
  status: 'ended',
  decisions: [{ stepId: 'start', optionId: 'greet', atMs: 1200 }],
  outcome: 'success',
  overall: 80,
  competencies: [{ competency: 'accueil', percent: 80 }],
  ...overrides,
});

const fileOf = (name: string, text: string, size = new TextEncoder().encode(text).length): ImportFile => ({
  name,
  size,
  text: async () => text,
});

async function exportedText(attempts: Attempt[] = [attempt('a1'), attempt('a2', { status: 'abandoned' })]) {
  return serializeExport(await buildExport(profile, attempts, new Date(2025, 2, 14, 10, 30)));
}

describe('canonical JSON', () => {
  it('orders keys at every depth, so key order does not change the checksum', async () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(await exportChecksum({ name: 'x', id: 'y' }, [])).toBe(
      await exportChecksum({ id: 'y', name: 'x' }, []),
    );
  });

  it('leaves out undefined properties like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('an export', () => {
  it('holds the format, version, profile without PIN, own attempts only and the checksum', async () => {
    const other = attempt('x1', { profileId: 'p-someone-else' });
    const data = await buildExport(profile, [attempt('a1'), other], new Date('2025-03-14T10:30:00Z'));
    expect(data).toMatchObject({
      format: 'decroche-progress',
      version: 1,
      exportedAt: '2025-03-14T10:30:00.000Z',
    });
    expect(data.profile).toEqual({ id: 'p-marie', name: 'Marie D.', createdAt: profile.createdAt });
    expect(data.attempts.map((a) => a.id)).toEqual(['a1']);
    expect(data.checksum).toBe(
      await sha256Hex(canonicalJson({ profile: data.profile, attempts: data.attempts })),
    );
    expect(serializeExport(data)).not.toContain('salt');
  });

  it('is named decroche-<name>-<yyyy-mm-dd>.json', () => {
    expect(exportFileName('Marie D.', new Date(2025, 2, 4))).toBe('decroche-marie-d-2025-03-04.json');
    expect(exportFileName('Hélène Lefèvre', new Date(2025, 11, 31))).toBe(
      'decroche-helene-lefevre-2025-12-31.json',
    );
    expect(exportFileName('???', new Date(2025, 0, 1))).toBe('decroche-profil-2025-01-01.json');
  });
});

describe('reading a file back', () => {
  it('gives back the same profile (without PIN) and attempts', async () => {
    const read = await readExport(fileOf('marie.json', await exportedText()), recordChecks);
    expect(read).toEqual({
      ok: true,
      file: 'marie.json',
      data: {
        profile: { id: 'p-marie', name: 'Marie D.', createdAt: profile.createdAt },
        attempts: [attempt('a1'), attempt('a2', { status: 'abandoned' })],
      },
    });
  });

  it('refuses an oversized file before reading it', async () => {
    const file: ImportFile = {
      name: 'huge.json',
      size: maxImportBytes + 1,
      text: () => Promise.reject(new Error('must not be read')),
    };
    expect(await readExport(file, recordChecks)).toEqual({
      ok: false,
      file: 'huge.json',
      reason: 'too-large',
      size: maxImportBytes + 1,
    });
  });

  it('refuses a file that is not JSON, and a truncated one', async () => {
    expect(await readExport(fileOf('notes.json', 'Bonjour !'), recordChecks)).toMatchObject({
      ok: false,
      file: 'notes.json',
      reason: 'not-json',
    });
    const text = await exportedText();
    expect(await readExport(fileOf('cut.json', text.slice(0, text.length / 2)), recordChecks)).toMatchObject({
      ok: false,
      file: 'cut.json',
      reason: 'not-json',
    });
  });

  it('refuses foreign JSON and another version of the format', async () => {
    for (const foreign of ['[1,2]', '{"name":"package"}', 'null', '"decroche-progress"']) {
      expect(await readExport(fileOf('other.json', foreign), recordChecks)).toMatchObject({
        reason: 'foreign',
      });
    }
    const v2 = { ...JSON.parse(await exportedText()), version: 2 };
    expect(await readExport(fileOf('v2.json', JSON.stringify(v2)), recordChecks)).toMatchObject({
      reason: 'version',
      version: '2',
    });
  });

  it('refuses a file whose content no longer matches its checksum', async () => {
    const data = JSON.parse(await exportedText());
    data.attempts[0].overall = 100;
    expect(await readExport(fileOf('edited.json', JSON.stringify(data)), recordChecks)).toMatchObject({
      ok: false,
      file: 'edited.json',
      reason: 'checksum',
    });
    const noChecksum = { ...JSON.parse(await exportedText()), checksum: undefined };
    expect(await readExport(fileOf('bare.json', JSON.stringify(noChecksum)), recordChecks)).toMatchObject({
      reason: 'checksum',
    });
  });

  it('accepts the same content with keys in another order and other whitespace', async () => {
    const data = JSON.parse(await exportedText());
    const reordered = {
      checksum: data.checksum,
      attempts: data.attempts,
      profile: { name: data.profile.name, createdAt: data.profile.createdAt, id: data.profile.id },
      version: 1,
      format: data.format,
    };
    expect(await readExport(fileOf('compact.json', JSON.stringify(reordered)), recordChecks)).toMatchObject({
      ok: true,
    });
  });

  it('checks every record with the stored-record schemas (checksum valid, content invalid)', async () => {
    const bad = attempt('a3', { overall: 250 });
    const read = await readExport(fileOf('bad.json', await exportedText([attempt('a1'), bad])), recordChecks);
    expect(read).toMatchObject({ ok: false, reason: 'record', where: 'attempt', index: 1 });
    expect(read.ok || read.reason !== 'record' || read.issue).toMatch(/overall/);

    const stranger = attempt('a4', { profileId: 'p-other' });
    const data = JSON.parse(await exportedText());
    data.attempts.push(stranger);
    data.checksum = await exportChecksum(data.profile, data.attempts);
    expect(await readExport(fileOf('mixed.json', JSON.stringify(data)), recordChecks)).toMatchObject({
      reason: 'record',
      where: 'attempt',
      index: 2,
    });

    const nameless = { ...data, profile: { ...data.profile, name: '' }, attempts: [] };
    nameless.checksum = await exportChecksum(nameless.profile, nameless.attempts);
    expect(await readExport(fileOf('nameless.json', JSON.stringify(nameless)), recordChecks)).toMatchObject({
      reason: 'record',
      where: 'profile',
    });
  });

  it('never takes a PIN slipped into a file', async () => {
    const data = JSON.parse(await exportedText([]));
    data.profile.pin = profile.pin;
    data.checksum = await exportChecksum(data.profile, data.attempts);
    const read = await readExport(fileOf('pin.json', JSON.stringify(data)), recordChecks);
    expect(read.ok && read.data.profile).toEqual({
      id: 'p-marie',
      name: 'Marie D.',
      createdAt: profile.createdAt,
    });
  });
});

describe('planning a merge', () => {
  const incoming: ValidImport = {
    profile: { id: 'p-marie', name: 'Marie D.', createdAt: profile.createdAt },
    attempts: [attempt('a1'), attempt('a2'), attempt('a3'), attempt('a4')],
  };

  it('adds new attempts to a known profile, skips identical ones and keeps the existing one on a conflict', () => {
    const existing = new Map<string, unknown>([
      ['a1', attempt('a1')],
      // Same content, stored with its keys in another order and an undefined property.
      [
        'a2',
        {
          ...Object.fromEntries(Object.entries(attempt('a2')).reverse()),
          outcome: 'success',
          extra: undefined,
        },
      ],
      ['a3', attempt('a3', { overall: 10 })],
    ]);
    const plan = planMerge(incoming, { profiles: [profile], attemptsById: existing });
    expect(plan.profile).toBe(profile);
    expect(plan.createProfile).toBe(false);
    expect(plan.add.map((a) => a.id)).toEqual(['a4']);
    expect(plan.identical.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(plan.conflicts.map((a) => a.id)).toEqual(['a3']);
  });

  it('keeps a known profile as it is (name and PIN), whatever the file says', () => {
    const renamed = { ...incoming, profile: { ...incoming.profile, name: 'Autre nom' } };
    expect(planMerge(renamed, { profiles: [profile], attemptsById: new Map() }).profile).toBe(profile);
  });

  it('creates an unknown profile, suffixing its name when another profile has it', () => {
    const someoneElse: Profile = { id: 'p-other', name: 'marie d.', createdAt: 1 };
    const fresh = planMerge(incoming, { profiles: [], attemptsById: new Map() });
    expect(fresh).toMatchObject({
      createProfile: true,
      renamed: false,
      profile: { id: 'p-marie', name: 'Marie D.' },
    });
    expect(fresh.add).toHaveLength(4);

    const clash = planMerge(incoming, { profiles: [someoneElse], attemptsById: new Map() });
    expect(clash).toMatchObject({
      createProfile: true,
      renamed: true,
      profile: { id: 'p-marie', name: 'Marie D. (importé)' },
    });
    expect(clash.profile.pin).toBeUndefined();

    const twice = planMerge(
      incoming,
      {
        profiles: [someoneElse, { id: 'p-3', name: 'Marie D. (imported)', createdAt: 1 }],
        attemptsById: new Map(),
      },
      (name) => `${name} (imported)`,
    );
    expect(twice.profile.name).toBe('Marie D. (imported) (imported)');
  });

  it('keeps a suffixed name within 60 characters', () => {
    const long = 'N'.repeat(60);
    const plan = planMerge(
      { ...incoming, profile: { ...incoming.profile, name: long } },
      { profiles: [{ id: 'p-x', name: long, createdAt: 1 }], attemptsById: new Map() },
    );
    expect(plan.profile.name).toHaveLength(60);
    expect(plan.profile.name.endsWith(' (importé)')).toBe(true);
  });

  it('treats an attempt id stored under another profile as a conflict, never overwriting it', () => {
    const plan = planMerge(incoming, {
      profiles: [],
      attemptsById: new Map([['a4', attempt('a4', { profileId: 'p-other' })]]),
    });
    expect(plan.conflicts.map((a) => a.id)).toEqual(['a4']);
    expect(plan.add.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });
});
