import type { Assignment } from '../assignment/assignment';
import type { Language } from '../call-types';
import type { Scenario } from '../scenario/types';
import { clipUrl, defaultVoice, promptClips, voiceClips } from '../voice/voice-clips';
import { scormLaunchPage } from './launch-page';
import { assignmentFileName, packagedAssignment } from './packaged-assignment';
import { hasPassMark } from './scorm-result';
import { buildScormManifest, manifestFileName } from './scorm-manifest';
import { suspendDataLimit, worstSuspendDataLength } from './suspend-data';

/*
 * Which files go into an assignment's SCORM package. The app packages itself from its own origin: its
 * page (turned into the launch page), every script and style of the build, the sounds, and — of the
 * content — only the assignment's scenarios in its language with their voice clips.
 */

/** The build's list of its own files (app-files.json, written by scripts/app-files-plugin.ts). */
export interface AppFiles {
  /** Format version of the list. */
  version: 1;
  /** The app's page, e.g. index.html. */
  shell: string;
  /** Files the build emitted (page, scripts, styles, data), as paths from the app's base URL. */
  files: string[];
  /** Files copied from public/ (sounds, voice clips), as paths from the app's base URL. */
  public: string[];
}

/** The build's file list, served next to the app. */
export const appFilesName = 'app-files.json';

/** The launch page's path in the package. */
export const launchFileName = 'scorm.html';

/** Where voice clips live (under the app's base URL); only the assignment's are packaged. */
const voicesFolder = 'audio/voices/';

/** The library index as the plan needs it (the app's index has more fields; they are kept as they are). */
export interface IndexLike {
  /** One entry per scenario and language. */
  scenarios: { key: string; id: string; language: Language }[];
  /** Files left out of the library (none in a package). */
  problems: unknown[];
}

/** Everything the plan reads, fetched by the trainer's browser from the app's own origin. */
export interface PlanInput<Index extends IndexLike> {
  /** The assignment to package. */
  assignment: Assignment;
  /** app-files.json. */
  appFiles: AppFiles;
  /** The text of the app's page (appFiles.shell). */
  shellHtml: string;
  /** The folder of the library's data files, e.g. « scenarios/ ». */
  dataFolder: string;
  /** The library index (scenarios/index.json). */
  index: Index;
  /** The assignment's scenarios in its language (their data files). */
  scenarios: readonly Scenario[];
  /** The voice clip manifest (audio/voices/manifest.json): the clips that exist. */
  voiceManifest: { clips: Record<string, unknown> };
}

/** Why a package cannot be made. */
export type PlanProblem =
  /** The assignment names no call. */
  | { kind: 'no-scenario' }
  /** A call of the assignment is not in the library in the assignment's language. */
  | { kind: 'missing-scenario'; id: string; language: Language }
  /** The app's page is not in app-files.json or is not an HTML page. */
  | { kind: 'bad-shell'; file: string }
  /** So many calls that their results would not fit SCORM 1.2's suspend data. */
  | { kind: 'too-many-calls'; count: number };

/** A package's content. */
export interface PackagePlan {
  /** The launch page's path. */
  launch: string;
  /** Files copied byte for byte from the app's origin, as paths from its base URL (sorted). */
  copied: string[];
  /** Files the packager writes, the manifest last. */
  written: { path: string; text: string }[];
}

/** Plans a package, or says why it cannot be made (every problem found, not only the first). */
export function planScormPackage<Index extends IndexLike>(
  input: PlanInput<Index>,
): { ok: true; plan: PackagePlan } | { ok: false; problems: PlanProblem[] } {
  const { assignment, appFiles, dataFolder, index } = input;
  const language = assignment.callLanguage;
  const ids = [...new Set(assignment.scenarios)];
  const problems: PlanProblem[] = [];
  if (ids.length === 0) problems.push({ kind: 'no-scenario' });
  const scenarios = ids.flatMap((id) => {
    const summary = index.scenarios.find((s) => s.id === id && s.language === language);
    const scenario = input.scenarios.find((s) => s.id === id && s.language === language);
    if (summary && scenario) return [scenario];
    problems.push({ kind: 'missing-scenario', id, language });
    return [];
  });
  const launchHtml = appFiles.files.includes(appFiles.shell) ? scormLaunchPage(input.shellHtml) : undefined;
  if (launchHtml === undefined) problems.push({ kind: 'bad-shell', file: appFiles.shell });
  if (worstSuspendDataLength(ids) > suspendDataLimit)
    problems.push({ kind: 'too-many-calls', count: ids.length });
  if (problems.length > 0 || launchHtml === undefined) return { ok: false, problems };

  const keys = new Set(scenarios.map((s) => `${s.id}.${s.language}`));
  const written = [
    { path: launchFileName, text: launchHtml },
    { path: assignmentFileName, text: `${JSON.stringify(packagedAssignment(assignment), null, 2)}\n` },
    {
      path: `${dataFolder}index.json`,
      text: JSON.stringify({
        ...index,
        scenarios: index.scenarios.filter((s) => keys.has(s.key)),
        problems: [],
      }),
    },
    // The same text the build writes (JSON.stringify of the scenario), so the package plays the same call.
    ...scenarios.map((s) => ({ path: `${dataFolder}${s.id}.${s.language}.json`, text: JSON.stringify(s) })),
  ];
  const writtenPaths = new Set(written.map((file) => file.path));

  const available = new Set(Object.keys(input.voiceManifest.clips));
  const voices = new Set(scenarios.map((s) => s.persona.voice ?? defaultVoice));
  const clipKeys = [
    ...scenarios.flatMap((s) => voiceClips(s).map((clip) => clip.key)),
    // What any caller may say in the call's language (« Allô ? Vous êtes toujours là ? »), in their voices.
    ...promptClips()
      .filter((clip) => clip.settings.language === language && voices.has(clip.settings.voice))
      .map((clip) => clip.key),
  ].filter((key) => available.has(key));
  const built = appFiles.files.filter(
    (file) =>
      file !== appFiles.shell &&
      file !== appFilesName &&
      !file.startsWith(dataFolder) &&
      !file.endsWith('.map') &&
      !writtenPaths.has(file),
  );
  const sounds = appFiles.public.filter((file) => !file.startsWith(voicesFolder) && !writtenPaths.has(file));
  const copied = [...new Set([...built, ...sounds, ...clipKeys.map(clipUrl)])].sort();

  const manifest = buildScormManifest({
    key: assignment.id,
    title: assignment.title,
    launch: launchFileName,
    files: [...written.map((file) => file.path), ...copied],
    ...(hasPassMark(assignment.passMark)
      ? { masteryScore: Math.round(Math.min(100, assignment.passMark)) }
      : {}),
  });
  return {
    ok: true,
    plan: {
      launch: launchFileName,
      copied,
      written: [...written, { path: manifestFileName, text: manifest }],
    },
  };
}

/**
 * The package's file name: the title in plain letters and dashes, then -scorm12.zip
 * (« Semaine 3 — appels entrants » → semaine-3-appels-entrants-scorm12.zip).
 */
export function packageFileName(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug === '' ? 'decroche' : slug}-scorm12.zip`;
}
