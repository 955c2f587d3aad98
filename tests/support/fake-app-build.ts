import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { AppFiles } from '../../src/engine/scorm/package-plan';
import { resetLibraryCache } from '../../src/library/fetch-library';
import { shippedIndex, shippedLibrary } from './serve-library';

/*
 * A built app as the trainer's browser sees it from its own origin: app-files.json, the page, a few
 * scripts, the sounds, the library and the real voice clip manifest (clip bodies are a few fake bytes).
 */

export const fakeShell = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <title>Décroche</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

export const voiceManifest = JSON.parse(
  readFileSync(join(process.cwd(), 'public/audio/voices/manifest.json'), 'utf8'),
) as { clips: Record<string, unknown> };

const scenarioFiles = shippedLibrary.scenarios.map((s) => `scenarios/${s.id}.${s.language}.json`);

export const fakeAppFiles: AppFiles = {
  version: 1,
  shell: 'index.html',
  files: [
    'index.html',
    'assets/index-abc.js',
    'assets/index-abc.css',
    'assets/CallPage-def.js',
    'assets/LmsPackage-ghi.js',
    'scenarios/index.json',
    ...scenarioFiles,
  ],
  public: [
    'audio/hangup.ogg',
    'audio/pickup.ogg',
    'audio/ring.ogg',
    'audio/voices/manifest.json',
    ...Object.keys(voiceManifest.clips).map((key) => `audio/voices/${key}.ogg`),
  ],
};

/** The body served for a file of the fake build (undefined: 404). */
export function fakeBuildFile(file: string): string | Uint8Array<ArrayBuffer> | undefined {
  if (file === 'app-files.json') return JSON.stringify(fakeAppFiles);
  if (file === 'index.html') return fakeShell;
  if (file === 'scenarios/index.json') return JSON.stringify(shippedIndex);
  if (file === 'audio/voices/manifest.json') return JSON.stringify(voiceManifest);
  const scenario = shippedLibrary.scenarios.find((s) => file === `scenarios/${s.id}.${s.language}.json`);
  if (scenario) return JSON.stringify(scenario);
  if (file.startsWith('assets/')) return `/* ${file} */ export {};`;
  if (fakeAppFiles.public.includes(file)) return new TextEncoder().encode(`OggS fake ${file}`);
  return undefined;
}

/** Replaces fetch with the fake build; `overrides` answer some files with a status or a body. Logs URLs. */
export function serveFakeBuild(overrides: Record<string, number | string> = {}): string[] {
  resetLibraryCache();
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const file = String(url).replace(/^(\.\/|\/)/, '');
    requested.push(file);
    const override = overrides[file];
    if (typeof override === 'number') return new Response('', { status: override });
    if (typeof override === 'string') return new Response(override);
    const body = fakeBuildFile(file);
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  return requested;
}
