import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/engine/call-types';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { composeAssignment, emptyDraft } from '../../src/engine/assignment/assignment-draft';
import type { CatalogueEntry } from '../../src/engine/assignment/assignment-problem';
import { crc15 } from '../../src/engine/assignment/crc15';
import { crockfordAlphabet, fromCrockford, toCrockford } from '../../src/engine/assignment/crockford';
import { scenarioNumbers } from '../../src/engine/assignment/scenario-number';
import {
  decodeShortCode,
  encodeShortCode,
  maxShortCodeScenarios,
  normaliseShortCode,
} from '../../src/engine/assignment/short-code';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import { readScenarioFiles } from '../../scripts/read-scenario-files';

const library: CatalogueEntry[] = loadLibrary(readScenarioFiles()).scenarios.map(({ id, language }) => ({
  id,
  language,
}));
const frenchIds = [...new Set(library.filter((e) => e.language === 'fr').map((e) => e.id))];
const today = '2026-03-02';

async function compose(
  overrides: Partial<ReturnType<typeof emptyDraft>> = {},
  salt = 123,
): Promise<Assignment> {
  return composeAssignment(
    {
      ...emptyDraft(),
      title: 'Semaine 3',
      issuedBy: 'Anne Dupont',
      scenarios: frenchIds.slice(0, 3),
      due: '2026-03-20',
      lrsEndpoint: 'https://lrs.example.org/xapi/',
      lrsUsername: 'cle',
      lrsPassword: 'secret',
      ...overrides,
    },
    1_772_000_000_000,
    salt,
  );
}

/** The code's characters without prefix and dashes. */
const bare = (code: string) => code.replace(/^DC-/, '').replace(/-/g, '');

describe('scenario numbers', () => {
  it('are different for every scenario id of the library', () => {
    // Every file counts, loadable or not: a scenario being fixed keeps its id.
    const fileIds = readScenarioFiles().map((file) => file.path.split('/').pop()?.split('.')[0] ?? '');
    const ids = [...library.map((e) => e.id), ...fileIds];
    expect(new Set(ids).size).toBeGreaterThanOrEqual(24);
    const shared = [...scenarioNumbers(ids).values()].filter((same) => same.length > 1);
    expect(shared).toEqual([]);
  });
});

