import type { Choice } from '../compiler/compile-scenario';
import type { Finding } from '../procedures/finding';
import type { FormField, Scenario } from '../scenario/types';
import type { DeskLog } from './desk-log';

/**
 * Typed data compared the way a careful reader would: accents, spelling and capitals inside words count;
 * extra spaces, the kind of apostrophe and the capital of the very first letter do not.
 */
function normalise(value: string): string {
  const text = value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[’‘`´]/g, "'");
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Phone numbers are their digits: « 0498 00 62 17 » and « 0498/006217 » are the same number. */
const digits = (value: string) => value.replace(/\D/g, '');

/** Choices compared without regard to case or order. */
function sameChoices(given: readonly string[], expected: readonly string[]): boolean {
  const a = [...new Set(given.map((v) => normalise(v).toLowerCase()))].sort();
  const b = [...new Set(expected.map((v) => normalise(v).toLowerCase()))].sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function fieldCorrect(field: FormField, given: string | string[] | undefined): boolean {
  if (given === undefined) return false;
  const expected = Array.isArray(field.expected) ? field.expected : [field.expected];
  const values = Array.isArray(given) ? given : [given];
  if (field.type === 'select' || field.type === 'multiselect') return sameChoices(values, expected);
  if (field.type === 'phone') return digits(values.join('')) === digits(expected.join(''));
  // Typed data must match exactly (names, addresses, numbers): « Tape sans faute ».
  return normalise(values.join(' ')) === normalise(expected.join(' '));
}

const show = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : (value ?? '');

/**
 * Judges the screen work: was the record or the article the situation called for opened before the
 * answer, and does the form hold the truth (services sent, priority, typed data)?
 */
export function assessDesk(
  scenario: Scenario,
  choices: readonly Choice[],
  log: DeskLog,
  callEnded: boolean,
): Finding[] {
  const findings: Finding[] = [];
  choices.forEach((choice, index) => {
    for (const target of scenario.steps[choice.stepId]?.consult ?? []) {
      const ok = log.opened.some((o) => o.target === target && o.atAnswer <= index);
      const title = target.startsWith('kb:')
        ? (scenario.knowledgeBase?.find((a) => `kb:${a.id}` === target)?.title ?? target)
        : '';
      findings.push({
        rule: target === 'record' ? 'record-consulted' : 'knowledge-consulted',
        ok,
        stepId: choice.stepId,
        optionId: choice.optionId,
        ...(title ? { params: { detail: title } } : {}),
      });
    }
  });
  if (callEnded) {
    for (const field of scenario.form ?? []) {
      const given = log.form[field.id];
      const rule =
        field.kind === 'services'
          ? 'services-dispatched'
          : field.kind === 'priority'
            ? 'priority-right'
            : 'form-field';
      findings.push({
        rule,
        ok: fieldCorrect(field, given),
        params: { detail: field.label, value: show(given), expected: show(field.expected) },
      });
    }
  }
  return findings;
}
