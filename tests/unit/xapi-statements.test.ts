import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { choicesOf, replayCall } from '../../src/engine/call/call-state';
import { buildDebrief } from '../../src/engine/debrief/build-debrief';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import type { Scenario } from '../../src/engine/scenario/types';
import { isoDuration } from '../../src/engine/xapi/duration';
import {
  competencyIri,
  extensionIris,
  scenarioIri,
  stepIri,
  xapiNamespace,
} from '../../src/engine/xapi/iris';
import {
  answeredStatement,
  completedStatement,
  launchedStatement,
  terminatedStatement,
  verdictStatement,
} from '../../src/engine/xapi/statements';
import type { AttemptRecordContext, CallResult } from '../../src/engine/xapi/statements';
import { readScenarioFiles } from '../../scripts/read-scenario-files';
import { statementProblems } from '../support/xapi-validate';

const scenarios = loadLibrary(readScenarioFiles()).scenarios;

const assignment: Assignment = {
  id: '3f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  title: 'Semaine 3 — appels entrants',
  scenarios: ['colis-en-retard'],
  mode: 'practice',
  callLanguage: 'fr',
  passMark: 50,
  lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'key', password: 'secret' },
  createdAt: 1_760_000_000_000,
};

let counter = 0;
const stamp = () => ({
  id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  at: 1_760_000_000_000 + counter * 1000,
});

const recordOf = (scenario: Scenario): AttemptRecordContext => ({
  learner: {
    profileId: 'b7e0c8a2-1f7e-4a4b-9d0a-5e2f3c4d5e6f',
    name: 'Amina B.',
    homePage: 'http://127.0.0.1:4185',
  },
  scenario,
  assignment,
  attemptId: 'c1d2e3f4-0000-4000-8000-000000000001',
  mode: 'practice',
});

/** Option ids of the route taking, at each step, the option `pick` chooses. */
function route(
  scenario: Scenario,
  pick: (options: Scenario['steps'][string]['options']) => string,
): string[] {
  const ids: string[] = [];
  let node = scenario.start;
  while (scenario.steps[node] && ids.length < 100) {
    const options = scenario.steps[node]?.options ?? [];
    const id = pick(options);
    ids.push(id);
    node = options.find((o) => o.id === id)?.next ?? '';
  }
  return ids;
}
const best = (scenario: Scenario) =>
  route(scenario, (options) => (options.find((o) => o.rating === 'best') ?? options[0])?.id ?? '');
const worst = (scenario: Scenario) =>
  route(scenario, (options) => (options.find((o) => o.rating === 'wrong') ?? options.at(-1))?.id ?? '');

/** Every statement of a call played along `optionIds` to its debrief, as the app sends them. */
function playedStatements(scenario: Scenario, optionIds: readonly string[]) {
  const record = recordOf(scenario);
  const state = replayCall(scenario, optionIds);
  const debrief = buildDebrief(state);
  const result: CallResult = {
    overall: debrief.score.overall,
    outcome: debrief.outcome,
    competencies: debrief.score.competencies,
    durationMs: 83_400,
  };
  const answered = choicesOf(state).map((choice) => answeredStatement(record, stamp(), choice));
  return {
    result,
    launched: launchedStatement(record, stamp()),
    answered,
    completed: completedStatement(record, stamp(), result),
    verdict: verdictStatement(record, stamp(), result),
    terminated: terminatedStatement(record, stamp(), 12_000),
  };
}

