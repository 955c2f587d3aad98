import { describe, expect, it } from 'vitest';
import { assessHandovers, needsHandover } from '../../src/engine/desk/assess-handover';
import { emptyDeskLog, handOverOnDesk } from '../../src/engine/desk/desk-log';
import { loadScenario } from '../../src/engine/scenario/load-scenario';
import type { Scenario } from '../../src/engine/scenario/types';
import { fakePath, fakeScenarioYaml } from '../support/fake-scenario';
import { fakeScenario } from '../support/fake-scenario-object';

/** The fake call, where the question is settled by escalating to the second line. */
function escalatingScenario(): Scenario {
  const scenario = fakeScenario();
  scenario.company.services = ['Deuxième ligne', 'Service facturation'];
  const option = scenario.steps['question']!.options[0]!;
  option.acts = ['escalate', 'recap', 'close'];
  option.handover = { to: 'Deuxième ligne', facts: ['Jean Test', 'VPN', 'redémarrage'] };
  return scenario;
}

const handover = (to: string, summary: string) =>
  handOverOnDesk(emptyDeskLog(), { optionId: 'conclure', to, summary });

describe('a transfer or an escalation', () => {
  it('needs a handover; other answers do not', () => {
    const scenario = escalatingScenario();
    expect(needsHandover(scenario.steps['question']!.options[0]!)).toBe(true);
    expect(needsHandover(scenario.steps['accueil']!.options[0]!)).toBe(false);
  });

  it('is right when it goes to the expected service with every key fact, whatever the case and accents', () => {
    const log = handover('Deuxième ligne', 'M. JEAN TEST, vpn coupé malgré le redemarrage du PC.');
    expect(assessHandovers(escalatingScenario(), log).map((f) => [f.rule, f.ok])).toEqual([
      ['handover-service', true],
      ['handover-summary', true],
    ]);
  });

  it('is flagged when it goes to the wrong service', () => {
    const [service] = assessHandovers(
      escalatingScenario(),
      handover('Service facturation', 'Jean Test, VPN, redémarrage fait'),
    );
    expect(service).toMatchObject({
      rule: 'handover-service',
      ok: false,
      params: { value: 'Service facturation', expected: 'Deuxième ligne' },
    });
  });

  it('names the facts the summary left out', () => {
    const [, summary] = assessHandovers(
      escalatingScenario(),
      handover('Deuxième ligne', 'Jean Test a un souci.'),
    );
    expect(summary).toMatchObject({
      rule: 'handover-summary',
      ok: false,
      params: { missing: 'VPN, redémarrage' },
    });
  });

  it('keeps one handover per option (a resumed call does not count it twice)', () => {
    const log = handOverOnDesk(handover('Service facturation', 'x'), {
      optionId: 'conclure',
      to: 'Deuxième ligne',
      summary: 'y',
    });
    expect(log.handovers).toEqual([{ optionId: 'conclure', to: 'Deuxième ligne', summary: 'y' }]);
  });
});

describe('the scenario format', () => {
  it('demands a handover on a good escalation, naming a listed service', () => {
    const yaml = fakeScenarioYaml().replace('acts: [recap, close]', 'acts: [escalate, close]');
    const result = loadScenario(fakePath(), yaml);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message)).toContain(
        'option "conclure" transfers or escalates: it needs a handover (to, facts)',
      );
    const unlisted = yaml.replace(
      'feedback: Récapitulatif et prise de congé.',
      'feedback: Récapitulatif et prise de congé.\n        handover: { to: Support, facts: [VPN] }',
    );
    const second = loadScenario(fakePath(), unlisted);
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.problems[0]).toMatchObject({
        path: 'steps.question.options[0].handover.to',
        message: 'option "conclure": handover to "Support" is not in company.services',
      });
  });
});

describe('a key fact in a handover summary', () => {
  it('is found whatever the inflection of a long word, or the separators of a reference', async () => {
    const { mentions } = await import('../../src/engine/desk/assess-handover');
    expect(mentions('Appel enregistré, carte lue à voix haute.', 'enregistrement')).toBe(true);
    expect(mentions('Ticket SEC3318 ouvert.', 'SEC-3318')).toBe(true);
    expect(mentions('Accès refusés à midi.', 'accès refusé')).toBe(true);
    expect(mentions('Le VPN tombe.', 'VPN')).toBe(true);
    expect(mentions('Les levpns.', 'VPN')).toBe(false);
    expect(mentions('Le client a un souci.', 'VPN')).toBe(false);
    expect(mentions('Appel noté.', 'enregistrement')).toBe(false);
  });
});
