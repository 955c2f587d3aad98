import type { Attempt } from './attempt';

/*
 * Mastery of a competency, from the trainee's finished calls.
 *
 * The rule, stated once so that the screen, the portfolio and the tests agree:
 *  - Only ended attempts count (an abandoned call has no score). Practice and exam count alike.
 *  - Each ended attempt gives at most one result (0–100) per competency it observed.
 *  - Results are ordered by the time the call ended (the time axis of the chart).
 *  - Mastery after a result = the mean of the last {@link masteryWindow} results up to and including it
 *    (fewer at the start), rounded to a whole percent. The current mastery is the value after the latest
 *    result: recent calls matter, one bad call does not erase the rest, old mistakes fade out.
 *  - Bands: below 50 « à travailler », below 80 « en cours », from 80 « acquise ». The same thresholds pick
 *    the level of the next call advised (recommend.ts).
 */

/** How many recent results the mastery averages. */
export const masteryWindow = 3;

/** Below this, a competency is still to work on (and a beginner call is advised). */
export const workingThreshold = 50;

/** From this on, a competency counts as reached (and an advanced call is advised). */
export const reachedThreshold = 80;

/** A competency needs this many results before it is named strongest or weakest. */
export const minResultsToRank = 2;

/** Where a mastery stands. */
export type MasteryBand = 'to-work' | 'in-progress' | 'reached';

/** One result of one competency, with the mastery it leads to. */
export interface MasteryPoint {
  /** The attempt that gave the result. */
  attemptId: string;
  /** `<id>.<language>` of the scenario played. */
  scenarioKey: string;
  /** When the call ended (ms since epoch): the time axis. */
  at: number;
  /** The result of that call for this competency, 0–100. */
  percent: number;
  /** Mastery after this result: the mean of the last results (see {@link masteryWindow}). */
  mastery: number;
}

/** A competency's history and where it stands now. */
export interface CompetencyMastery {
  /** Competency id. */
  competency: string;
  /** Every result, oldest first. */
  points: MasteryPoint[];
  /** Current mastery (after the latest result). */
  mastery: number;
  /** Best single result. */
  best: number;
  /** Latest result. */
  latest: number;
  /** When the latest result was obtained. */
  latestAt: number;
}

/** When an ended attempt counts on the time axis: its end, else its start. */
export function attemptTime(attempt: Attempt): number {
  return attempt.endedAt ?? attempt.startedAt;
}

/** Attempts that have a score (ended, with competency results), oldest first. */
export function scoredAttempts(attempts: readonly Attempt[]): Attempt[] {
  return attempts
    .filter((a) => a.status === 'ended' && a.competencies !== undefined)
    .map((attempt, order) => ({ attempt, order }))
    .sort((a, b) => attemptTime(a.attempt) - attemptTime(b.attempt) || a.order - b.order)
    .map(({ attempt }) => attempt);
}

/** The mastery rule on a list of results, oldest first: mean of the last {@link masteryWindow}, rounded. */
export function masteryOf(results: readonly number[]): number {
  const recent = results.slice(-masteryWindow);
  if (recent.length === 0) return 0;
  return Math.round(recent.reduce((sum, value) => sum + value, 0) / recent.length);
}

/** The band a mastery falls in. */
export function masteryBand(mastery: number): MasteryBand {
  if (mastery < workingThreshold) return 'to-work';
  if (mastery < reachedThreshold) return 'in-progress';
  return 'reached';
}

/** Mastery of every competency observed at least once, sorted by competency id. */
export function masteryByCompetency(attempts: readonly Attempt[]): CompetencyMastery[] {
  const results = new Map<string, { attempt: Attempt; percent: number }[]>();
  for (const attempt of scoredAttempts(attempts)) {
    const seen = new Set<string>();
    for (const result of attempt.competencies ?? []) {
      // One result per competency and attempt: a duplicate line in a record is ignored.
      if (seen.has(result.competency)) continue;
      seen.add(result.competency);
      const list = results.get(result.competency) ?? [];
      list.push({ attempt, percent: clampPercent(result.percent) });
      results.set(result.competency, list);
    }
  }
  return [...results.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([competency, list]) => {
      const points = list.map(({ attempt, percent }, index) => ({
        attemptId: attempt.id,
        scenarioKey: attempt.scenarioKey,
        at: attemptTime(attempt),
        percent,
        mastery: masteryOf(list.slice(0, index + 1).map((r) => r.percent)),
      }));
      const last = points[points.length - 1] as MasteryPoint;
      return {
        competency,
        points,
        mastery: last.mastery,
        best: Math.max(...points.map((p) => p.percent)),
        latest: last.percent,
        latestAt: last.at,
      };
    });
}

/**
 * The strongest and the weakest competencies, each list best-first / weakest-first, among those with at
 * least {@link minResultsToRank} results. A competency is never in both lists: with n ranked competencies,
 * the strongest take the upper half (rounded up), the weakest the lower half, each at most `count`.
 * Ties go to the one with more results, then to the id.
 */
export function strongestAndWeakest(
  masteries: readonly CompetencyMastery[],
  count = 3,
): { strongest: CompetencyMastery[]; weakest: CompetencyMastery[] } {
  const ranked = masteries
    .filter((m) => m.points.length >= minResultsToRank)
    .sort(
      (a, b) =>
        b.mastery - a.mastery ||
        b.points.length - a.points.length ||
        (a.competency < b.competency ? -1 : a.competency > b.competency ? 1 : 0),
    );
  const upper = Math.ceil(ranked.length / 2);
  const strongest = ranked.slice(0, Math.min(count, upper));
  const weakest = ranked.slice(upper).reverse().slice(0, count);
  return { strongest, weakest };
}

/**
 * The competencies to work on, weakest first: the ranked ones (enough results) before the others, each
 * group by mastery (lowest first), ties by id. What the next call advised should train.
 */
export function weakestFirst(masteries: readonly CompetencyMastery[]): CompetencyMastery[] {
  const rankedFirst = (m: CompetencyMastery) => (m.points.length >= minResultsToRank ? 0 : 1);
  return [...masteries].sort(
    (a, b) =>
      rankedFirst(a) - rankedFirst(b) ||
      a.mastery - b.mastery ||
      (a.competency < b.competency ? -1 : a.competency > b.competency ? 1 : 0),
  );
}

function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}
