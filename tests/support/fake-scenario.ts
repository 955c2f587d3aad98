import type { CallType } from '../../src/engine/call-types';

/**
 * A small valid scenario as YAML text, for loader and procedure tests. Line numbers matter to the loader
 * tests find lines with `lineOf`, so edits to this text do not break them.
 */
export function fakeScenarioYaml(callType: CallType = 'inbound', id = 'faux-appel'): string {
  return `schemaVersion: 1
id: ${id}
title: Un appel de test
callType: ${callType}
level: debutant
language: fr
summary: Un appel court pour les tests.
competencies: [structure-entretien]
persona:
  name: Jean Test
  situation: Un client appelle.
  wants: Une réponse.
  patience: 5
company:
  name: TestCo
  sector: Test
  agentName: Sam
screen:
  - label: Client
    value: Jean Test
start: accueil
# the steps
steps:
  accueil:
    caller: Bonjour, j'ai une question.
    emotion: neutral
    options:
      - id: bonjour
        text: Bonjour, TestCo, Sam à votre écoute.
        next: question
        acts: [greet]
        rating: best
        tags:
          - { competency: directives-appel, score: 2 }
        feedback: Accueil complet.
      - id: quoi
        text: Quoi ?
        next: question
        acts: [greet]
        rating: wrong
        tags:
          - { competency: directives-appel, score: -2 }
        feedback: Trop familier.
  question:
    caller: C'est réglé, merci.
    emotion: satisfied
    options:
      - id: conclure
        text: Je récapitule. Au revoir.
        next: fin
        acts: [recap, close]
        rating: best
        feedback: Récapitulatif et prise de congé.
endings:
  fin:
    outcome: success
    endedBy: trainee
    summary: Appel terminé.
`;
}

/** The path a scenario file is expected at. */
export function fakePath(callType: CallType = 'inbound', id = 'faux-appel'): string {
  return `scenarios/${callType}/${id}.fr.yaml`;
}

/** 1-based line of the first occurrence of `snippet` in `text` (after `from`, if given). */
export function lineOf(text: string, snippet: string, from = ''): number {
  const start = from ? text.indexOf(from) : 0;
  const index = text.indexOf(snippet, start);
  if (index < 0) throw new Error(`snippet not found: ${snippet}`);
  return text.slice(0, index).split('\n').length;
}
