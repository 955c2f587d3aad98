import type { Act, CallerSignal } from '../acts';
import type { CallType } from '../call-types';
import type { Choice } from '../compiler/compile-scenario';
import type { Ending, Scenario } from '../scenario/types';

/** Every disposition code a call can be closed with (the contact centre's « code de clôture »). */
export const dispositionCodes = [
  'resolved',
  'follow-up',
  'escalated',
  'transferred',
  'sale',
  'refused',
  'callback-scheduled',
  'respondent-absent',
  'survey-completed',
  'do-not-call',
  'services-dispatched',
  'advice-only',
  'caller-hung-up',
] as const;
export type DispositionCode = (typeof dispositionCodes)[number];

/** The small controlled list each call type offers in its wrap-up screen, in the order shown. */
export const dispositionsByCallType: Record<CallType, readonly DispositionCode[]> = {
  inbound: ['resolved', 'follow-up', 'escalated', 'transferred', 'sale', 'caller-hung-up'],
  helpdesk: ['resolved', 'follow-up', 'escalated', 'transferred', 'caller-hung-up'],
  'outbound-sales': ['sale', 'follow-up', 'callback-scheduled', 'refused', 'do-not-call', 'caller-hung-up'],
  'outbound-survey': [
    'survey-completed',
    'callback-scheduled',
    'respondent-absent',
    'refused',
    'do-not-call',
    'caller-hung-up',
  ],
  emergency: ['services-dispatched', 'transferred', 'advice-only', 'caller-hung-up'],
};

export function isDispositionCode(value: string): value is DispositionCode {
  return (dispositionCodes as readonly string[]).includes(value);
}

/** What the wrap-up should be closed with, derived from the path played. */
export interface ExpectedDisposition {
  /** The code a careful agent chooses. */
  code: DispositionCode;
  /** Every code accepted as right (the expected one first); a path can honestly be read two ways. */
  accepted: DispositionCode[];
  /** True when the scenario's ending names the code (`disposition:`), false when derived from the acts. */
  authored: boolean;
}

/** What the path did: every act chosen and every signal the caller gave on the way. */
interface PathFacts {
  /** The acts of each answer, in order. */
  turns: Act[][];
  acts: Set<Act>;
  signals: Set<CallerSignal>;
  ending: Ending;
}

function pathFacts(scenario: Scenario, choices: readonly Choice[], ending: Ending): PathFacts {
  const turns: Act[][] = [];
  const signals = new Set<CallerSignal>();
  for (const choice of choices) {
    const step = scenario.steps[choice.stepId];
    for (const signal of step?.signals ?? []) signals.add(signal);
    turns.push(step?.options.find((o) => o.id === choice.optionId)?.acts ?? []);
  }
  return { turns, acts: new Set(turns.flat()), signals, ending };
}

/** The acts of the last answer that performed any of `among` (what the call came to). */
function lastTurn({ turns }: PathFacts, among: readonly Act[]): readonly Act[] {
  return turns.findLast((acts) => acts.some((act) => among.includes(act))) ?? [];
}

/** A caller who hung up on a failed call left nothing else to record. */
const hungUp = ({ ending }: PathFacts) => ending.endedBy === 'caller' && ending.outcome === 'failure';
const handedOver = ({ acts }: PathFacts) => acts.has('transfer') || acts.has('refer');

/**
 * The rules of thumb a team leader applies when checking the code of a closed call, per call type. Each
 * returns the expected code first, then the others that can honestly describe the same path.
 */
