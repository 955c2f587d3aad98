import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import frCore from '../../src/i18n/locales/fr';
import frScreens from '../../src/i18n/locales/fr-screens';
import frProgress from '../../src/i18n/locales/fr-progress';
import frTrainer from '../../src/i18n/locales/fr-trainer';

/** Every literal key passed to t('…') in a folder's .tsx/.ts files, with the file it is in. */
function keysUsed(folder: string): { file: string; key: string }[] {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((file) =>
    [...readFileSync(join(folder, file), 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((m) => ({
      file,
      key: m[1] ?? '',
    })),
  );
}

function has(messages: object, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' || (node !== null && typeof node === 'object');
}

const firstScreen = new Set([
  'App.tsx',
  'AppHeader.tsx',
  'SettingsTools.tsx',
  'ModeChoice.tsx',
  'LoadErrorBoundary.tsx',
  'library/LibraryScreen.tsx',
  'library/ScenarioCard.tsx',
  'library/LibraryProblems.tsx',
]);

describe('interface strings in use', () => {
  it('exist in the French locale', () => {
    const missing = keysUsed('src/ui').filter(
      ({ key }) => !has(frCore, key) && !has(frScreens, key) && !has(frProgress, key) && !has(frTrainer, key),
    );
    expect(missing).toEqual([]);
  });

  it('on the first screen, come from the first-screen file (the other strings load later)', () => {
    const late = keysUsed('src/ui').filter(({ file, key }) => firstScreen.has(file) && !has(frCore, key));
    expect(late).toEqual([]);
  });
});
