import type { Problem } from '../engine/scenario/problem';
import type { ScenarioSummary } from './scenario-summary';

/** The library's index file: what the list shows, and the files that could not be loaded. */
export interface LibraryIndex {
  /** One entry per playable scenario and language. */
  scenarios: ScenarioSummary[];
  /** Problems of the scenario files left out. */
  problems: Problem[];
  /** The profile's French wording of every competency the listed scenarios target. */
  competencyLabels: Record<string, string>;
}
