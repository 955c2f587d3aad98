import type { Finding } from '../procedures/finding';
import type { Option, Scenario } from '../scenario/types';
import type { DeskLog } from './desk-log';
import { fold } from './search-articles';

/** A transfer or an escalation hands the caller to someone else: the trainee writes them a summary. */
export function needsHandover(option: Option): boolean {
  return option.acts.includes('transfer') || option.acts.includes('escalate');
}

/** The services the handover panel offers: the company's, else none to choose from (free text). */
export function handoverServices(scenario: Scenario): readonly string[] {
  return scenario.company.services ?? [];
}

/** Long words match on their stem (about 70 %), so « enregistré » counts for « enregistrement ». */
const stem = (word: string) =>
  word.length > 4 ? word.slice(0, Math.max(5, Math.ceil(word.length * 0.7))) : word;

const words = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

/**
 * A fact is mentioned when each of its words appears (case, accents and punctuation ignored; long words by
 * their stem), or, for a reference with digits, when it appears with its separators dropped (« SEC3318 » for « SEC-3318 »).
 */
export function mentions(summary: string, fact: string): boolean {
  const text = ` ${words(summary).join(' ')} `;
  const compact = (value: string) => words(value).join('');
  // References (with digits) may be typed without their separators.
  if (/\d/.test(fact) && compact(summary).includes(compact(fact))) return true;
  return words(fact).every((word) =>
    word.length > 4 ? text.includes(` ${stem(word)}`) : text.includes(` ${word} `),
  );
}

/**
 * Judges each handover against the option's expectation: the right service, and a summary that carries
 * the key facts (so whoever takes the call does not make the caller start again).
 */
export function assessHandovers(scenario: Scenario, log: DeskLog): Finding[] {
  const options = new Map(
    Object.values(scenario.steps).flatMap((s) => s.options.map((o) => [o.id, o] as const)),
  );
  const stepOf = new Map(
    Object.entries(scenario.steps).flatMap(([stepId, s]) => s.options.map((o) => [o.id, stepId] as const)),
  );
  return (log.handovers ?? []).flatMap((handover): Finding[] => {
    const expected = options.get(handover.optionId)?.handover;
    if (!expected) return [];
    const where = { stepId: stepOf.get(handover.optionId) ?? '', optionId: handover.optionId };
    const missing = (expected.facts ?? []).filter((fact) => !mentions(handover.summary, fact));
    return [
      {
        rule: 'handover-service',
        ok: fold(handover.to.trim()) === fold(expected.to),
        ...where,
        params: { value: handover.to, expected: expected.to },
      },
      {
        rule: 'handover-summary',
        ok: missing.length === 0,
        ...where,
        params: { missing: missing.join(', '), expected: (expected.facts ?? []).join(', ') },
      },
    ];
  });
}
