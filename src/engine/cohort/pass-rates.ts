import type { CallType, Language } from '../call-types';
import type { Catalog, Cohort } from './cohort';
import { roundTenth } from './competency-matrix';

/** The mark a call's overall result must reach, unless the trainer sets another. */
export const defaultPassMark = 70;

/** How a group did on one scenario. */
export interface PassRate {
  /** `<id>.<language>`. */
  scenarioKey: string;
  /** Title from the library. */
  title: string;
  /** Call type. */
  callType: CallType;
  /** Language of the call. */
  language: Language;
  /** Trainees who played it at least once (ended, abandoned or unfinished). */
  trainees: number;
  /** Trainees with at least one ended call. */
  ended: number;
  /** Trainees whose best ended call reaches the mark. */
  passed: number;
  /** passed / trainees, 0–100 to one decimal. */
  rate: number;
  /** Mean of the trainees' best overall results (those with an ended call), to one decimal. */
  meanBest: number | undefined;
}

/**
 * Pass rate per scenario. A trainee passes a scenario when their best ended call of it reaches the mark;
 * a trainee who played it but never finished counts as not passed (they were asked and did not get there).
 */
export function passRates(cohort: Cohort, catalog: Catalog, mark = defaultPassMark): PassRate[] {
  const best = new Map<string, Map<string, number | undefined>>();
  for (const trainee of cohort.trainees) {
    for (const { attempt } of trainee.attempts) {
      const perTrainee = best.get(attempt.scenarioKey) ?? new Map<string, number | undefined>();
      best.set(attempt.scenarioKey, perTrainee);
      const previous = perTrainee.get(trainee.profileId);
      const score = attempt.status === 'ended' ? attempt.overall : undefined;
      perTrainee.set(
        trainee.profileId,
        score === undefined ? previous : previous === undefined ? score : Math.max(previous, score),
      );
    }
  }
  const rates: PassRate[] = [];
  for (const [scenarioKey, perTrainee] of best) {
    const entry = catalog.get(scenarioKey);
    if (!entry) continue;
    const scores = [...perTrainee.values()].filter((score): score is number => score !== undefined);
    const passed = scores.filter((score) => score >= mark).length;
    rates.push({
      scenarioKey,
      title: entry.title,
      callType: entry.callType,
      language: entry.language,
      trainees: perTrainee.size,
      ended: scores.length,
      passed,
      rate: roundTenth((passed / perTrainee.size) * 100),
      meanBest: scores.length ? roundTenth(scores.reduce((a, b) => a + b, 0) / scores.length) : undefined,
    });
  }
  return rates.sort((a, b) => a.title.localeCompare(b.title) || (a.scenarioKey < b.scenarioKey ? -1 : 1));
}
