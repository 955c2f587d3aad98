import type { CallScore } from '../scoring/score-call';
import type { Scenario } from '../scenario/types';

/**
 * An exam is judged like a validation jury's grid: each competency observed in the call is a criterion
 * with a weight (the competencies the call targets count double) and a threshold; some criteria are
 * eliminatory because failing them is unsafe or unlawful whatever the rest (confidentiality, emergency
 * handling, the recording notice).
 */
export const passThreshold = 60;
export const eliminatory: readonly string[] = [
  'secret-professionnel',
  'prend-appels-urgence',
  'informe-ecoute',
  'dispatching-urgence',
];

/** One line of the result sheet. */
export interface GridLine {
  /** Competency id. */
  competency: string;
  /** Result in this call, 0–100. */
  percent: number;
  /** 2 for the competencies the call targets, else 1. */
  weight: number;
  /** True when the result reaches the threshold. */
  passed: boolean;
  /** True when failing it fails the exam on its own. */
  eliminatory: boolean;
}

/** The result sheet of an exam call. */
export interface ExamResult {
  /** One line per competency observed. */
  lines: GridLine[];
  /** Weighted mean of the results, 0–100. */
  weighted: number;
  /** Passed when the weighted mean reaches the threshold and no eliminatory criterion failed. */
  passed: boolean;
  /** The threshold used. */
  threshold: number;
}

export function gradeExam(scenario: Scenario, score: CallScore, threshold = passThreshold): ExamResult {
  const lines = score.competencies.map((c) => ({
    competency: c.competency,
    percent: c.percent,
    weight: scenario.competencies.includes(c.competency) ? 2 : 1,
    passed: c.percent >= threshold,
    eliminatory: eliminatory.includes(c.competency),
  }));
  const totalWeight = lines.reduce((sum, line) => sum + line.weight, 0);
  const weighted =
    totalWeight === 0
      ? 0
      : Math.round(lines.reduce((sum, line) => sum + line.percent * line.weight, 0) / totalWeight);
  const passed = weighted >= threshold && !lines.some((line) => line.eliminatory && !line.passed);
  return { lines, weighted, passed, threshold };
}