describe('xAPI statements of a played call', () => {
  it('are all valid xAPI 1.0.3 for every shipped scenario, played well and played badly', () => {
    let checked = 0;
    for (const scenario of scenarios) {
      for (const path of [best(scenario), worst(scenario)]) {
        const played = playedStatements(scenario, path);
        expect(played.answered).toHaveLength(path.length);
        const all = [
          played.launched,
          ...played.answered,
          played.completed,
          played.verdict,
          played.terminated,
        ];
        for (const statement of all) {
          expect(statement, `${scenario.id}.${scenario.language}`).toBeDefined();
          expect(statementProblems(statement), `${scenario.id}.${scenario.language}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(scenarios.length * 10);
  });

  it('records each decision: the option chosen, whether it was right, its rating and its competencies', () => {
    const scenario = scenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');
    if (!scenario) throw new Error('colis-en-retard.fr is not shipped');
    const path = worst(scenario);
    const played = playedStatements(scenario, path);
    const [first] = played.answered;
    const step = scenario.steps[scenario.start];
    const option = step?.options.find((o) => o.id === path[0]);
    if (!first || !step || !option) throw new Error('no first decision');

    expect(first.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(first.object).toMatchObject({
      id: `${xapiNamespace}/scenario/colis-en-retard/step/${scenario.start}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        choices: step.options.map((o) => ({ id: o.id, description: { 'fr-BE': o.text } })),
        correctResponsesPattern: step.options
          .filter((o) => o.rating === 'best' || o.rating === 'good')
          .map((o) => o.id),
      },
    });
    expect(first.result).toMatchObject({
      response: option.id,
      success: option.rating === 'best' || option.rating === 'good',
      extensions: { [extensionIris.rating]: option.rating },
    });
    expect(first.context?.registration).toBe(assignment.id);
    expect(first.context?.platform).toBe('Décroche');
    expect(first.context?.language).toBe('fr-BE');
    expect(first.context?.contextActivities?.parent?.map((a) => a.id)).toEqual([
      scenarioIri('colis-en-retard'),
    ]);
    expect(first.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual([
      `${xapiNamespace}/assignment/${assignment.id}`,
    ]);
    expect(first.context?.contextActivities?.other?.map((a) => a.id).sort()).toEqual(
      [...new Set(option.tags.map((t) => competencyIri(t.competency)))].sort(),
    );
    expect(first.actor).toEqual({
      objectType: 'Agent',
      name: 'Amina B.',
      account: { homePage: 'http://127.0.0.1:4185', name: 'b7e0c8a2-1f7e-4a4b-9d0a-5e2f3c4d5e6f' },
    });
    // A wrong answer somewhere on the worst route is reported as not right.
    expect(played.answered.some((s) => s?.result?.success === false)).toBe(true);
  });

  it('gives the same activity the same IRI in every language', () => {
    const versions = scenarios.filter((s) => s.id === 'colis-en-retard');
    expect(versions.length).toBeGreaterThan(1);
    const ids = versions.map((scenario) =>
      playedStatements(scenario, best(scenario)).answered.map((s) => s?.object),
    );
    const iris = ids.map((objects) => objects.map((o) => (o && 'id' in o ? o.id : '')));
    for (const other of iris.slice(1)) expect(other).toEqual(iris[0]);
    expect(stepIri('a b', 'c/d')).toBe(`${xapiNamespace}/scenario/a%20b/step/c%2Fd`);
  });

  it('names competencies in French (the profile’s wording), Dutch and English', () => {
    const scenario = scenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'nl');
    if (!scenario) throw new Error('colis-en-retard.nl is not shipped');
    const played = playedStatements(scenario, best(scenario));
    const competency = played.completed.context?.contextActivities?.other?.[0];
    expect(Object.keys(competency?.definition?.name ?? {}).sort()).toEqual(['en', 'fr-BE', 'nl-BE']);
    expect(played.completed.context?.language).toBe('nl-BE');
  });

  it('reports the score, handle time and competency results at the end, passed or failed against the pass mark', () => {
    const scenario = scenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');
    if (!scenario) throw new Error('colis-en-retard.fr is not shipped');
    const good = playedStatements(scenario, best(scenario));
    const bad = playedStatements(scenario, worst(scenario));
    expect(good.result.overall).toBeGreaterThanOrEqual(assignment.passMark);
    expect(bad.result.overall).toBeLessThan(assignment.passMark);

    expect(good.completed.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(good.completed.result).toMatchObject({
      completion: true,
      duration: 'PT1M23.4S',
      score: { raw: good.result.overall, scaled: good.result.overall / 100, min: 0, max: 100 },
    });
    expect(good.completed.result?.extensions?.[extensionIris.competencyScores]).toEqual(
      Object.fromEntries(good.result.competencies.map((c) => [c.competency, c.percent])),
    );
    expect(good.verdict.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(good.verdict.result).toMatchObject({ success: true, completion: true });
    expect(bad.verdict.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(bad.verdict.result).toMatchObject({
      success: false,
      score: { raw: bad.result.overall },
      extensions: { [extensionIris.passMark]: 50 },
    });
    expect(good.terminated.result).toEqual({ completion: false, duration: 'PT12S' });
  });

  it('gives every statement its own UUID and an ISO timestamp', () => {
    const scenario = scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const played = playedStatements(scenario, best(scenario));
    const all = [played.launched, ...played.answered, played.completed, played.verdict];
    expect(new Set(all.map((s) => s?.id)).size).toBe(all.length);
    for (const statement of all)
      expect(statement?.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('the validator used above', () => {
  it('catches broken statements (so the checks above can fail)', () => {
    const scenario = scenarios[0];
    if (!scenario) throw new Error('no scenario');
    const { completed } = playedStatements(scenario, best(scenario));
    const broken: unknown[] = [
      { ...completed, actor: { name: 'Sans identifiant' } },
      { ...completed, verb: { id: 'answered' } },
      { ...completed, context: { ...completed.context, registration: 'semaine-3' } },
      { ...completed, result: { ...completed.result, score: { scaled: 1.5 } } },
      { ...completed, result: { ...completed.result, duration: '83 secondes' } },
      { ...completed, timestamp: 'hier' },
      { ...completed, object: { id: 'colis-en-retard' } },
    ];
    for (const statement of broken) expect(statementProblems(statement)).not.toEqual([]);
  });
});

describe('ISO 8601 durations', () => {
  it('splits hours, minutes and seconds', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(12_000)).toBe('PT12S');
    expect(isoDuration(83_400)).toBe('PT1M23.4S');
    expect(isoDuration(120_000)).toBe('PT2M');
    expect(isoDuration(3_600_000 + 5_050)).toBe('PT1H5.05S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});
