import { competencies } from '../competencies/catalogue';
import type { Cohort } from './cohort';
import { traineeLabels } from './cohort';

/** One trainee's result in one competency. */
export interface MatrixCell {
  /** Mean of the results of the ended calls that observed it, 0–100, to one decimal. */
  mean: number;
  /** How many ended calls observed it. */
  count: number;
}

/** One trainee's row. */
export interface MatrixRow {
  /** The trainee's profile id. */
  profileId: string;
  /** The name shown (two trainees with one name are told apart). */
  name: string;
  /** Ended calls counted. */
  ended: number;
  /** One cell per column, undefined where the competency was never observed. */
  cells: (MatrixCell | undefined)[];
}

/** Trainees × competencies. */
export interface CompetencyMatrix {
  /** Competency ids of the columns, in the profile's order: every competency some call observed. */
  competencies: string[];
  /** One row per trainee, in import order. */
  rows: MatrixRow[];
}

const catalogueOrder = new Map(competencies.map((c, index) => [c.id, index]));
const byCatalogue = (a: string, b: string) =>
  (catalogueOrder.get(a) ?? Infinity) - (catalogueOrder.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);

export const roundTenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The mean result of each trainee in each competency, over their ended calls (an abandoned call has no
 * score; practice and exam count alike, as in the trainee's own mastery). Every version of a scenario
 * counts here: a competency result means the same whatever the steps were.
 */
export function competencyMatrix(cohort: Cohort): CompetencyMatrix {
  const labels = traineeLabels(cohort);
  const sums = cohort.trainees.map(() => new Map<string, { sum: number; count: number }>());
  const columns = new Set<string>();
  const ended = cohort.trainees.map((trainee, row) => {
    let count = 0;
    for (const { attempt } of trainee.attempts) {
      if (attempt.status !== 'ended' || !attempt.competencies) continue;
      count++;
      const seen = new Set<string>();
      for (const { competency, percent } of attempt.competencies) {
        // One result per competency and call, as mastery.ts counts it.
        if (seen.has(competency)) continue;
        seen.add(competency);
        columns.add(competency);
        const cell = sums[row]?.get(competency) ?? { sum: 0, count: 0 };
        cell.sum += Math.min(100, Math.max(0, percent));
        cell.count++;
        sums[row]?.set(competency, cell);
      }
    }
    return count;
  });
  const ordered = [...columns].sort(byCatalogue);
  return {
    competencies: ordered,
    rows: cohort.trainees.map((trainee, row) => ({
      profileId: trainee.profileId,
      name: labels.get(trainee.profileId) ?? trainee.name,
      ended: ended[row] ?? 0,
      cells: ordered.map((competency) => {
        const cell = sums[row]?.get(competency);
        return cell ? { mean: roundTenth(cell.sum / cell.count), count: cell.count } : undefined;
      }),
    })),
  };
}
