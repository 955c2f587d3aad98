import type { CallType } from '../call-types';
import type { Rating } from '../scenario/types';
import type { CompetencyMatrix } from './competency-matrix';
import type { CsvCell } from './csv';
import type { DecisionAnalysis } from './missed-decisions';
import type { PassRate } from './pass-rates';

/*
 * The three tables of the cohort view as CSV rows. Column titles come from the interface (its language);
 * numbers stay numbers so the spreadsheet can sort and average them.
 */

/** Column titles of the matrix file. */
export interface MatrixHeadings {
  /** First column. */
  trainee: string;
  /** Ended calls counted. */
  ended: string;
  /** Title of a competency's mean column, from its wording. */
  mean: (competency: string) => string;
  /** Title of a competency's count column, from its wording. */
  count: (competency: string) => string;
}

/** Trainee, ended calls, then for each competency its mean and the number of calls behind it. */
export function matrixCsvRows(
  matrix: CompetencyMatrix,
  headings: MatrixHeadings,
  label: (competency: string) => string,
): CsvCell[][] {
  const header = [
    headings.trainee,
    headings.ended,
    ...matrix.competencies.flatMap((id) => [headings.mean(label(id)), headings.count(label(id))]),
  ];
  return [
    header,
    ...matrix.rows.map((row) => [
      row.name,
      row.ended,
      ...row.cells.flatMap((cell) => (cell ? [cell.mean, cell.count] : [undefined, undefined])),
    ]),
  ];
}

/** Column titles of the pass-rate file. */
export interface PassRateHeadings {
  /** Scenario title. */
  scenario: string;
  /** Scenario key. */
  key: string;
  /** Call type. */
  callType: string;
  /** Trainees who played. */
  trainees: string;
  /** Trainees with an ended call. */
  ended: string;
  /** Trainees who passed. */
  passed: string;
  /** Pass rate, %. */
  rate: string;
  /** Mean best result. */
  meanBest: string;
  /** The mark used. */
  mark: string;
}

export function passRateCsvRows(
  rates: readonly PassRate[],
  headings: PassRateHeadings,
  callTypeLabel: (type: CallType) => string,
  mark: number,
): CsvCell[][] {
  const h = headings;
  return [
    [h.scenario, h.key, h.callType, h.trainees, h.ended, h.passed, h.rate, h.meanBest, h.mark],
    ...rates.map((r) => [
      r.title,
      r.scenarioKey,
      callTypeLabel(r.callType),
      r.trainees,
      r.ended,
      r.passed,
      r.rate,
      r.meanBest,
      mark,
    ]),
  ];
}

/** Column titles of the missed-decisions file. */
export interface MissedHeadings {
  /** Scenario title. */
  scenario: string;
  /** Scenario key. */
  key: string;
  /** Step id. */
  step: string;
  /** The caller's line. */
  caller: string;
  /** Attempts that answered the step. */
  attempts: string;
  /** Of those, attempts that missed. */
  missedAttempts: string;
  /** Share missed, %. */
  share: string;
  /** Trainees who answered. */
  trainees: string;
  /** Of those, trainees who missed. */
  missedTrainees: string;
  /** Best answer(s). */
  best: string;
  /** The answer most often given instead. */
  common: string;
  /** Its judgement. */
  commonRating: string;
  /** How often it was given. */
  commonCount: string;
}

export function missedCsvRows(
  analysis: DecisionAnalysis,
  headings: MissedHeadings,
  ratingLabel: (rating: Rating) => string,
): CsvCell[][] {
  const h = headings;
  return [
    [
      h.scenario,
      h.key,
      h.step,
      h.caller,
      h.attempts,
      h.missedAttempts,
      h.share,
      h.trainees,
      h.missedTrainees,
      h.best,
      h.common,
      h.commonRating,
      h.commonCount,
    ],
    ...analysis.decisions.map((d) => [
      d.title,
      d.scenarioKey,
      d.stepId,
      d.caller,
      d.attempts,
      d.missedAttempts,
      d.share,
      d.trainees,
      d.missedTrainees,
      d.best.map((b) => b.text).join(' / '),
      d.commonChoice?.text,
      d.commonChoice && ratingLabel(d.commonChoice.rating),
      d.commonChoice?.count,
    ]),
  ];
}
