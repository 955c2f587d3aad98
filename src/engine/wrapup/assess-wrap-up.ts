import type { Choice } from '../compiler/compile-scenario';
import type { Finding, RuleId } from '../procedures/finding';
import type { Ending, Scenario } from '../scenario/types';
import { checkCallback } from './callback-check';
import type { CallbackCheck } from './callback-check';
import { keyFacts } from './call-words';
import { checkNote } from './check-note';
import type { NoteCheck } from './check-note';
import { callbackDue, expectedDisposition } from './dispositions';
import type { ExpectedDisposition } from './dispositions';
import type { OutcomeFamily } from './note-cues';
import type { CallbackBooking, MisspelledWord, WrapUpLog } from './wrap-up-log';

/** The spelling of the note as the debrief reports it. */
export type SpellingVerdict =
  | {
      /** The checker read the final note. */
      status: 'checked';
      /** Words it did not know. */
      misspelled: MisspelledWord[];
    }
  | {
      /** Not scored: no checker (unavailable), the note changed after the last check (stale), or never checked. */
      status: 'unavailable' | 'stale' | 'unchecked';
    };

/** Everything the debrief's « Note de clôture » section shows, and the findings it scores. */
export interface WrapUpAssessment {
  /** The note as written. */
  note: string;
  /** What the note states and misses. */
  check: NoteCheck;
  /** A result the note claims that did not happen (« résolu » on an escalated call), if any. */
  contradiction: OutcomeFamily | undefined;
  /** The disposition the path called for. */
  expected: ExpectedDisposition;
  /** The disposition chosen, if any. */
  chosen: string | undefined;
  /** The callback check, when the path called for one (outbound calls). */
  callback: (CallbackCheck & { booking: CallbackBooking | undefined }) | undefined;
  /** The note's spelling. */
  spelling: SpellingVerdict;
  /** How long the after-call work took, ms (when it was timed). */
  afterCallMs: number | undefined;
  /** The findings scored (rules note-*, disposition-right, callback-booked). */
  findings: Finding[];
}

/** Results a note may only claim when the path's disposition allows them. */
const claimNeeds: Partial<Record<OutcomeFamily, string>> = { solved: 'resolved', sale: 'sale' };

function spellingOf(wrapUp: WrapUpLog): SpellingVerdict {
  const { spelling, note } = wrapUp;
  if (!note.trim() || !spelling) return { status: 'unchecked' };
  if (spelling.status === 'unavailable') return { status: 'unavailable' };
  if (spelling.text !== note) return { status: 'stale' };
  return { status: 'checked', misspelled: spelling.misspelled };
}

/**
 * Judges the after-call work of a call that reached `ending`: the note (outcome, action, follow-up, and no
 * claimed result that did not happen), the disposition code against the one the path calls for, the
 * callback when one was due, and the note's spelling when the checker read it.
 */
export function assessWrapUp(
  scenario: Scenario,
  choices: readonly Choice[],
  ending: Ending,
  wrapUp: WrapUpLog,
): WrapUpAssessment {
  const check = checkNote(wrapUp.note, scenario.language, keyFacts(scenario));
  const expected = expectedDisposition(scenario, choices, ending);
  const accepted: readonly string[] = expected.accepted;
  const words = (list: string[]) => ({ words: list.join(', ') });
  const findings: Finding[] = [
    { rule: 'note-outcome', ok: check.found.outcome.length > 0, params: words(check.found.outcome) },
    { rule: 'note-action', ok: check.found.action.length > 0, params: words(check.found.action) },
    { rule: 'note-follow-up', ok: check.found.followUp.length > 0, params: words(check.found.followUp) },
  ];
  const contradiction = check.claims.find((claim) => {
    const needs = claimNeeds[claim];
    return needs !== undefined && !accepted.includes(needs);
  });
  if (check.found.outcome.length > 0)
    findings.push({
      rule: 'note-consistent',
      ok: contradiction === undefined,
      ...(contradiction ? { params: { claim: contradiction } } : {}),
    });

  const chosen = wrapUp.disposition || undefined;
  findings.push({
    rule: 'disposition-right',
    ok: chosen !== undefined && accepted.includes(chosen),
    params: { value: chosen ?? '', expected: expected.code },
  });

  let callback: WrapUpAssessment['callback'];
  if (callbackDue(scenario, choices, ending)) {
    const result = checkCallback(wrapUp.callback, wrapUp.doneOn ?? '');
    callback = { ...result, booking: wrapUp.callback };
    findings.push({
      rule: 'callback-booked',
      ok: result.ok,
      params: { problems: result.problems.join(', ') },
    });
  }

  const spelling = spellingOf(wrapUp);
  if (spelling.status === 'checked')
    findings.push({
      rule: 'note-spelling',
      ok: spelling.misspelled.length === 0,
      params: {
        count: String(spelling.misspelled.length),
        words: spelling.misspelled.map((m) => m.word).join(', '),
      },
    });

  return {
    note: wrapUp.note,
    check,
    contradiction,
    expected,
    chosen,
    callback,
    spelling,
    afterCallMs: wrapUp.afterCallMs,
    findings,
  };
}

/** The rules the wrap-up of a path is judged on (the spelling when checked; the callback when due). */
export function wrapUpRules(scenario: Scenario, choices: readonly Choice[], ending: Ending): RuleId[] {
  return [
    'note-outcome',
    'note-action',
    'note-follow-up',
    'note-consistent',
    'note-spelling',
    'disposition-right',
    ...(callbackDue(scenario, choices, ending) ? (['callback-booked'] as const) : []),
  ];
}
