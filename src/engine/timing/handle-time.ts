/** The parts of a call's handle time, in milliseconds, as a contact centre counts them. */
export interface HandleTimeParts {
  /** From pick-up to the end of the call, hold excluded. */
  talkMs: number;
  /** Time the caller spent on hold. */
  holdMs: number;
  /** After-call work: from the end of the call to the debrief. */
  afterCallMs: number;
}

/** How the handle time compares with the scenario's target. */
export interface HandleTimeVerdict {
  /** Talk + hold + after-call work, ms. */
  totalMs: number;
  /** The target, ms, when the scenario sets one. */
  targetMs: number | undefined;
  /** within: at or under the target; over: up to half again as long; far-over: beyond that. */
  verdict: 'within' | 'over' | 'far-over' | undefined;
}

/**
 * Compares handle time with its target. Being faster than the target is never a fault here: speed that
 * skips steps is already caught by the procedure rules.
 */
export function compareHandleTime(
  parts: HandleTimeParts,
  targetSeconds: number | undefined,
): HandleTimeVerdict {
  const totalMs = parts.talkMs + parts.holdMs + parts.afterCallMs;
  if (targetSeconds === undefined) return { totalMs, targetMs: undefined, verdict: undefined };
  const targetMs = targetSeconds * 1000;
  const verdict = totalMs <= targetMs ? 'within' : totalMs <= targetMs * 1.5 ? 'over' : 'far-over';
  return { totalMs, targetMs, verdict };
}
