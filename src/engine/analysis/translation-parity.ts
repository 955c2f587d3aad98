import type { Scenario } from '../scenario/types';

/** Differences between a translation and its original: step, ending and option ids and their links. */
export function parityProblems(original: Scenario, translation: Scenario): string[] {
  const problems: string[] = [];
  const label = `${translation.id}.${translation.language}`;
  const compare = (what: string, a: readonly string[], b: readonly string[]) => {
    for (const id of a.filter((x) => !b.includes(x))) problems.push(`${label}: missing ${what} "${id}"`);
    for (const id of b.filter((x) => !a.includes(x))) problems.push(`${label}: extra ${what} "${id}"`);
  };
  compare('step', Object.keys(original.steps), Object.keys(translation.steps));
  compare('ending', Object.keys(original.endings), Object.keys(translation.endings));
  const options = (s: Scenario) =>
    Object.entries(s.steps).flatMap(([stepId, step]) =>
      step.options.map((o) => `${stepId}/${o.id}→${o.next}`),
    );
  compare('option', options(original), options(translation));
  for (const field of ['callType', 'level', 'start'] as const) {
    if (original[field] !== translation[field])
      problems.push(`${label}: ${field} "${translation[field]}" differs from "${original[field]}"`);
  }
  return problems;
}
