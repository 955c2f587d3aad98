import { scenarioDataFolder } from 'virtual:scenario-library';
import type { Scenario } from '../engine/scenario/types';
import type { LibraryIndex } from './library-index';

/** Raised when a data file cannot be read; the UI names the file. */
export class LibraryLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function fetchJson<T>(file: string, isValid: (data: unknown) => boolean): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${scenarioDataFolder}${file}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LibraryLoadError(file, String(error));
  }
  if (!response.ok) throw new LibraryLoadError(file, `HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new LibraryLoadError(file, 'not JSON');
  }
  if (!isValid(data)) throw new LibraryLoadError(file, 'unexpected content');
  return data as T;
}

let index: Promise<LibraryIndex> | undefined;

/** The index, fetched once per page (the same promise for every reader, as React's `use` wants). */
export function fetchLibraryIndex(): Promise<LibraryIndex> {
  if (!index) {
    index = fetchJson<LibraryIndex>('index.json', (data) => Array.isArray((data as LibraryIndex)?.scenarios));
    const pending = index as Promise<LibraryIndex> & { status?: string; value?: LibraryIndex };
    pending.then(
      (value) => {
        // React's `use` reads these fields: an index that has arrived renders without suspending.
        pending.status = 'fulfilled';
        pending.value = value;
      },
      // A failed fetch is not cached: the next attempt (retry button) fetches again.
      () => (index = undefined),
    );
  }
  return index;
}

/** A scenario as the build publishes it: with its version (content hash) beside the authored data. */
export type PublishedScenario = Scenario & {
  /** Short hash of the scenario's content; attempts record it so results of another edition are known. */
  version?: string;
};

/** One scenario's data, validated at build time. */
export function fetchScenario(key: string): Promise<PublishedScenario> {
  return fetchJson<PublishedScenario>(`${key}.json`, (data) => typeof (data as Scenario)?.steps === 'object');
}

/** Forgets the cached index (tests). */
export function resetLibraryCache(): void {
  index = undefined;
}
