// Renders the caller's lines of every shipped scenario to small telephone-band Ogg Vorbis clips in
// public/audio/voices, with espeak-ng and sox (Debian: apt-get install espeak-ng sox libsox-fmt-all).
// Only clips whose hash (text + voice + settings, see src/engine/voice/voice-clips.ts) changed are remade;
// clips of lines that no longer exist are removed. Usage: npm run voices [-- --force | --check]
//   --force  remake every clip
//   --check  change nothing; exit 1 if a clip is missing, out of date or stale
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { formatProblem, loadLibrary } from '../../src/engine/index';
import { clipUrl, promptClips, voiceClips, type VoiceClip } from '../../src/engine/voice/voice-clips';
import { readScenarioFiles } from '../read-scenario-files';
import { manifestPath, readManifest, voicesDir, type Manifest } from './voice-manifest';

/** Telephone sound: narrow band, 8 kHz mono, normalised to −3 dBFS; bump VOICE_SETTINGS_VERSION on change. */
const soxEffects = ['sinc', '300-3400', 'gain', '-n', '-3'];
/** Sample rate of the clips (narrow-band telephony). */
const sampleRate = '8000';
/** Vorbis quality (-1 … 10); 0 is ≈ 15 kbit/s at 8 kHz mono. */
const vorbisQuality = '0';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const checkOnly = args.has('--check');

/** Child processes print nothing; their errors still reach the exception. */
const quiet: ExecFileSyncOptions = { stdio: ['ignore', 'ignore', 'pipe'] };

/** Renders one clip to `out` (written atomically). */
function render(clip: VoiceClip, out: string, tmp: string): void {
  const textFile = join(tmp, 'line.txt');
  const wav = join(tmp, 'line.wav');
  const ogg = join(tmp, 'line.ogg');
  writeFileSync(textFile, clip.text, 'utf8');
  const { espeakVoice, speed, pitch } = clip.settings;
  // The text goes through a file, never the command line: no quoting issue, no text mistaken for an option.
  execFileSync(
    'espeak-ng',
    ['-v', espeakVoice, '-s', String(speed), '-p', String(pitch), '-f', textFile, '-w', wav],
    quiet,
  );
  execFileSync('sox', [wav, '-r', sampleRate, '-c', '1', '-C', vorbisQuality, ogg, ...soxEffects], quiet);
  mkdirSync(dirname(out), { recursive: true });
  renameSync(ogg, out);
}

/** Duration of an audio file in seconds, from soxi. */
function duration(file: string): number {
  const seconds = Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());
  return Math.round(seconds * 100) / 100;
}

/** Every file under a directory, as paths relative to it (forward slashes). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => statSync(join(dir, name)).isFile());
}

/** Removes the empty directories under dir (not dir itself). */
function removeEmptyDirs(dir: string): void {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const sub = join(dir, name.name);
    removeEmptyDirs(sub);
    if (readdirSync(sub).length === 0) rmdirSync(sub);
  }
}

/** Writes the manifest in key order, formatted as Prettier would (the repository's `npm run format`). */
async function writeManifest(manifest: Manifest): Promise<void> {
  const sorted: Manifest = { clips: {} };
  for (const key of Object.keys(manifest.clips).sort()) sorted.clips[key] = manifest.clips[key]!;
  const file = manifestPath(root);
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(JSON.stringify(sorted), { ...options, filepath: file });
  mkdirSync(voicesDir(root), { recursive: true });
  writeFileSync(`${file}.tmp`, text, 'utf8');
  renameSync(`${file}.tmp`, file);
}

async function main(): Promise<number> {
  const library = loadLibrary(readScenarioFiles(root));
  if (library.problems.length > 0) {
    // A broken file would drop out of the library and its clips would look stale: fix it first.
    for (const problem of library.problems) console.error(formatProblem(problem));
    console.error('make-voices: the scenario library has problems; no clip was touched.');
    return 1;
  }
  const clips = [...library.scenarios.flatMap(voiceClips), ...promptClips()];
  const keys = new Set(clips.map((c) => c.key));
  if (keys.size !== clips.length) {
    console.error('make-voices: two lines share a clip key.');
    return 1;
  }
  const dir = voicesDir(root);
  const manifest = readManifest(root) ?? { clips: {} };
  const fileOf = (key: string) => join(root, 'public', clipUrl(key));
  const isCurrent = (clip: VoiceClip) =>
    !force && manifest.clips[clip.key]?.hash === clip.hash && existsSync(fileOf(clip.key));
  const todo = clips.filter((c) => !isCurrent(c));
  const wanted = new Set(clips.map((c) => relative(dir, fileOf(c.key)).split('\\').join('/')));
  const staleFiles = filesUnder(dir).filter((name) => name !== 'manifest.json' && !wanted.has(name));
  const staleEntries = Object.keys(manifest.clips).filter((key) => !keys.has(key));

  if (checkOnly) {
    for (const clip of todo) console.log(`out of date: ${clip.key}`);
    for (const name of staleFiles) console.log(`stale file: ${name}`);
    for (const key of staleEntries) console.log(`stale manifest entry: ${key}`);
    const bad = todo.length + staleFiles.length + staleEntries.length;
    console.log(bad === 0 ? `all ${clips.length} clips are current.` : `${bad} problem(s).`);
    return bad === 0 ? 0 : 1;
  }

  const started = Date.now();
  for (const name of staleFiles) rmSync(join(dir, name));
  for (const key of staleEntries) delete manifest.clips[key];
  if (existsSync(dir)) removeEmptyDirs(dir);

  const tmp = mkdtempSync(join(tmpdir(), 'make-voices-'));
  try {
    for (const [i, clip] of todo.entries()) {
      const out = fileOf(clip.key);
      render(clip, out, tmp);
      manifest.clips[clip.key] = { hash: clip.hash, bytes: statSync(out).size, seconds: duration(out) };
      if ((i + 1) % 25 === 0 || i + 1 === todo.length) {
        await writeManifest(manifest); // an interrupted run keeps what it made
        process.stdout.write(`  ${i + 1}/${todo.length} ${clip.key}\n`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  await writeManifest(manifest);

  const entries = clips.map((c) => manifest.clips[c.key]!);
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const seconds = entries.reduce((sum, e) => sum + e.seconds, 0);
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `voices: ${todo.length} generated, ${clips.length - todo.length} kept, ` +
      `${staleFiles.length} file(s) and ${staleEntries.length} manifest entr(y/ies) removed; ` +
      `${clips.length} clips, ${(bytes / 1024 / 1024).toFixed(2)} MB, ` +
      `average ${kB(bytes / Math.max(1, clips.length))} and ${(seconds / Math.max(1, clips.length)).toFixed(1)} s, ` +
      `${(seconds / 60).toFixed(1)} min of speech; ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  return 0;
}

process.exitCode = await main();
