import type { Attempt } from '../progress/attempt';
import { canonicalJson } from '../progress/export-format';
import type { Catalog, Cohort, CohortAttempt, CohortTrainee, VersionMatch } from './cohort';
import type { ResultProblem, ResultRead } from './read-result-files';

/** A number of attempts of one scenario. */
export interface ScenarioCount {
  /** `<id>.<language>`. */
  scenarioKey: string;
  /** How many attempts of the file. */
  attempts: number;
}

/** Two different copies of one attempt: one was kept. */
export interface ConflictNote {
  /** The attempt's id. */
  attemptId: string;
  /** Its scenario. */
  scenarioKey: string;
  /** When it started (ms since epoch), so the trainer can find it. */
  startedAt: number;
  /** The file the other copy came from. */
  otherFile: string;
  /** Which copy is kept: the more finished one (ended, then more answers), else the first imported. */
  kept: 'this-file' | 'other-file';
}

/** Why a file was refused: a reading problem, or nothing in it this library knows. */
export type RejectionReason =
  | ResultProblem
  | {
      reason: 'unknown-scenarios';
      /** The scenario keys of its attempts, none of them in this library. */
      scenarios: string[];
    };

/** What became of one imported file. */
export type FileReport =
  | ({ status: 'rejected'; file: string } & RejectionReason)
  | {
      status: 'accepted';
      /** The file's name. */
      file: string;
      /** Its trainee's profile id. */
      profileId: string;
      /** Its trainee's name, as the file gives it. */
      trainee: string;
      /** Attempts in the file. */
      attempts: number;
      /** Attempts new to the cohort. */
      added: number;
      /** Attempts already imported, identical: counted once. */
      duplicates: number;
      /** Attempts already imported with other content. */
      conflicts: ConflictNote[];
      /** Attempts of scenarios this library does not have: left out. */
      unknown: ScenarioCount[];
      /** Attempts recorded on another version of a scenario: scores kept, decisions not compared. */
      otherVersion: ScenarioCount[];
      /** Attempts recorded without a version (older app): treated like another version. */
      unrecorded: ScenarioCount[];
    };

const statusRank: Record<Attempt['status'], number> = { ended: 2, abandoned: 1, 'in-progress': 0 };

/** True when `a` is further along than `b`: finished before unfinished, then more answers, then later. */
function moreFinished(a: Attempt, b: Attempt): boolean {
  return (
    (statusRank[a.status] - statusRank[b.status] ||
      a.decisions.length - b.decisions.length ||
      (a.endedAt ?? 0) - (b.endedAt ?? 0)) > 0
  );
}

/** The problem of a refused read, without its `ok` flag. */
function withoutOk(read: Extract<ResultRead, { ok: false }>): { file: string } & ResultProblem {
  const problem: Partial<typeof read> = { ...read };
  delete problem.ok;
  return problem as { file: string } & ResultProblem;
}

export function versionMatch(attempt: Attempt, catalog: Catalog): VersionMatch {
  if (attempt.scenarioVersion === undefined) return 'unrecorded';
  return catalog.get(attempt.scenarioKey)?.version === attempt.scenarioVersion ? 'same' : 'other';
}

function countByScenario(attempts: readonly Attempt[]): ScenarioCount[] {
  const counts = new Map<string, number>();
  for (const attempt of attempts) counts.set(attempt.scenarioKey, (counts.get(attempt.scenarioKey) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([scenarioKey, count]) => ({ scenarioKey, attempts: count }));
}

/**
 * Adds the files read to the cohort, in order, and says what became of each. The cohort given is not
 * changed. The same trainee (profile id) across files is one trainee; an attempt id already there is
 * counted once; a refused file changes nothing.
 */
export function mergeResults(
  cohort: Cohort,
  reads: readonly ResultRead[],
  catalog: Catalog,
): { cohort: Cohort; reports: FileReport[] } {
  const trainees: CohortTrainee[] = cohort.trainees.map((t) => ({
    ...t,
    files: [...t.files],
    attempts: [...t.attempts],
  }));
  const placeOf = new Map<string, { trainee: CohortTrainee; index: number }>();
  for (const trainee of trainees)
    trainee.attempts.forEach((entry, index) => placeOf.set(entry.attempt.id, { trainee, index }));

  const reports: FileReport[] = [];
  for (const read of reads) {
    if (!read.ok) {
      reports.push({ ...withoutOk(read), status: 'rejected' });
      continue;
    }
    const { profile, attempts } = read.data;
    const known = attempts.filter((a) => catalog.has(a.scenarioKey));
    const unknown = attempts.filter((a) => !catalog.has(a.scenarioKey));
    if (attempts.length > 0 && known.length === 0) {
      reports.push({
        status: 'rejected',
        file: read.file,
        reason: 'unknown-scenarios',
        scenarios: countByScenario(unknown).map((c) => c.scenarioKey),
      });
      continue;
    }

    const exportedAt = read.exportedAt ?? 0;
    let trainee = trainees.find((t) => t.profileId === profile.id);
    if (!trainee) {
      trainee = { profileId: profile.id, name: profile.name, namedAt: exportedAt, files: [], attempts: [] };
      trainees.push(trainee);
    } else if (exportedAt >= trainee.namedAt) {
      // A trainee who renamed their profile is shown under their latest name.
      trainee.name = profile.name;
      trainee.namedAt = exportedAt;
    }
    if (!trainee.files.includes(read.file)) trainee.files.push(read.file);

    let added = 0;
    let duplicates = 0;
    const conflicts: ConflictNote[] = [];
    for (const attempt of known) {
      const entry: CohortAttempt = { attempt, file: read.file, version: versionMatch(attempt, catalog) };
      const place = placeOf.get(attempt.id);
      const existing = place?.trainee.attempts[place.index];
      if (!place || !existing) {
        trainee.attempts.push(entry);
        placeOf.set(attempt.id, { trainee, index: trainee.attempts.length - 1 });
        added++;
        continue;
      }
      if (canonicalJson(existing.attempt) === canonicalJson(attempt)) {
        duplicates++;
        continue;
      }
      // Two copies of one call (exported mid-call, then again later): the more finished one is the truth.
      // An id under another trainee is never moved.
      const takeNew = place.trainee === trainee && moreFinished(attempt, existing.attempt);
      if (takeNew) place.trainee.attempts[place.index] = entry;
      conflicts.push({
        attemptId: attempt.id,
        scenarioKey: attempt.scenarioKey,
        startedAt: attempt.startedAt,
        otherFile: existing.file,
        kept: takeNew ? 'this-file' : 'other-file',
      });
    }

    reports.push({
      status: 'accepted',
      file: read.file,
      profileId: profile.id,
      trainee: profile.name,
      attempts: attempts.length,
      added,
      duplicates,
      conflicts,
      unknown: countByScenario(unknown),
      otherVersion: countByScenario(known.filter((a) => versionMatch(a, catalog) === 'other')),
      unrecorded: countByScenario(known.filter((a) => versionMatch(a, catalog) === 'unrecorded')),
    });
  }
  return { cohort: { trainees }, reports };
}
