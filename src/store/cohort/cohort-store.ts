import { createStore } from 'zustand/vanilla';
import { emptyCohort } from '../../engine/cohort/cohort';
import type { Catalog, Cohort } from '../../engine/cohort/cohort';
import { mergeResults } from '../../engine/cohort/merge-results';
import type { FileReport } from '../../engine/cohort/merge-results';
import { readResultFiles } from '../../engine/cohort/read-result-files';
import type { ResultRead } from '../../engine/cohort/read-result-files';
import type { ImportFile, RecordChecks } from '../../engine/progress/export-format';
import type { Scenario } from '../../engine/scenario/types';

/*
 * The trainer's cohort view, held in memory only: result files hold trainees' names and scores, and the
 * trainer's browser is not theirs to keep them in. Closing or reloading the tab forgets everything; the
 * store only survives switching between the trainer area's sections.
 */

export interface CohortState {
  /** Every trainee and attempt imported since the view was last emptied. */
  cohort: Cohort;
  /** What became of every file, the latest import first. */
  reports: FileReport[];
  /** How many files the latest import had (its reports are the first ones). */
  lastImport: number;
  /** Files being read now. */
  reading: number;
  /** Scenario files loaded for the step-by-step comparison, by key. */
  scenarios: ReadonlyMap<string, Scenario>;
}

/** What an import needs from the app: the library, the record checks and a way to load a scenario. */
export interface CohortSources {
  /** The library's scenarios and versions. */
  catalog: Catalog;
  /** The same record checks as a trainee's own import. */
  checks: RecordChecks;
  /** Loads one scenario's data (its steps and options). */
  loadScenario: (key: string) => Promise<Scenario>;
}

export interface CohortActions {
  /** Reads, checks and merges the files; then loads the scenarios their decisions are compared on. */
  importFiles: (files: readonly ImportFile[], sources: CohortSources) => Promise<FileReport[]>;
  /** Forgets everything imported (« Vider »). */
  clear: () => void;
}

export type CohortStore = ReturnType<typeof createCohortStore>;

/**
 * Loads, before the results are shown, the scenarios the files' attempts will be compared on: only those
 * recorded on this library's version, each once. One that cannot be loaded is left out, and the analysis
 * says so (« scenario-unavailable »).
 */
async function loadScenarios(
  reads: readonly ResultRead[],
  have: ReadonlyMap<string, Scenario>,
  sources: CohortSources,
): Promise<[string, Scenario][]> {
  const wanted = new Set(
    reads.flatMap((read) =>
      read.ok
        ? read.data.attempts
            .filter((a) => sources.catalog.get(a.scenarioKey)?.version === a.scenarioVersion)
            .map((a) => a.scenarioKey)
        : [],
    ),
  );
  const loaded = await Promise.all(
    [...wanted]
      .filter((key) => !have.has(key))
      .map((key) =>
        sources.loadScenario(key).then(
          (scenario): [string, Scenario] => [key, scenario],
          () => undefined,
        ),
      ),
  );
  return loaded.filter((entry) => entry !== undefined);
}

const initial: CohortState = {
  cohort: emptyCohort,
  reports: [],
  lastImport: 0,
  reading: 0,
  scenarios: new Map(),
};

export function createCohortStore() {
  // Bumped by clear(): an import still reading when the view is emptied is dropped, not merged back in.
  let generation = 0;
  return createStore<CohortState & CohortActions>()((set, get) => ({
    ...initial,

    async importFiles(files, sources) {
      const started = generation;
      set((state) => ({ reading: state.reading + files.length }));
      try {
        const reads = await readResultFiles(files, sources.checks);
        const scenarios = await loadScenarios(reads, get().scenarios, sources);
        // Emptied meanwhile: this import is dropped, not merged back in.
        if (started !== generation) return [];
        const { cohort, reports } = mergeResults(get().cohort, reads, sources.catalog);
        set((state) => ({
          cohort,
          reports: [...reports, ...state.reports],
          lastImport: reports.length,
          scenarios: new Map([...state.scenarios, ...scenarios]),
        }));
        return reports;
      } finally {
        if (started === generation) set((state) => ({ reading: Math.max(0, state.reading - files.length) }));
      }
    },

    clear() {
      generation++;
      set({ ...initial, scenarios: new Map() });
    },
  }));
}

/** The app's cohort view. */
export const cohortStore = createCohortStore();
