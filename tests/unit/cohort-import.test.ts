import { describe, expect, it, vi } from 'vitest';
import { catalogOf, emptyCohort, traineeLabels } from '../../src/engine/cohort/cohort';
import type { Catalog, CatalogEntry } from '../../src/engine/cohort/cohort';
import { jsonErrorAt, placeOf } from '../../src/engine/cohort/json-error-place';
import { mergeResults } from '../../src/engine/cohort/merge-results';
import type { FileReport } from '../../src/engine/cohort/merge-results';
import {
  maxBatchBytes,
  maxResultFileBytes,
  readResultFile,
  readResultFiles,
} from '../../src/engine/cohort/read-result-files';
import type { Attempt, Profile } from '../../src/engine/progress/attempt';
import { buildExport, serializeExport } from '../../src/engine/progress/export-format';
import type { ImportFile } from '../../src/engine/progress/export-format';
import { recordChecks } from '../../src/ui/progress/profiles/record-checks';

const entry = (key: string, version: string): CatalogEntry => ({
  key,
  version,
  title: `Titre ${key}`,
  callType: 'inbound',
  language: 'fr',
});
const catalog: Catalog = catalogOf([
  entry('colis-perdu.fr', 'aaaa1111bbbb'),
  entry('panne.fr', 'cccc2222dddd'),
]);

const profile = (id: string, name: string): Profile => ({ id, name, createdAt: 1_700_000_000_000 });

const attempt = (id: string, profileId: string, overrides: Partial<Attempt> = {}): Attempt => ({
  id,
  profileId,
  scenarioKey: 'colis-perdu.fr',
  scenarioVersion: 'aaaa1111bbbb',
  mode: 'practice',
  seed: 7,
  startedAt: 1_700_000_100_000,
  endedAt: 1_700_000_200_000,
  status: 'ended',
  decisions: [{ stepId: 'accueil', optionId: 'bonjour', atMs: 1200 }],
  outcome: 'success',
  overall: 80,
  competencies: [{ competency: 'structure-entretien', percent: 80 }],
  ...overrides,
});

const fileOf = (name: string, text: string, size = new TextEncoder().encode(text).length): ImportFile => ({
  name,
  size,
  text: async () => text,
});

async function resultText(who: Profile, attempts: Attempt[], at = new Date(2025, 2, 14, 10, 30)) {
  return serializeExport(await buildExport(who, attempts, at));
}

const marie = profile('p-marie', 'Marie D.');
const karim = profile('p-karim', 'Karim B.');

async function importAll(files: ImportFile[], cohort = emptyCohort) {
  return mergeResults(cohort, await readResultFiles(files, recordChecks), catalog);
}

const rejected = (reports: FileReport[], file: string) => reports.find((r) => r.file === file);

