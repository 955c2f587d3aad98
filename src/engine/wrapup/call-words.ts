import type { Scenario } from '../scenario/types';
import type { KeyFact } from './check-note';

/**
 * Words of the call itself — names, streets, the company, product and reference names on the screen and
 * in the form — that a dictionary does not know and the note may rightly use. The spelling checker
 * ignores them (and proposes them when a word is close: « Stievenart » → « Stiévenart »).
 */
export function callWords(scenario: Scenario): string[] {
  const texts = [
    scenario.persona.name,
    scenario.company.name,
    scenario.company.agentName,
    ...scenario.screen.map((field) => field.value),
    ...(scenario.form ?? []).flatMap((field) => [
      ...(Array.isArray(field.expected) ? field.expected : [field.expected]),
      ...(field.choices ?? []),
    ]),
    ...(scenario.knowledgeBase ?? []).flatMap((article) => [article.title, ...(article.keywords ?? [])]),
  ];
  const words = texts.flatMap((text) => text.normalize('NFC').match(/[\p{L}]+(?:['’-][\p{L}]+)*/gu) ?? []);
  return [...new Set(words.flatMap((word) => [word, ...word.split(/['’-]/)]))].filter((w) => w.length > 1);
}

/** Facts a good note may quote: the caller's name and the typed data of the form (numbers, names). */
export function keyFacts(scenario: Scenario): KeyFact[] {
  const fields = (scenario.form ?? []).flatMap((field): KeyFact[] => {
    if ((field.kind ?? 'data') !== 'data') return [];
    if (field.type !== 'text' && field.type !== 'phone') return [];
    const value = Array.isArray(field.expected) ? field.expected.join(' ') : field.expected;
    return [{ label: field.label, value, ...(field.type === 'phone' ? { phone: true } : {}) }];
  });
  return [{ value: scenario.persona.name }, ...fields];
}
