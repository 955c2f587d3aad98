import type { Rating, Scenario } from '../scenario/types';
import type { Catalog, Cohort } from './cohort';
import { roundTenth } from './competency-matrix';

/** An answer given instead of the best one. */
export interface OtherChoice {
  /** The option's id. */
  optionId: string;
  /** What the trainee said. */
  text: string;
  /** The author's judgement of it (a « good » answer is not best either). */
  rating: Rating;
  /** How many times it was given at this step. */
  count: number;
}

/** A step where the group did not give a best-rated answer. */
export interface MissedDecision {
  /** `<id>.<language>`. */
  scenarioKey: string;
  /** The scenario's title. */
  title: string;
  /** The step's id. */
  stepId: string;
  /** What the caller says at this step, if anything (tells the trainer which moment it is). */
  caller: string | undefined;
  /** Attempts that answered this step. */
  attempts: number;
  /** Of those, attempts that gave an answer other than a best one. */
  missedAttempts: number;
  /** missedAttempts / attempts, 0–100 to one decimal. */
  share: number;
  /** Trainees who answered this step. */
  trainees: number;
  /** Of those, trainees who missed it at least once. */
  missedTrainees: number;
  /** The best-rated answers. */
  best: { optionId: string; text: string }[];
  /** The answer most often given instead. */
  commonChoice: OtherChoice | undefined;
}

/** Attempts left out of the step-by-step comparison, and why. */
export interface ExcludedAttempts {
  /** `<id>.<language>`. */
  scenarioKey: string;
  /** How many attempts. */
  attempts: number;
  /** Recorded on another version, without a version, or the scenario file could not be loaded. */
  reason: 'other-version' | 'no-version' | 'scenario-unavailable';
}

/** The decisions most often missed, and what could not be compared. */
export interface DecisionAnalysis {
  /** Steps missed at least once, most missed first. */
  decisions: MissedDecision[];
  /** Attempts compared step by step. */
  compared: number;
  /** Attempts left out, per scenario and reason. */
  excluded: ExcludedAttempts[];
}

interface StepTally {
  trainees: Set<string>;
  missedTrainees: Set<string>;
  attempts: number;
  missedAttempts: number;
  choices: Map<string, number>;
}

/**
 * Per step, how often the group did not pick a best-rated answer. Only attempts recorded on the version
 * of the scenario this library has are compared: on another version, step and option ids may mean
 * something else. An attempt that answered a step twice counts once there (missed if either answer was).
 */
export function missedDecisions(
  cohort: Cohort,
  catalog: Catalog,
  scenarios: ReadonlyMap<string, Scenario>,
): DecisionAnalysis {
  const tallies = new Map<string, Map<string, StepTally>>();
  const excluded = new Map<string, ExcludedAttempts>();
  const exclude = (scenarioKey: string, reason: ExcludedAttempts['reason']) => {
    const key = `${scenarioKey}|${reason}`;
    const entry = excluded.get(key) ?? { scenarioKey, attempts: 0, reason };
    entry.attempts++;
    excluded.set(key, entry);
  };
  let compared = 0;

  for (const trainee of cohort.trainees) {
    for (const { attempt, version } of trainee.attempts) {
      if (version !== 'same') {
        exclude(attempt.scenarioKey, version === 'other' ? 'other-version' : 'no-version');
        continue;
      }
      const scenario = scenarios.get(attempt.scenarioKey);
      if (!scenario) {
        exclude(attempt.scenarioKey, 'scenario-unavailable');
        continue;
      }
      compared++;
      const steps = tallies.get(attempt.scenarioKey) ?? new Map<string, StepTally>();
      tallies.set(attempt.scenarioKey, steps);
      const missedHere = new Map<string, boolean>();
      for (const decision of attempt.decisions) {
        const option = scenario.steps[decision.stepId]?.options.find((o) => o.id === decision.optionId);
        if (!option) continue;
        const tally = steps.get(decision.stepId) ?? {
          trainees: new Set(),
          missedTrainees: new Set(),
          attempts: 0,
          missedAttempts: 0,
          choices: new Map(),
        };
        steps.set(decision.stepId, tally);
        const missed = option.rating !== 'best';
        if (missed) tally.choices.set(option.id, (tally.choices.get(option.id) ?? 0) + 1);
        missedHere.set(decision.stepId, (missedHere.get(decision.stepId) ?? false) || missed);
      }
      for (const [stepId, missed] of missedHere) {
        const tally = steps.get(stepId);
        if (!tally) continue;
        tally.attempts++;
        tally.trainees.add(trainee.profileId);
        if (missed) {
          tally.missedAttempts++;
          tally.missedTrainees.add(trainee.profileId);
        }
      }
    }
  }

  const decisions: MissedDecision[] = [];
  for (const [scenarioKey, steps] of tallies) {
    const scenario = scenarios.get(scenarioKey);
    if (!scenario) continue;
    for (const [stepId, tally] of steps) {
      const step = scenario.steps[stepId];
      const best = step?.options.filter((o) => o.rating === 'best') ?? [];
      if (!step || tally.missedAttempts === 0 || best.length === 0) continue;
      // Most frequent first; on a tie, the option listed first in the scenario.
      const common = step.options
        .map((option) => ({ option, count: tally.choices.get(option.id) ?? 0 }))
        .filter(({ count }) => count > 0)
        .sort((a, b) => b.count - a.count)[0];
      decisions.push({
        scenarioKey,
        title: catalog.get(scenarioKey)?.title ?? scenario.title,
        stepId,
        caller: step.caller,
        attempts: tally.attempts,
        missedAttempts: tally.missedAttempts,
        share: roundTenth((tally.missedAttempts / tally.attempts) * 100),
        trainees: tally.trainees.size,
        missedTrainees: tally.missedTrainees.size,
        best: best.map((o) => ({ optionId: o.id, text: o.text })),
        commonChoice: common && {
          optionId: common.option.id,
          text: common.option.text,
          rating: common.option.rating,
          count: common.count,
        },
      });
    }
  }
  decisions.sort(
    (a, b) =>
      b.share - a.share ||
      b.missedAttempts - a.missedAttempts ||
      a.title.localeCompare(b.title) ||
      (a.stepId < b.stepId ? -1 : a.stepId > b.stepId ? 1 : 0),
  );
  return {
    decisions,
    compared,
    excluded: [...excluded.values()].sort((a, b) =>
      a.scenarioKey < b.scenarioKey ? -1 : a.scenarioKey > b.scenarioKey ? 1 : a.reason < b.reason ? -1 : 1,
    ),
  };
}
