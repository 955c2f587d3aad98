import { assign, setup } from 'xstate';
import type { Act, CallerSignal } from '../acts';
import type { Finding, ProcedureContext, ProcedureEvent, RuleId } from './finding';

function findingFor(rule: RuleId, ok: boolean, event: ProcedureEvent): Finding {
  if (event.type === 'trainee.act') return { rule, ok, stepId: event.stepId, optionId: event.optionId };
  if (event.type === 'caller.signal' || event.type === 'caller.turn')
    return { rule, ok, stepId: event.stepId };
  return { rule, ok };
}

/**
 * The shared vocabulary of every procedure machine: guards that recognise acts, signals and the end of
 * the call, and the two actions that record a finding. Each rule is a small region built from these.
 */
export const procedureSetup = setup({
  types: { context: {} as ProcedureContext, events: {} as ProcedureEvent },
  guards: {
    actIn: ({ event }, params: { acts: readonly Act[] }) =>
      event.type === 'trainee.act' && params.acts.includes(event.act),
    signalIs: ({ event }, params: { signal: CallerSignal }) =>
      event.type === 'caller.signal' && event.signal === params.signal,
    offered: ({ event }, params: { acts: readonly Act[] }) =>
      event.type === 'caller.turn' && event.offered.some((offered) => params.acts.includes(offered)),
    endedBy: ({ event }, params: { by: 'trainee' | 'caller' }) =>
      event.type === 'call.ended' && event.endedBy === params.by,
  },
  actions: {
    pass: assign(({ context, event }, params: { rule: RuleId }) => ({
      findings: [...context.findings, findingFor(params.rule, true, event)],
    })),
    fail: assign(({ context, event }, params: { rule: RuleId }) => ({
      findings: [...context.findings, findingFor(params.rule, false, event)],
    })),
  },
});
