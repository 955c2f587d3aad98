import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { scenarioDataFolder } from 'virtual:scenario-library';
import type { Assignment } from '../../../engine/assignment/assignment';
import type { Scenario } from '../../../engine/scenario/types';
import { appFilesName, packageFileName, planScormPackage } from '../../../engine/scorm/package-plan';
import type { AppFiles, PlanProblem } from '../../../engine/scorm/package-plan';
import type { LibraryIndex } from '../../../library/library-index';

/*
 * Makes an assignment's SCORM package in the trainer's browser: reads the app's own files from its own
 * origin (nothing goes elsewhere), plans the package (src/engine/scorm), copies the files and zips them.
 * The zip is made synchronously: fflate's asynchronous zip needs workers from blob: URLs, which the
 * app's Content-Security-Policy forbids, and a package of a few megabytes zips in a fraction of a second.
 */

/** Where the packaging is. */
export type BuildStep = 'reading' | 'copying' | 'zipping';

/** Progress of a packaging, for the progress bar. */
export interface BuildProgress {
  /** What is being done. */
  step: BuildStep;
  /** Files done in this step. */
  done: number;
  /** Files in this step. */
  total: number;
}

/** A file of the app that could not be read: named, with the reason. */
export class PackageFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The assignment cannot be packaged as it is. */
export class PackagePlanError extends Error {
  constructor(readonly problems: PlanProblem[]) {
    super(problems.map((p) => p.kind).join(', '));
  }
}

/** A finished package. */
export interface BuiltPackage {
  /** File name to save it as, e.g. semaine-3-scorm12.zip. */
  name: string;
  /** The zip. */
  blob: Blob;
  /** Number of files inside. */
  files: number;
}

/** Options of a packaging. */
export interface BuildOptions {
  /** The app's base URL (where its files are served). */
  baseUrl?: string;
  /** Told as the packaging moves on. */
  onProgress?: (progress: BuildProgress) => void;
}

/** Files fetched at once: enough to keep the connection busy, few enough to keep progress honest. */
const parallelFetches = 6;

async function fetchFile(baseUrl: string, file: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${file}`);
  } catch (error) {
    throw new PackageFileError(file, String(error));
  }
  if (!response.ok) throw new PackageFileError(file, `HTTP ${response.status}`);
  return response;
}

async function fetchText(baseUrl: string, file: string): Promise<string> {
  return (await fetchFile(baseUrl, file)).text();
}

async function fetchJson<T>(baseUrl: string, file: string, isValid: (data: unknown) => boolean): Promise<T> {
  const body = await fetchText(baseUrl, file);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new PackageFileError(file, 'not JSON');
  }
  if (!isValid(data)) throw new PackageFileError(file, 'unexpected content');
  return data as T;
}

const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null;
const isAppFiles = (data: unknown) =>
  isObject(data) &&
  data.version === 1 &&
  typeof data.shell === 'string' &&
  Array.isArray(data.files) &&
  Array.isArray(data.public);

/** Already-compressed files are stored as they are: deflating them again only costs time. */
const storedAsIs = /\.(ogg|mp3|opus|png|jpe?g|webp|woff2?)$/i;

/** Builds the assignment's SCORM 1.2 package. Throws PackageFileError or PackagePlanError. */
export async function buildScormPackage(
  assignment: Assignment,
  { baseUrl = import.meta.env.BASE_URL, onProgress = () => undefined }: BuildOptions = {},
): Promise<BuiltPackage> {
  const language = assignment.callLanguage;
  const ids = [...new Set(assignment.scenarios)];
  const reading = 4 + ids.length;
  let read = 0;
  const step = <T>(value: T) => {
    onProgress({ step: 'reading', done: ++read, total: reading });
    return value;
  };
  onProgress({ step: 'reading', done: 0, total: reading });
  const appFiles = step(await fetchJson<AppFiles>(baseUrl, appFilesName, isAppFiles));
  const [shellHtml, index, voiceManifest] = await Promise.all([
    fetchText(baseUrl, appFiles.shell).then(step),
    fetchJson<LibraryIndex>(baseUrl, `${scenarioDataFolder}index.json`, (data) =>
      Array.isArray((data as LibraryIndex)?.scenarios),
    ).then(step),
    fetchJson<{ clips: Record<string, unknown> }>(baseUrl, 'audio/voices/manifest.json', (data) =>
      isObject((data as { clips?: unknown })?.clips),
    ).then(step),
  ]);
  const available = ids.filter((id) => index.scenarios.some((s) => s.id === id && s.language === language));
  const scenarios = await Promise.all(
    available.map((id) =>
      fetchJson<Scenario>(baseUrl, `${scenarioDataFolder}${id}.${language}.json`, (data) =>
        isObject((data as Scenario)?.steps),
      ).then(step),
    ),
  );
  const planned = planScormPackage({
    assignment,
    appFiles,
    shellHtml,
    dataFolder: scenarioDataFolder,
    index,
    scenarios,
    voiceManifest,
  });
  if (!planned.ok) throw new PackagePlanError(planned.problems);
  const { copied, written } = planned.plan;

  const contents: Zippable = {};
  const encoder = new TextEncoder();
  for (const file of written) contents[file.path] = encoder.encode(file.text);
  let copiedCount = 0;
  onProgress({ step: 'copying', done: 0, total: copied.length });
  const queue = [...copied];
  // After a failure the other fetches stop: nothing more is reported for a package that will not be made.
  let failed = false;
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined && !failed; file = queue.shift()) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await (await fetchFile(baseUrl, file)).arrayBuffer());
      } catch (error) {
        failed = true;
        throw error;
      }
      if (failed) return;
      contents[file] = storedAsIs.test(file) ? [bytes, { level: 0 }] : bytes;
      onProgress({ step: 'copying', done: ++copiedCount, total: copied.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelFetches, copied.length) }, worker));

  const fileCount = Object.keys(contents).length;
  onProgress({ step: 'zipping', done: 0, total: fileCount });
  // Let the progress bar show « zipping » before the synchronous work starts.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const zip = zipSync(contents, { level: 6 });
  onProgress({ step: 'zipping', done: fileCount, total: fileCount });
  return {
    name: packageFileName(assignment.title),
    blob: new Blob([zip], { type: 'application/zip' }),
    files: fileCount,
  };
}
