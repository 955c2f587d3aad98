import { describe, expect, it } from 'vitest';
import frCore from '../../src/i18n/locales/fr';
import frScreens from '../../src/i18n/locales/fr-screens';
import nlCore from '../../src/i18n/locales/nl';
import nlScreens from '../../src/i18n/locales/nl-screens';
import enCore from '../../src/i18n/locales/en';
import enScreens from '../../src/i18n/locales/en-screens';
import frProgress from '../../src/i18n/locales/fr-progress';
import nlProgress from '../../src/i18n/locales/nl-progress';
import enProgress from '../../src/i18n/locales/en-progress';

import frTrainer from '../../src/i18n/locales/fr-trainer';
import nlTrainer from '../../src/i18n/locales/nl-trainer';
import enTrainer from '../../src/i18n/locales/en-trainer';

// Each language is split in parts (first screen / lazy screens / progress / trainer); parity is checked on
// the whole.
const fr = { ...frCore, ...frScreens, ...frProgress, ...frTrainer };
const nl = { ...nlCore, ...nlScreens, ...nlProgress, ...nlTrainer };
const en = { ...enCore, ...enScreens, ...enProgress, ...enTrainer };

describe('message parts', () => {
  it('never share a top-level namespace (rosetta merges parts at the top level only)', () => {
    const parts = [frCore, frScreens, frProgress, frTrainer].map((part) => Object.keys(part));
    const all = parts.flat();
    expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
  });
});

/** Flattens a nested message object into 'a.b.c' → value pairs; non-object leaves are kept as they are. */
function flatten(messages: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (messages !== null && typeof messages === 'object' && !Array.isArray(messages)) {
    for (const [key, value] of Object.entries(messages)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [childPath, childValue] of flatten(value, path)) leaves.set(childPath, childValue);
      } else {
        leaves.set(path, value);
      }
    }
  }
  return leaves;
}

/** The sorted, de-duplicated {{placeholder}} names used in a string. */
function placeholders(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const names = [...value.matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

const reference = flatten(fr);
const referencePaths = [...reference.keys()].sort();

const locales = [
  { name: 'Dutch', messages: flatten(nl) },
  { name: 'English', messages: flatten(en) },
];

describe('French reference messages', () => {
  it('has only non-empty strings', () => {
    const bad = [...reference].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(bad.map(([path]) => path)).toEqual([]);
  });
});

describe.each(locales)('$name messages', ({ messages }) => {
  it('have no key missing compared with French', () => {
    const missing = referencePaths.filter((path) => !messages.has(path));
    expect(missing).toEqual([]);
  });

  it('have no key that French does not have', () => {
    const extra = [...messages.keys()].filter((path) => !reference.has(path)).sort();
    expect(extra).toEqual([]);
  });

  it('have no empty value', () => {
    const empty = [...messages]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders as French in every value', () => {
    const differences = referencePaths
      .filter((path) => messages.has(path))
      .map((path) => ({
        path,
        fr: placeholders(reference.get(path)),
        translated: placeholders(messages.get(path)),
      }))
      .filter(({ fr: expected, translated }) => expected.join('|') !== translated.join('|'));
    expect(differences).toEqual([]);
  });
});
