import type { Scenario } from '../scenario/types';

/** Typing what one would say takes longer than picking it: time limits are this many times longer. */
export const typedAnswerFactor = 2;

/**
 * Seconds the trainee has to answer a step: the step's own limit, else the scenario's, times `factor`
 * (typedAnswerFactor for trainees who type); none when unset.
 */
export function answerLimitOf(
  scenario: Scenario,
  stepId: string | undefined,
  factor = 1,
): number | undefined {
  if (stepId === undefined) return undefined;
  const limit = scenario.steps[stepId]?.timeLimit ?? scenario.timing?.answerLimit;
  return limit === undefined ? undefined : limit * factor;
}
