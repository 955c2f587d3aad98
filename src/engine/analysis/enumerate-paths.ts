import { getSimplePaths } from 'xstate/graph';
import { compileScenario } from '../compiler/compile-scenario';
import type { ScenarioEvent } from '../compiler/compile-scenario';
import type { Scenario } from '../scenario/types';

/** One route through a scenario: the options chosen and the ending reached (if any). */
export interface ScenarioPath {
  /** Option ids, in order. */
  optionIds: string[];
  /** Step and ending ids visited, from the start. */
  nodes: string[];
  /** Ending reached, or undefined when the route stops short of one (a bug the tests catch). */
  endingId: string | undefined;
}

/**
 * Every simple route from the start to a place with no way on, found with xstate/graph on the compiled
 * machine. Options that lead to the same next step are one route (the step graph is what can differ);
 * the option-level alternatives are covered by `alternativesAt`.
 */
export function enumeratePaths(scenario: Scenario): ScenarioPath[] {
  const machine = compileScenario(scenario);
  const events = (snapshot: { value: unknown }): ScenarioEvent[] => {
    const step = typeof snapshot.value === 'string' ? scenario.steps[snapshot.value] : undefined;
    const firstPerTarget = new Map<string, string>();
    for (const option of step?.options ?? [])
      if (!firstPerTarget.has(option.next)) firstPerTarget.set(option.next, option.id);
    return [...firstPerTarget.values()].map((optionId) => ({ type: 'trainee.choose', optionId }));
  };
  const paths = getSimplePaths(machine, {
    events,
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
  // getSimplePaths returns a path to every reachable state; keep the complete ones (ending, or stuck).
  return paths
    .filter((path) => events(path.state).length === 0)
    .map((path) => {
      const optionIds = path.steps.flatMap((step) =>
        step.event.type === 'trainee.choose' ? [step.event.optionId] : [],
      );
      const nodes = path.steps.map((step) => String(step.state.value));
      const last = String(path.state.value);
      return { optionIds, nodes, endingId: last in scenario.endings ? last : undefined };
    });
}

/** For a route, the options at each step that lead to the same next node (interchangeable for the route). */
export function alternativesAt(scenario: Scenario, path: ScenarioPath): string[][] {
  return path.optionIds.map((optionId, index) => {
    const stepId = path.nodes[index] as string;
    const next = path.nodes[index + 1];
    return (
      (scenario.steps[stepId]?.options ?? []).filter((o) => o.next === next).map((o) => o.id) || [optionId]
    );
  });
}
