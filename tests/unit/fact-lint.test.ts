import { describe, expect, it } from 'vitest';
import { parityProblems } from '../../src/engine/analysis/translation-parity';
import { lintFacts } from '../../src/engine/facts/fact-lint';
import type { Scenario } from '../../src/engine/scenario/types';
import { fakeScenario } from '../support/fake-scenario-object';

/** The fake scenario with the best answer's feedback replaced by `text`, in `language`. */
function saying(text: string, language: Scenario['language'] = 'fr'): Scenario {
  const scenario = { ...fakeScenario(), language };
  const best = scenario.steps['accueil']?.options[0];
  if (best) best.feedback = text;
  return scenario;
}

describe('the fact lint', () => {
  it.each([
    ['withdrawal in working days', 'Vous avez 14 jours ouvrables de rétractation.', 'fr'],
    ['withdrawal in werkdagen', 'U hebt 14 werkdagen herroepingsrecht.', 'nl'],
    ['withdrawal in business days', 'You may withdraw within 14 business days.', 'en'],
    ['a withdrawal of 7 days', 'Le délai de rétractation est de 7 jours.', 'fr'],
    ['an ambulance via 101', 'Pour une ambulance, faites le 101.', 'fr'],
    [
      'French calling hours as Belgian law',
      'La loi interdit d’appeler en dehors de 10h-13h et 14h-20h.',
      'fr',
    ],
    ['a wrong Do-Not-Call number', 'Inscrivez-vous sur Ne m’appelez plus au 02 555 12 34.', 'fr'],
    ['a wrong poison centre number', 'Appelez le centre antipoisons au 02 264 96 36.', 'fr'],
    ['the GP on duty on another number', 'Le médecin de garde se joint au 1722.', 'fr'],
    ['light switched on with gas', 'Il y a une odeur de gaz : allumez la lumière pour voir.', 'fr'],
  ] as const)('flags %s', (_, text, language) => {
    expect(lintFacts(saying(text, language))).toHaveLength(1);
  });

  it.each([
    ['the right withdrawal rule', 'Vous avez 14 jours calendrier de rétractation, sans justification.'],
    [
      'a wrong statement corrected in feedback',
      'Non : ce ne sont pas des jours ouvrables, la rétractation compte 14 jours calendrier.',
    ],
    ['the police on 101', 'La police se joint au 101 ; l’ambulance, c’est le 112.'],
    ['the right Do-Not-Call number', 'L’inscription à Ne m’appelez plus se fait au 02 882 19 75.'],
    ['the right poison centre number', 'Centre antipoisons : 070 245 245.'],
  ])('accepts %s', (_, text) => {
    expect(lintFacts(saying(text))).toEqual([]);
  });

  it('lets a wrong option state a wrong fact, since its feedback corrects it', () => {
    const scenario = fakeScenario();
    const wrong = scenario.steps['accueil']?.options[1];
    if (wrong) wrong.text = 'Vous avez 14 jours ouvrables pour vous rétracter.';
    expect(lintFacts(scenario)).toEqual([]);
  });
});

describe('translation parity', () => {
  it('reports missing and extra ids and changed links', () => {
    const original = fakeScenario();
    const translation = { ...fakeScenario(), language: 'nl' as const };
    const step = translation.steps['accueil'];
    if (step) {
      step.options = step.options.slice(0, 1);
      step.options.push({ ...step.options[0]!, id: 'extra' });
    }
    const question = translation.steps['question'];
    if (question?.options[0]) question.options[0].next = 'accueil';
    expect(parityProblems(original, translation)).toEqual([
      'faux-appel.nl: missing option "accueil/quoi→question"',
      'faux-appel.nl: missing option "question/conclure→fin"',
      'faux-appel.nl: extra option "accueil/extra→question"',
      'faux-appel.nl: extra option "question/conclure→accueil"',
    ]);
    expect(parityProblems(original, { ...fakeScenario(), language: 'en' })).toEqual([]);
  });
});
