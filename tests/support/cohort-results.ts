import { choicesOf, currentEnding, findingsOf, replayCall } from '../../src/engine/call/call-state';
import type { Attempt, Profile } from '../../src/engine/progress/attempt';
import { buildExport, serializeExport } from '../../src/engine/progress/export-format';
import type { Option, Scenario } from '../../src/engine/scenario/types';
import { scoreCall } from '../../src/engine/scoring/score-call';
import { scenarioVersion } from '../../scripts/scenario-version';

/** Option ids from the start to an ending, `pick` choosing at each step (given the step's index). */
export function routeBy(scenario: Scenario, pick: (options: Option[], index: number) => Option | undefined) {
  const route: string[] = [];
  let node = scenario.start;
  while (scenario.steps[node] && route.length < 100) {
    const options = scenario.steps[node]?.options ?? [];
    const option = pick(options, route.length) ?? options[0];
    if (!option) break;
    route.push(option.id);
    node = option.next;
  }
  return route;
}

/** The best answer everywhere. */
export const bestEverywhere = (options: Option[]) => options.find((o) => o.rating === 'best');

/** The worst answer at the first step, the best everywhere else. */
export const wrongFirst = (options: Option[], index: number) =>
  index === 0
    ? (options.find((o) => o.rating === 'wrong') ?? options.find((o) => o.rating === 'weak'))
    : bestEverywhere(options);

let counter = 0;

/** An ended attempt of the route, scored by the engine as the app scores it, on the library's version. */
export function playedAttempt(
  scenario: Scenario,
  profileId: string,
  route: readonly string[],
  overrides: Partial<Attempt> = {},
): Attempt {
  const state = replayCall(scenario, route);
  const score = scoreCall(scenario, choicesOf(state), findingsOf(state));
  const startedAt = Date.UTC(2025, 2, 10, 9, 0) + ++counter * 60_000;
  const ending = currentEnding(state);
  return {
    id: `attempt-${profileId}-${counter}`,
    profileId,
    scenarioKey: `${scenario.id}.${scenario.language}`,
    scenarioVersion: scenarioVersion(scenario),
    mode: 'practice',
    seed: counter,
    startedAt,
    endedAt: startedAt + 300_000,
    status: 'ended',
    decisions: choicesOf(state).map((choice, index) => ({
      stepId: choice.stepId,
      optionId: choice.optionId,
      atMs: (index + 1) * 5000,
    })),
    ...(ending ? { outcome: ending.outcome } : {}),
    overall: score.overall,
    competencies: score.competencies.map(({ competency, percent }) => ({ competency, percent })),
    ...overrides,
  };
}

/** A trainee's results file, as « Exporter mes données » writes it. */
export async function resultFileText(profile: Profile, attempts: readonly Attempt[]): Promise<string> {
  return serializeExport(await buildExport(profile, attempts, new Date(Date.UTC(2025, 2, 12, 17, 0))));
}
