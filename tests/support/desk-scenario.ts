import type { Scenario } from '../../src/engine/scenario/types';
import { fakeScenario } from './fake-scenario-object';

/** The fake scenario with a desktop: two articles, the record and an article to consult first, a form. */
export function fakeDeskScenario(): Scenario {
  const scenario = fakeScenario();
  scenario.screen = [
    { label: 'Client', value: 'Jean Test', section: 'Identité' },
    { label: 'Commande', value: 'WM-1234', section: 'Commandes' },
  ];
  scenario.knowledgeBase = [
    {
      id: 'colis-bloque',
      title: 'Colis bloqué chez le transporteur',
      body: 'Réexpédition gratuite après dix jours ouvrables sans mouvement.',
      keywords: ['perdu'],
    },
    {
      id: 'retour',
      title: 'Retour d’un article',
      body: 'Le client dispose de 14 jours calendrier. Le colis est renvoyé avec l’étiquette.',
    },
  ];
  scenario.form = [
    { id: 'nom', label: 'Nom du client', type: 'text', expected: 'Jean Test' },
    {
      id: 'priorite',
      label: 'Priorité',
      type: 'select',
      choices: ['P1', 'P2', 'P3', 'P4'],
      expected: 'P3',
      kind: 'priority',
    },
    {
      id: 'services',
      label: 'Services',
      type: 'multiselect',
      choices: ['Ambulance', 'SMUR', 'Police'],
      expected: ['Ambulance', 'SMUR'],
      kind: 'services',
    },
  ];
  const first = scenario.steps['accueil'];
  if (first) first.consult = ['record', 'kb:colis-bloque'];
  return scenario;
}