describe('a short code', () => {
  it('carries the essentials and gives the same assignment id as the link', async () => {
    const assignment = await compose();
    const code = await encodeShortCode(assignment);
    expect(code).toMatch(/^DC-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    // One call: 14 characters; each further call: 3 more.
    expect(bare(code ?? '')).toHaveLength(14 + 3 * 2);
    const read = await decodeShortCode(code ?? '', library, today, 5);
    expect(read).toEqual({
      ok: true,
      overdue: false,
      assignment: {
        id: assignment.id,
        title: code,
        scenarios: assignment.scenarios,
        mode: 'practice',
        callLanguage: 'fr',
        due: '2026-03-20',
        passMark: 70,
        createdAt: 5,
      },
    });
  });

  it('leaves out the title, who set it and the LRS credentials (only in the link)', async () => {
    const read = await decodeShortCode((await encodeShortCode(await compose())) ?? '', library, today);
    expect(read.ok && read.assignment).not.toHaveProperty('lrs');
    expect(read.ok && read.assignment).not.toHaveProperty('issuedBy');
  });

  it('round-trips the essentials of any assignment composed here (property)', async () => {
    const playable = (language: string) => [
      ...new Set(library.filter((e) => e.language === language).map((e) => e.id)),
    ];
    const draft = fc
      .record({
        callLanguage: fc.constantFrom(...languages),
        mode: fc.constantFrom('practice' as const, 'exam' as const),
        passMark: fc.integer({ min: 0, max: 100 }),
        due: fc.option(
          fc
            .date({
              min: new Date('2024-01-01T00:00:00Z'),
              max: new Date('2110-12-31T00:00:00Z'),
              noInvalidDate: true,
            })
            .map((d) => d.toISOString().slice(0, 10)),
          { nil: undefined },
        ),
        salt: fc.integer({ min: 0, max: 1023 }),
        picks: fc.array(fc.nat(), { minLength: 1, maxLength: maxShortCodeScenarios }),
      })
      .map(({ picks, ...rest }) => {
        const ids = playable(rest.callLanguage);
        return { ...rest, scenarios: [...new Set(picks.map((n) => ids[n % ids.length] ?? ''))] };
      });
    await fc.assert(
      fc.asyncProperty(draft, async ({ salt, passMark, due, ...rest }) => {
        const assignment = await compose({ ...rest, passMark: String(passMark), due: due ?? '' }, salt);
        const code = await encodeShortCode(assignment);
        const read = await decodeShortCode(code ?? '', library, '2024-01-01');
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const { id, scenarios, mode, callLanguage, passMark: mark, due: day } = read.assignment;
        expect({ id, scenarios, mode, callLanguage, passMark: mark, due: day }).toEqual({
          id: assignment.id,
          scenarios: assignment.scenarios,
          mode: assignment.mode,
          callLanguage: assignment.callLanguage,
          passMark: assignment.passMark,
          due: assignment.due,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('forgives lower case, O for 0, I or L for 1, spaces and a missing prefix', async () => {
    const code = (await encodeShortCode(await compose())) ?? '';
    const sloppy = bare(code)
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/(.{3})/g, '$1 ');
    const read = await decodeShortCode(sloppy, library, today);
    expect(read).toMatchObject({ ok: true, assignment: { title: code } });
    expect(normaliseShortCode(` dc ${sloppy}`)).toBe(code);
  });

  it('is refused when cut at any length', async () => {
    const code = bare((await encodeShortCode(await compose())) ?? '');
    for (let length = 0; length < code.length; length++) {
      const read = await decodeShortCode(code.slice(0, length), library, today);
      expect(read.ok, `cut to ${length}`).toBe(false);
      // Three characters fewer is one call fewer: the check value alone can tell, so it says « wrong ».
      if (!read.ok) expect(['truncated', 'corrupted'], `cut to ${length}`).toContain(read.reason);
      if ((code.length - length) % 3 !== 0) expect(read).toEqual({ ok: false, reason: 'truncated' });
    }
  });

  it('is refused when any character is mistyped or two neighbours swapped', async () => {
    const code = bare((await encodeShortCode(await compose())) ?? '');
    for (let position = 0; position < code.length; position++) {
      for (const replaced of crockfordAlphabet) {
        if (replaced === code[position]) continue;
        const changed = code.slice(0, position) + replaced + code.slice(position + 1);
        expect(await decodeShortCode(changed, library, today), `${position} → ${replaced}`).toEqual({
          ok: false,
          reason: 'corrupted',
        });
      }
      const [a, b] = [code[position], code[position + 1]];
      if (b !== undefined && a !== b) {
        const swapped = code.slice(0, position) + b + a + code.slice(position + 2);
        expect(await decodeShortCode(swapped, library, today)).toEqual({ ok: false, reason: 'corrupted' });
      }
    }
  });

  it('names a character no code has', async () => {
    expect(await decodeShortCode('DC-4U00-0000', library, today)).toEqual({
      ok: false,
      reason: 'bad-character',
      character: 'U',
    });
  });

  it('names a version it does not read and calls the library does not have', async () => {
    const code = bare((await encodeShortCode(await compose())) ?? '');
    const symbols = fromCrockford(code.slice(0, -3));
    if (!symbols.ok) throw new Error('unreadable');
    const resign = (data: number[]) => {
      const check = crc15(data);
      return toCrockford([...data, check >> 10, (check >> 5) & 31, check & 31]);
    };
    // Version 2 in the first three bits, with a correct check value.
    const v2 = [((2 << 2) | (symbols.symbols[0]! & 3)) & 31, ...symbols.symbols.slice(1)];
    expect(await decodeShortCode(resign(v2), library, today)).toEqual({
      ok: false,
      reason: 'version',
      version: 2,
    });
    // Against a library that lacks the first call.
    const smaller = library.filter((e) => e.id !== frenchIds[0]);
    expect(await decodeShortCode(code, smaller, today)).toMatchObject({
      ok: false,
      reason: 'unknown-scenarios',
    });
    // Against a library where the second call has no French version.
    const noFrench = library.filter((e) => !(e.id === frenchIds[1] && e.language === 'fr'));
    expect(await decodeShortCode(code, noFrench, today)).toEqual({
      ok: false,
      reason: 'missing-language',
      ids: [frenchIds[1]],
      language: 'fr',
    });
  });

  it('accepts a past due date and flags it', async () => {
    const code = (await encodeShortCode(await compose({ due: '2026-03-01' }))) ?? '';
    expect(await decodeShortCode(code, library, today)).toMatchObject({ ok: true, overdue: true });
  });

  it('is not made for an assignment whose id was not derived here, nor for too many calls', async () => {
    const assignment = await compose();
    expect(await encodeShortCode({ ...assignment, id: crypto.randomUUID() })).toBeUndefined();
    const ids = Array.from({ length: maxShortCodeScenarios + 1 }, (_, i) => `appel-${i}`);
    const many = await compose({ scenarios: ids });
    expect(many.scenarios).toHaveLength(maxShortCodeScenarios + 1);
    expect(await encodeShortCode(many)).toBeUndefined();
  });
});
