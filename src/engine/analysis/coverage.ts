import { choicesOf, currentEnding, findingsOf } from '../call/call-state';
import { competencies } from '../competencies/catalogue';
import { ruleCompetencies } from '../procedures/finding';
import type { Scenario } from '../scenario/types';
import { enumeratePaths } from './enumerate-paths';
import { replayPaths } from './replay-paths';
import { wrapUpRules } from '../wrapup/assess-wrap-up';

/**
 * The competencies a scenario can assess: those its options tag, plus those of the procedure findings
 * that some route through it actually raises (found by replaying every enumerated route), plus those of
 * the wrap-up that follows each ending.
 */
export function assessedCompetencies(scenario: Scenario): Set<string> {
  const assessed = new Set<string>();
  for (const step of Object.values(scenario.steps))
    for (const option of step.options) for (const tag of option.tags) assessed.add(tag.competency);
  const routes = enumeratePaths(scenario).map((path) => path.optionIds);
  for (const state of replayPaths(scenario, routes)) {
    for (const finding of findingsOf(state))
      for (const id of ruleCompetencies[finding.rule]) assessed.add(id);
    // The after-call work of every ended call is judged too (note, disposition, spelling, callback).
    const ending = currentEnding(state);
    if (ending)
      for (const rule of wrapUpRules(scenario, choicesOf(state), ending))
        for (const id of ruleCompetencies[rule]) assessed.add(id);
  }
  return assessed;
}

/** One row of the coverage matrix: a competency and the scenarios (ids) that assess it. */
export interface CoverageRow {
  /** Competency id. */
  competency: string;
  /** Ids of the scenarios assessing it (a scenario and its translations count once). */
  scenarioIds: string[];
}

/** The competency × scenario matrix over the assessable competencies of the catalogue. */
export function coverageMatrix(scenarios: readonly Scenario[]): CoverageRow[] {
  const byScenario = new Map<string, Set<string>>();
  for (const scenario of scenarios) {
    const set = byScenario.get(scenario.id) ?? new Set<string>();
    for (const id of assessedCompetencies(scenario)) set.add(id);
    byScenario.set(scenario.id, set);
  }
  return competencies
    .filter((c) => c.assessable)
    .map((c) => ({
      competency: c.id,
      scenarioIds: [...byScenario].filter(([, set]) => set.has(c.id)).map(([id]) => id),
    }));
}
