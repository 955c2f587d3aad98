import type { Scenario, Step } from '../scenario/types';

/** Whether the call allows typed answers at all (its author may forbid them with `freeText: false`). */
export function callAllowsFreeText(scenario: Scenario): boolean {
  return scenario.freeText !== false;
}

/**
 * Whether the trainee may type this answer instead of picking it. The scenario may forbid free text (a call
 * where the exact wording is what is trained); a step with no caller line whose answers are all contact notes
 * is written, not said, and its wording is the whole point, so it is always picked.
 */
export function freeTextAllowed(scenario: Scenario, step: Step): boolean {
  if (!callAllowsFreeText(scenario)) return false;
  const writtenNote =
    step.caller === undefined &&
    step.options.every((option) => option.acts.length === 1 && option.acts[0] === 'log-ticket');
  return !writtenNote;
}
