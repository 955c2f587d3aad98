import { assign, setup } from 'xstate';
import type { Scenario } from '../scenario/types';

/** One decision the trainee made. */
export interface Choice {
  /** Step the answer was given in. */
  stepId: string;
  /** The option chosen. */
  optionId: string;
}

/** What a running scenario remembers: the caller's patience and every choice, in order. */
export interface ScenarioContext {
  /** Caller's patience, 0–10; moves with the trainee's answers. */
  patience: number;
  /** Decisions so far. */
  choices: Choice[];
}

/** The only event a scenario machine takes: the trainee picks an option. */
export type ScenarioEvent = { type: 'trainee.choose'; optionId: string };

const clampPatience = (value: number) => Math.max(0, Math.min(10, value));

/**
 * Compiles a validated scenario into an XState machine: one state per step, one final state per ending,
 * one guarded transition per option. No invoke, no delays: the machine stays pure, serialisable and
 * enumerable with xstate/graph.
 */
export function compileScenario(scenario: Scenario) {
  const stepStates = Object.fromEntries(
    Object.entries(scenario.steps).map(([stepId, step]) => [
      stepId,
      {
        tags: ['step'],
        on: {
          'trainee.choose': step.options.map((option) => ({
            guard: { type: 'chose' as const, params: { optionId: option.id } },
            target: option.next,
            actions: {
              type: 'recordChoice' as const,
              params: { stepId, optionId: option.id, mood: option.mood ?? 0 },
            },
          })),
        },
      },
    ]),
  );
  const endingStates = Object.fromEntries(
    Object.keys(scenario.endings).map((endingId) => [endingId, { type: 'final' as const, tags: ['ending'] }]),
  );

  return setup({
    types: { context: {} as ScenarioContext, events: {} as ScenarioEvent },
    guards: {
      chose: ({ event }, params: { optionId: string }) => event.optionId === params.optionId,
    },
    actions: {
      recordChoice: assign(({ context }, params: { stepId: string; optionId: string; mood: number }) => ({
        patience: clampPatience(context.patience + params.mood),
        choices: [...context.choices, { stepId: params.stepId, optionId: params.optionId }],
      })),
    },
  }).createMachine({
    id: `scenario:${scenario.id}`,
    initial: scenario.start,
    context: { patience: scenario.persona.patience, choices: [] },
    states: { ...stepStates, ...endingStates },
  });
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;
