declare module 'virtual:scenario-library' {
  import type { ScenarioSummary } from './library/scenario-summary';
  import type { Problem, Scenario } from './engine';
  /** One entry per playable scenario, for the list. */
  export const scenarioIndex: ScenarioSummary[];
  /** Problems of the scenario files that were left out. */
  export const libraryProblems: Problem[];
  /** Loads one scenario's data (a lazy chunk) by key `<id>.<language>`. */
  export function loadScenarioData(key: string): Promise<Scenario>;
}
