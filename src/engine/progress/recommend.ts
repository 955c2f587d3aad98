import { levels } from '../call-types';
import type { Language, Level } from '../call-types';
import type { Attempt } from './attempt';
import { reachedThreshold, weakestFirst, workingThreshold } from './mastery';
import type { CompetencyMastery } from './mastery';

/*
 * The next call advised, chosen in this order:
 *  1. Target: the weakest competency (ranked ones — with enough results — first, see weakestFirst) that some
 *     scenario of the library trains (lists in its `competencies`). Before any result, there is no target
 *     and any beginner call will do.
 *  2. Level from the target's mastery: below 50 beginner, below 80 intermediate, else advanced. When no
 *     scenario training the target has that level, the nearest level is taken (the easier one on a tie).
 *  3. Among those, the one played least recently (never played first); then library order.
 *  4. The version in the trainee's call language when the scenario is translated, else French, else any.
 */

/** What the recommendation needs to know of a scenario (ScenarioSummary fits). */
export interface RecommendableScenario {
  /** `<id>.<language>`. */
  key: string;
  /** Scenario id, shared by translations. */
  id: string;
  language: Language;
  level: Level;
  /** Competency ids the call trains. */
  competencies: readonly string[];
}

export interface Recommendation<S extends RecommendableScenario> {
  /** The version to play. */
  scenario: S;
  /** Why: it trains the weakest competency, or it is a first call. */
  reason: 'weakest' | 'first';
  /** The competency targeted (reason weakest). */
  competency?: string;
  /** Its current mastery (reason weakest). */
  mastery?: number;
  /** The level the mastery asks for (the scenario's may differ when none exists at that level). */
  wantedLevel: Level;
}

/** The level a mastery calls for. */
export function levelForMastery(mastery: number): Level {
  if (mastery < workingThreshold) return 'debutant';
  if (mastery < reachedThreshold) return 'intermediaire';
  return 'avance';
}

/** The scenario id in a `<id>.<language>` key. */
export function scenarioIdOf(key: string): string {
  const dot = key.lastIndexOf('.');
  return dot > 0 ? key.slice(0, dot) : key;
}

/** The next scenario to play, or undefined when the library is empty. */
export function recommendNext<S extends RecommendableScenario>(input: {
  masteries: readonly CompetencyMastery[];
  scenarios: readonly S[];
  attempts: readonly Attempt[];
  language: Language;
}): Recommendation<S> | undefined {
  const versions = versionsIn(input.scenarios, input.language);
  if (versions.length === 0) return undefined;
  const lastPlayed = lastPlayedById(input.attempts);

  for (const target of weakestFirst(input.masteries)) {
    const candidates = versions.filter((s) => s.competencies.includes(target.competency));
    if (candidates.length === 0) continue;
    const wantedLevel = levelForMastery(target.mastery);
    return {
      scenario: best(candidates, wantedLevel, lastPlayed),
      reason: 'weakest',
      competency: target.competency,
      mastery: target.mastery,
      wantedLevel,
    };
  }
  return { scenario: best(versions, 'debutant', lastPlayed), reason: 'first', wantedLevel: 'debutant' };
}

/** One version per scenario id: the wanted language, else French, else the first listed; library order. */
function versionsIn<S extends RecommendableScenario>(scenarios: readonly S[], language: Language): S[] {
  const ids = [...new Set(scenarios.map((s) => s.id))];
  return ids.flatMap((id) => {
    const chosen =
      scenarios.find((s) => s.id === id && s.language === language) ??
      scenarios.find((s) => s.id === id && s.language === 'fr') ??
      scenarios.find((s) => s.id === id);
    return chosen ? [chosen] : [];
  });
}

/** When each scenario (any language) was last started. */
function lastPlayedById(attempts: readonly Attempt[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const attempt of attempts) {
    const id = scenarioIdOf(attempt.scenarioKey);
    last.set(id, Math.max(last.get(id) ?? -Infinity, attempt.startedAt));
  }
  return last;
}

const levelIndex = (level: Level) => levels.indexOf(level);

/** Nearest level first (easier on a tie), then least recently played, then library order. */
function best<S extends RecommendableScenario>(
  candidates: readonly S[],
  wanted: Level,
  lastPlayed: Map<string, number>,
): S {
  const wantedIndex = levelIndex(wanted);
  const ranked = candidates
    .map((scenario, order) => ({
      scenario,
      order,
      distance: Math.abs(levelIndex(scenario.level) - wantedIndex),
      harder: levelIndex(scenario.level) > wantedIndex ? 1 : 0,
      played: lastPlayed.get(scenario.id) ?? -Infinity,
    }))
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        a.harder - b.harder ||
        compareTimes(a.played, b.played) ||
        a.order - b.order,
    );
  return (ranked[0] as (typeof ranked)[number]).scenario;
}

function compareTimes(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