const derive: Record<CallType, (path: PathFacts) => DispositionCode[]> = {
  emergency: (path) => {
    // Services sent is what the 112 sheet records, whoever hung up.
    if (path.acts.has('dispatch')) return ['services-dispatched'];
    if (handedOver(path)) return ['transferred'];
    return path.ending.endedBy === 'caller' ? ['caller-hung-up', 'advice-only'] : ['advice-only'];
  },
  helpdesk: (path) => {
    const { acts, ending } = path;
    if (hungUp(path)) return ['caller-hung-up', ...(handedOver(path) ? ['transferred' as const] : [])];
    const settled = ending.outcome === 'success' ? (['resolved'] as const) : [];
    if (acts.has('escalate')) return ['escalated', 'follow-up', ...settled];
    if (handedOver(path)) return ['transferred', 'follow-up'];
    if (ending.outcome === 'failure') return ['follow-up'];
    return ['resolved', 'follow-up'];
  },
  inbound: (path) => {
    const { acts, ending } = path;
    if (hungUp(path)) return ['caller-hung-up', ...(handedOver(path) ? ['transferred' as const] : [])];
    const failed = ending.outcome === 'failure';
    const codes: DispositionCode[] = [];
    if (acts.has('record-order') && !failed) codes.push('sale');
    if (acts.has('escalate')) codes.push('escalated');
    // A ticket, a callback or a pending correction: the case goes on after the call.
    if (['log-ticket', 'book-callback', 'give-status', 'consult-supervisor'].some((a) => acts.has(a as Act)))
      codes.push('follow-up');
    if (handedOver(path)) codes.push('transferred');
    // A failed call is never « resolved »; a handled one may be closed or followed up.
    if (!failed) codes.push('resolved', 'follow-up');
    else codes.push('follow-up');
    return codes;
  },
  'outbound-sales': (path) => {
    const { acts, signals, ending } = path;
    // An objection to direct marketing must be recorded whatever else happened (« Ne m'appelez plus »).
    if (acts.has('honour-objection')) return ['do-not-call', 'refused'];
    // What the call came to: an order, a « yes » to the closing question, or a callback booked after it.
    const last = lastTurn(path, ['record-order', 'closing-question', 'book-callback']);
    const sold =
      acts.has('record-order') ||
      (last.includes('closing-question') &&
        !last.includes('book-callback') &&
        ending.outcome !== 'failure' &&
        ending.endedBy === 'trainee');
    if (signals.has('do-not-call') && !sold) return ['do-not-call', 'refused'];
    if (sold) return ['sale'];
    if (last.includes('book-callback')) return ['callback-scheduled'];
    if (hungUp(path)) return ['caller-hung-up', 'refused'];
    return ['refused'];
  },
  'outbound-survey': (path) => {
    const { acts, signals } = path;
    if (signals.has('do-not-call') || acts.has('honour-objection')) return ['do-not-call', 'refused'];
    if (hungUp(path)) return ['caller-hung-up', 'refused'];
    const last = lastTurn(path, ['ask-survey-question', 'book-callback']);
    // Questions asked of someone else do not make an interview: the selected respondent is still due.
    if (last.includes('interview-substitute')) return ['respondent-absent', 'callback-scheduled'];
    if (last.includes('book-callback'))
      return acts.has('ask-survey-question') && !acts.has('interview-substitute')
        ? ['callback-scheduled', 'respondent-absent']
        : ['respondent-absent', 'callback-scheduled'];
    if (last.includes('ask-survey-question')) return ['survey-completed'];
    if (signals.has('respondent-absent')) return ['respondent-absent', 'callback-scheduled'];
    return ['refused'];
  },
};

/**
 * The disposition the path played calls for: the ending's own `disposition` when the author wrote one,
 * otherwise derived from the ending and the acts chosen on the way.
 */
export function expectedDisposition(
  scenario: Scenario,
  choices: readonly Choice[],
  ending: Ending,
): ExpectedDisposition {
  if (ending.disposition) return { code: ending.disposition, accepted: [ending.disposition], authored: true };
  const codes = derive[scenario.callType](pathFacts(scenario, choices, ending));
  const allowed = dispositionsByCallType[scenario.callType];
  const accepted = [...new Set(codes)].filter((c) => allowed.includes(c));
  const code = accepted[0] ?? allowed[0] ?? 'resolved';
  return { code, accepted: accepted.length ? accepted : [code], authored: false };
}

/**
 * True when the wrap-up of an outbound call must book a callback: the call came to a callback (the last
 * thing booked was one) or the selected respondent was absent. Not after « Ne m'appelez plus », whatever
 * the path booked, and not when the callback already took place within the call.
 */
export function callbackDue(scenario: Scenario, choices: readonly Choice[], ending: Ending): boolean {
  if (scenario.callType !== 'outbound-sales' && scenario.callType !== 'outbound-survey') return false;
  const expected = expectedDisposition(scenario, choices, ending).code;
  return expected === 'respondent-absent' || expected === 'callback-scheduled';
}