describe('reading result files', () => {
  it('accepts a trainee export and keeps when it was exported', async () => {
    const read = await readResultFile(
      fileOf('marie.json', await resultText(marie, [attempt('a1', marie.id)])),
      recordChecks,
    );
    expect(read).toMatchObject({
      ok: true,
      file: 'marie.json',
      exportedAt: new Date(2025, 2, 14, 10, 30).getTime(),
    });
    expect(read.ok && read.data.attempts[0]?.scenarioVersion).toBe('aaaa1111bbbb');
  });

  it('refuses a 50 MB file by its size, without reading it', async () => {
    const text = vi.fn(async () => '{}');
    const read = await readResultFile({ name: 'enorme.json', size: 50 * 1024 * 1024, text }, recordChecks);
    expect(read).toEqual({
      ok: false,
      file: 'enorme.json',
      reason: 'too-large',
      size: 50 * 1024 * 1024,
      limit: maxResultFileBytes,
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses, unread, the files past the limit of one import, and reads the others', async () => {
    const near = maxResultFileBytes - 1;
    const count = Math.floor(maxBatchBytes / near) + 2;
    const texts = Array.from({ length: count }, () => vi.fn(async () => 'pas du JSON'));
    const reads = await readResultFiles(
      texts.map((text, index) => ({ name: `f${index}.json`, size: near, text })),
      recordChecks,
    );
    const past = reads.filter((r) => !r.ok && r.reason === 'batch-too-large');
    expect(past.map((r) => r.file)).toEqual([`f${count - 2}.json`, `f${count - 1}.json`]);
    expect(past[0]).toMatchObject({ size: near, limit: maxBatchBytes });
    expect(texts.at(-1)).not.toHaveBeenCalled();
    expect(texts[0]).toHaveBeenCalled();
  });

  it('says where a text stops being JSON: a text file, a truncated file', async () => {
    const [text, truncated] = await readResultFiles(
      [
        fileOf('notes.txt.json', 'Bonjour,\nvoici mes résultats'),
        fileOf('coupe.json', (await resultText(marie, [attempt('a1', marie.id)])).slice(0, 200)),
      ],
      recordChecks,
    );
    expect(text).toEqual({
      ok: false,
      file: 'notes.txt.json',
      reason: 'not-json',
      place: { line: 1, column: 1 },
      truncated: false,
    });
    expect(truncated).toMatchObject({ ok: false, file: 'coupe.json', reason: 'not-json', truncated: true });
    const lines = (await resultText(marie, [attempt('a1', marie.id)])).slice(0, 200).trimEnd().split('\n');
    expect(truncated?.ok === false && truncated.reason === 'not-json' && truncated.place?.line).toBe(
      lines.length,
    );
  });

  it('refuses a damaged file (checksum), a foreign JSON file and an unknown format version', async () => {
    const good = JSON.parse(await resultText(marie, [attempt('a1', marie.id)])) as Record<string, unknown>;
    const damaged = { ...good, attempts: [attempt('a1', marie.id, { overall: 100 })] };
    const reads = await readResultFiles(
      [
        fileOf('abime.json', JSON.stringify(damaged)),
        fileOf('autre.json', JSON.stringify({ name: 'package', version: '1.0.0' })),
        fileOf('futur.json', JSON.stringify({ ...good, version: 9 })),
      ],
      recordChecks,
    );
    expect(reads.map((r) => (r.ok ? 'ok' : `${r.file}: ${r.reason}`))).toEqual([
      'abime.json: checksum',
      'autre.json: foreign',
      'futur.json: version',
    ]);
  });
});

describe('where JSON stops', () => {
  it('turns an offset into a line and a column', () => {
    expect(placeOf('ab\ncd\r\nef', 7)).toEqual({ line: 3, column: 1 });
    expect(placeOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('reads the position from the message, the end of a truncated text, or the first foreign sign', () => {
    expect(
      jsonErrorAt('{\n "a": 1,\n "b" 2}', new SyntaxError('Unexpected number in JSON at position 15')),
    ).toEqual({ place: { line: 3, column: 5 }, truncated: false });
    expect(jsonErrorAt('{\n "a": [1\n', new SyntaxError('Unexpected end of JSON input'))).toEqual({
      place: { line: 2, column: 9 },
      truncated: true,
    });
    // Chromium names the position of a cut-off text instead.
    expect(jsonErrorAt('{"a": "bon', new SyntaxError('Unterminated string in JSON at position 10'))).toEqual({
      place: { line: 1, column: 11 },
      truncated: true,
    });
    expect(jsonErrorAt('  <html>', new SyntaxError('Unexpected token'))).toEqual({
      place: { line: 1, column: 3 },
      truncated: false,
    });
    expect(jsonErrorAt('{"a":}', new SyntaxError('Unexpected token'))).toBeUndefined();
  });
});

describe('merging many files into one cohort', () => {
  it('merges one trainee across files and counts a repeated attempt once', async () => {
    const { cohort, reports } = await importAll([
      fileOf('marie-lundi.json', await resultText(marie, [attempt('a1', marie.id)])),
      fileOf('karim.json', await resultText(karim, [attempt('k1', karim.id)])),
      fileOf(
        'marie-mardi.json',
        await resultText(marie, [
          attempt('a1', marie.id),
          attempt('a2', marie.id, { scenarioKey: 'panne.fr', scenarioVersion: 'cccc2222dddd' }),
        ]),
      ),
    ]);
    expect(cohort.trainees.map((t) => [t.name, t.attempts.map((a) => a.attempt.id), t.files])).toEqual([
      ['Marie D.', ['a1', 'a2'], ['marie-lundi.json', 'marie-mardi.json']],
      ['Karim B.', ['k1'], ['karim.json']],
    ]);
    expect(rejected(reports, 'marie-mardi.json')).toMatchObject({
      status: 'accepted',
      added: 1,
      duplicates: 1,
      conflicts: [],
    });
  });

  it('importing the same files again adds nothing', async () => {
    const files = [fileOf('marie.json', await resultText(marie, [attempt('a1', marie.id)]))];
    const first = await importAll(files);
    const again = await importAll(files, first.cohort);
    expect(again.cohort.trainees).toHaveLength(1);
    expect(again.cohort.trainees[0]?.attempts).toHaveLength(1);
    expect(again.reports[0]).toMatchObject({ status: 'accepted', added: 0, duplicates: 1 });
  });

  it('keeps the finished copy of an attempt exported twice, whichever file comes first, and reports it', async () => {
    const unfinished = attempt('a1', marie.id, { status: 'in-progress', decisions: [] });
    delete unfinished.endedAt;
    delete unfinished.overall;
    delete unfinished.competencies;
    delete unfinished.outcome;
    const early = fileOf('marie-pendant.json', await resultText(marie, [unfinished]));
    const late = fileOf('marie-apres.json', await resultText(marie, [attempt('a1', marie.id)]));

    const forward = await importAll([early, late]);
    expect(forward.cohort.trainees[0]?.attempts[0]).toMatchObject({
      file: 'marie-apres.json',
      attempt: { status: 'ended' },
    });
    expect(rejected(forward.reports, 'marie-apres.json')).toMatchObject({
      conflicts: [{ attemptId: 'a1', otherFile: 'marie-pendant.json', kept: 'this-file' }],
    });

    const backward = await importAll([late, early]);
    expect(backward.cohort.trainees[0]?.attempts[0]).toMatchObject({ file: 'marie-apres.json' });
    expect(rejected(backward.reports, 'marie-pendant.json')).toMatchObject({
      conflicts: [{ attemptId: 'a1', otherFile: 'marie-apres.json', kept: 'other-file' }],
    });
  });

  it('refuses a file whose calls this library does not have, naming them; nothing else is lost', async () => {
    const { cohort, reports } = await importAll([
      fileOf('karim.json', await resultText(karim, [attempt('k1', karim.id)])),
      fileOf(
        'ailleurs.json',
        await resultText(marie, [attempt('a1', marie.id, { scenarioKey: 'inconnu.fr' })]),
      ),
    ]);
    expect(rejected(reports, 'ailleurs.json')).toEqual({
      status: 'rejected',
      file: 'ailleurs.json',
      reason: 'unknown-scenarios',
      scenarios: ['inconnu.fr'],
    });
    expect(cohort.trainees.map((t) => t.name)).toEqual(['Karim B.']);
  });

  it('leaves out the unknown calls of a mixed file and flags other and missing versions', async () => {
    const old = attempt('a3', marie.id);
    delete old.scenarioVersion;
    const { cohort, reports } = await importAll([
      fileOf(
        'marie.json',
        await resultText(marie, [
          attempt('a1', marie.id),
          attempt('a2', marie.id, { scenarioVersion: '000000000000' }),
          old,
          attempt('a4', marie.id, { scenarioKey: 'inconnu.fr' }),
        ]),
      ),
    ]);
    expect(reports[0]).toMatchObject({
      status: 'accepted',
      added: 3,
      unknown: [{ scenarioKey: 'inconnu.fr', attempts: 1 }],
      otherVersion: [{ scenarioKey: 'colis-perdu.fr', attempts: 1 }],
      unrecorded: [{ scenarioKey: 'colis-perdu.fr', attempts: 1 }],
    });
    expect(cohort.trainees[0]?.attempts.map((a) => a.version)).toEqual(['same', 'other', 'unrecorded']);
  });

  it('shows a renamed trainee under the latest name and tells apart two trainees with one name', async () => {
    const other = profile('p-marie-2', 'Marie D.');
    const { cohort } = await importAll([
      fileOf('nouveau.json', await resultText({ ...marie, name: 'Marie Dupont' }, [], new Date(2025, 3, 1))),
      fileOf('ancien.json', await resultText(marie, [], new Date(2025, 2, 1))),
      fileOf('autre-marie.json', await resultText(other, [])),
      fileOf(
        'autre-marie-bis.json',
        await resultText({ ...other, name: 'Marie Dupont' }, [], new Date(2025, 2, 1)),
      ),
    ]);
    expect(cohort.trainees.map((t) => t.name)).toEqual(['Marie Dupont', 'Marie D.']);
    expect([...traineeLabels(cohort).values()]).toEqual(['Marie Dupont', 'Marie D.']);
    const twins = await importAll([
      fileOf('m1.json', await resultText(marie, [])),
      fileOf('m2.json', await resultText(other, [])),
    ]);
    expect([...traineeLabels(twins.cohort).values()]).toEqual(['Marie D. (m1.json)', 'Marie D. (m2.json)']);
  });

  it('a refused file changes nothing in the cohort already there', async () => {
    const first = await importAll([fileOf('karim.json', await resultText(karim, [attempt('k1', karim.id)]))]);
    const next = await importAll([fileOf('vide.json', '')], first.cohort);
    expect(next.cohort).toEqual(first.cohort);
    expect(next.reports[0]).toMatchObject({ status: 'rejected', file: 'vide.json', reason: 'not-json' });
  });
});
