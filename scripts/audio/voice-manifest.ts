// The manifest of the caller's voice clips (public/audio/voices/manifest.json), shared by
// make-voices.ts and the clip test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One rendered clip, by key (see voiceClips in src/engine/voice/voice-clips.ts). */
export interface ManifestEntry {
  /** The clip's hash when it was rendered; a different current hash means the clip is out of date. */
  hash: string;
  /** File size in bytes. */
  bytes: number;
  /** Duration in seconds. */
  seconds: number;
}

/** The whole manifest. */
export interface Manifest {
  /** Entries by clip key, sorted. */
  clips: Record<string, ManifestEntry>;
}

/** The directory of the clips. */
export function voicesDir(root: string): string {
  return join(root, 'public', 'audio', 'voices');
}

/** The manifest's path. */
export function manifestPath(root: string): string {
  return join(voicesDir(root), 'manifest.json');
}

/** The manifest, or undefined when there is none yet. */
export function readManifest(root: string): Manifest | undefined {
  const file = manifestPath(root);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}
