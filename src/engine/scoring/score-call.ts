import type { Choice } from '../compiler/compile-scenario';
import { findCompetency } from '../competencies/catalogue';
import type { Finding } from '../procedures/finding';
import { ruleCompetencies } from '../procedures/finding';
import type { Scenario } from '../scenario/types';

/** A finding is worth as much as the best option tag. */
const findingWeight = 2;

/** How a competency was shown during one call. */
export interface CompetencyScore {
  /** Competency id. */
  competency: string;
  /** Evidence points earned (may be negative before clamping). */
  earned: number;
  /** Evidence points that were within reach. */
  possible: number;
  /** 0–100, earned over possible, clamped. */
  percent: number;
}

/** The scores of one call: per competency, and overall. */
export interface CallScore {
  /** One entry per competency with any evidence, in catalogue order of first appearance. */
  competencies: CompetencyScore[];
  /** 0–100 over all evidence. */
  overall: number;
}

/**
 * Scores a call from two sources of evidence: the tags of the options chosen (against the best tag within
 * reach at that step) and the procedure findings (each worth a full tag, earned when the rule was kept).
 */
export function scoreCall(
  scenario: Scenario,
  choices: readonly Choice[],
  findings: readonly Finding[],
): CallScore {
  const totals = new Map<string, { earned: number; possible: number }>();
  const add = (competency: string, earned: number, possible: number) => {
    if (!findCompetency(competency)) return;
    const total = totals.get(competency) ?? { earned: 0, possible: 0 };
    total.earned += earned;
    total.possible += possible;
    totals.set(competency, total);
  };

  for (const choice of choices) {
    const step = scenario.steps[choice.stepId];
    const chosen = step?.options.find((o) => o.id === choice.optionId);
    if (!step || !chosen) continue;
    const tagged = new Set(step.options.flatMap((o) => o.tags.map((t) => t.competency)));
    for (const competency of tagged) {
      const best = Math.max(
        0,
        ...step.options.flatMap((o) => o.tags.filter((t) => t.competency === competency).map((t) => t.score)),
      );
      const earned = chosen.tags
        .filter((t) => t.competency === competency)
        .reduce((sum, t) => sum + t.score, 0);
      add(competency, earned, best);
    }
  }
  for (const finding of findings) {
    for (const competency of ruleCompetencies[finding.rule])
      add(competency, finding.ok ? findingWeight : 0, findingWeight);
  }

  // A competency only tagged negatively on options the trainee did not take left no evidence: leave it out.
  const evidenced = [...totals].filter(([, total]) => total.possible > 0 || total.earned < 0);
  const competencies = evidenced.map(([competency, { earned, possible }]) => ({
    competency,
    earned,
    possible,
    percent: toPercent(earned, possible),
  }));
  const earned = competencies.reduce((sum, c) => sum + Math.max(0, c.earned), 0);
  const possible = competencies.reduce((sum, c) => sum + c.possible, 0);
  return { competencies, overall: toPercent(earned, possible) };
}

function toPercent(earned: number, possible: number): number {
  if (possible <= 0) return 0;
  return Math.round(100 * Math.max(0, Math.min(1, earned / possible)));
}
