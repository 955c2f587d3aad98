import type { Scenario } from '../scenario/types';

/** Seconds the trainee has to answer a step: the step's own limit, else the scenario's; none when unset. */
export function answerLimitOf(scenario: Scenario, stepId: string | undefined): number | undefined {
  if (stepId === undefined) return undefined;
  return scenario.steps[stepId]?.timeLimit ?? scenario.timing?.answerLimit;
}
