import type { Act, CallerSignal } from '../../src/engine/acts';
import type { CallType } from '../../src/engine/call-types';
import type { Scenario, Step } from '../../src/engine/scenario/types';

/**
 * Builds a linear scenario in which each turn offers the acts given (one option per turn, plus a decoy),
 * so that a procedure rule can be checked against an exact order of acts: a golden transcript.
 */
export function transcriptScenario(
  callType: CallType,
  turns: { acts: Act[]; signals?: CallerSignal[] }[],
  endedBy: 'trainee' | 'caller' = 'trainee',
): Scenario {
  const steps: Record<string, Step> = {};
  turns.forEach((turn, index) => {
    const next = index === turns.length - 1 ? 'fin' : `t${index + 1}`;
    steps[`t${index}`] = {
      caller: `Réplique ${index}`,
      emotion: 'neutral',
      ...(turn.signals ? { signals: turn.signals } : {}),
      options: [
        {
          id: `o${index}`,
          text: `Réponse ${index}`,
          next,
          acts: turn.acts,
          rating: 'best',
          tags: [],
          feedback: 'ok',
        },
        {
          id: `d${index}`,
          text: `Leurre ${index}`,
          next,
          acts: [],
          rating: 'weak',
          tags: [],
          feedback: 'leurre',
        },
      ],
    };
  });
  return {
    schemaVersion: 1,
    id: 'transcript',
    title: 'Transcript',
    callType,
    level: 'debutant',
    language: 'fr',
    summary: 'Golden transcript.',
    competencies: ['structure-entretien'],
    persona: { name: 'Test', situation: 's', wants: 'w', patience: 5 },
    company: { name: 'Co', sector: 's', agentName: 'A' },
    screen: [],
    start: 't0',
    steps,
    endings: { fin: { outcome: 'success', endedBy, summary: 'fin' } },
  };
}

/** Plays every turn's main option: the acts in the order given. */
export function mainPath(scenario: Scenario): string[] {
  return Object.keys(scenario.steps).map((_, index) => `o${index}`);
}
