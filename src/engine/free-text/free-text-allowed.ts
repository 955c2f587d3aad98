import type { Scenario, Step } from '../scenario/types';

/**
 * Whether the trainee may type this answer instead of picking it. The scenario may forbid free text (a call
 * where the exact wording is what is trained); a step with no caller line whose answers are all contact notes
 * is written, not said, and its wording is the whole point, so it is always picked.
 */
export function freeTextAllowed(scenario: Scenario, step: Step): boolean {
  if (scenario.freeText === false) return false;
  const writtenNote =
    step.caller === undefined &&
    step.options.every((option) => option.acts.length === 1 && option.acts[0] === 'log-ticket');
  return !writtenNote;
}
