import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../src/engine/cohort/cohort';
import type { Cohort, CohortAttempt, VersionMatch } from '../../src/engine/cohort/cohort';
import { filterChoices, filterCohort } from '../../src/engine/cohort/cohort-filter';
import { competencyMatrix } from '../../src/engine/cohort/competency-matrix';
import { missedDecisions } from '../../src/engine/cohort/missed-decisions';
import { passRates } from '../../src/engine/cohort/pass-rates';
import type { Attempt } from '../../src/engine/progress/attempt';
import type { Option, Scenario } from '../../src/engine/scenario/types';
import { fakeScenario } from '../support/fake-scenario-object';

const catalog = catalogOf([
  { key: 'colis.fr', version: 'v1', title: 'Colis perdu', callType: 'inbound', language: 'fr' },
  { key: 'panne.fr', version: 'v1', title: 'Panne VPN', callType: 'helpdesk', language: 'fr' },
]);

let ids = 0;
function played(
  profileId: string,
  overrides: Partial<Attempt> = {},
  version: VersionMatch = 'same',
): CohortAttempt {
  return {
    file: `${profileId}.json`,
    version,
    attempt: {
      id: `a${++ids}`,
      profileId,
      scenarioKey: 'colis.fr',
      scenarioVersion: 'v1',
      mode: 'practice',
      seed: 1,
      startedAt: Date.UTC(2025, 2, 10),
      endedAt: Date.UTC(2025, 2, 10, 0, 5),
      status: 'ended',
      decisions: [],
      overall: 80,
      competencies: [],
      ...overrides,
    },
  };
}

const trainee = (profileId: string, name: string, attempts: CohortAttempt[]) => ({
  profileId,
  name,
  namedAt: 0,
  files: [`${profileId}.json`],
  attempts,
});

describe('trainees × competencies', () => {
  it('averages ended calls only, counts them, and orders columns as the job profile does', () => {
    const cohort: Cohort = {
      trainees: [
        trainee('m', 'Marie', [
          played('m', {
            competencies: [
              { competency: 'secret-professionnel', percent: 60 },
              { competency: 'structure-entretien', percent: 90 },
            ],
          }),
          played('m', { competencies: [{ competency: 'structure-entretien', percent: 75 }] }),
          played('m', {
            status: 'abandoned',
            competencies: [{ competency: 'structure-entretien', percent: 0 }],
          }),
        ]),
        trainee('k', 'Karim', []),
      ],
    };
    const matrix = competencyMatrix(cohort);
    expect(matrix.competencies).toEqual(['structure-entretien', 'secret-professionnel']);
    expect(matrix.rows).toEqual([
      {
        profileId: 'm',
        name: 'Marie',
        ended: 2,
        cells: [
          { mean: 82.5, count: 2 },
          { mean: 60, count: 1 },
        ],
      },
      { profileId: 'k', name: 'Karim', ended: 0, cells: [undefined, undefined] },
    ]);
  });

  it('counts calls of another scenario version too (a competency result means the same)', () => {
    const cohort: Cohort = {
      trainees: [
        trainee('m', 'Marie', [
          played('m', { competencies: [{ competency: 'structure-entretien', percent: 40 }] }, 'other'),
        ]),
      ],
    };
    expect(competencyMatrix(cohort).rows[0]?.cells).toEqual([{ mean: 40, count: 1 }]);
  });
});

describe('pass rate per scenario', () => {
  const cohort: Cohort = {
    trainees: [
      trainee('m', 'Marie', [played('m', { overall: 50 }), played('m', { overall: 75 })]),
      trainee('k', 'Karim', [played('k', { overall: 65 })]),
      trainee('s', 'Sofia', [played('s', { status: 'abandoned', overall: 99 })]),
      trainee('l', 'Lucas', [played('l', { scenarioKey: 'panne.fr', overall: 70 })]),
    ],
  };

  it('passes a trainee on their best ended call; a call never finished is not a pass', () => {
    expect(passRates(cohort, catalog)).toEqual([
      {
        scenarioKey: 'colis.fr',
        title: 'Colis perdu',
        callType: 'inbound',
        language: 'fr',
        trainees: 3,
        ended: 2,
        passed: 1,
        rate: 33.3,
        meanBest: 70,
      },
      {
        scenarioKey: 'panne.fr',
        title: 'Panne VPN',
        callType: 'helpdesk',
        language: 'fr',
        trainees: 1,
        ended: 1,
        passed: 1,
        rate: 100,
        meanBest: 70,
      },
    ]);
  });

  it('uses the mark the trainer sets', () => {
    expect(passRates(cohort, catalog, 60).map((r) => [r.scenarioKey, r.passed])).toEqual([
      ['colis.fr', 2],
      ['panne.fr', 1],
    ]);
  });
});

describe('filters', () => {
  const cohort: Cohort = {
    trainees: [
      trainee('m', 'Marie', [
        played('m', { mode: 'exam', assignmentId: 'devoir-1', startedAt: Date.UTC(2025, 2, 1) }),
        played('m', { scenarioKey: 'panne.fr', startedAt: Date.UTC(2025, 2, 20) }),
      ]),
      trainee('k', 'Karim', [played('k', { startedAt: Date.UTC(2025, 2, 15) })]),
    ],
  };
  const kept = (filtered: Cohort) => filtered.trainees.map((t) => [t.name, t.attempts.length]);

  it('keep the attempts of a call type, a mode, an assignment or a period; every trainee stays', () => {
    expect(kept(filterCohort(cohort, { callType: 'helpdesk' }, catalog))).toEqual([
      ['Marie', 1],
      ['Karim', 0],
    ]);
    expect(kept(filterCohort(cohort, { mode: 'exam' }, catalog))).toEqual([
      ['Marie', 1],
      ['Karim', 0],
    ]);
    expect(kept(filterCohort(cohort, { assignmentId: 'devoir-1' }, catalog))).toEqual([
      ['Marie', 1],
      ['Karim', 0],
    ]);
    expect(
      kept(filterCohort(cohort, { from: Date.UTC(2025, 2, 10), before: Date.UTC(2025, 2, 16) }, catalog)),
    ).toEqual([
      ['Marie', 0],
      ['Karim', 1],
    ]);
  });

  it('offer only what was played', () => {
    expect(filterChoices(cohort, catalog)).toEqual({
      callTypes: ['inbound', 'helpdesk'],
      modes: ['practice', 'exam'],
      assignmentIds: ['devoir-1'],
      span: { first: Date.UTC(2025, 2, 1), last: Date.UTC(2025, 2, 20) },
    });
  });
});

describe('decisions most often missed', () => {
  const option = (id: string, rating: Option['rating'], next: string): Option => ({
    id,
    text: `Texte ${id}`,
    next,
    acts: [],
    rating,
    tags: [],
    feedback: 'f',
  });
  const base = fakeScenario();
  const scenario: Scenario = {
    ...base,
    start: 'un',
    steps: {
      un: {
        caller: 'Bonjour, mon colis…',
        emotion: 'neutral',
        options: [
          option('ok1', 'best', 'deux'),
          option('bof1', 'good', 'deux'),
          option('non1', 'wrong', 'deux'),
        ],
      },
      deux: {
        caller: 'Et alors ?',
        emotion: 'annoyed',
        options: [option('ok2', 'best', 'fin'), option('non2', 'weak', 'fin')],
      },
    },
  };
  const scenarios = new Map([['colis.fr', scenario]]);
  const answers = (...pairs: [string, string][]) =>
    pairs.map(([stepId, optionId]) => ({ stepId, optionId, atMs: 1 }));

  it('ranks steps by the share of attempts without a best answer, with the usual other answer', () => {
    const cohort: Cohort = {
      trainees: [
        trainee('m', 'Marie', [
          played('m', { decisions: answers(['un', 'non1'], ['deux', 'ok2']) }),
          played('m', { decisions: answers(['un', 'ok1'], ['deux', 'ok2']) }),
        ]),
        trainee('k', 'Karim', [played('k', { decisions: answers(['un', 'non1'], ['deux', 'non2']) })]),
        trainee('s', 'Sofia', [played('s', { decisions: answers(['un', 'bof1']) })]),
      ],
    };
    const analysis = missedDecisions(cohort, catalog, scenarios);
    expect(analysis.compared).toBe(4);
    expect(analysis.excluded).toEqual([]);
    expect(analysis.decisions).toEqual([
      {
        scenarioKey: 'colis.fr',
        title: 'Colis perdu',
        stepId: 'un',
        caller: 'Bonjour, mon colis…',
        attempts: 4,
        missedAttempts: 3,
        share: 75,
        trainees: 3,
        missedTrainees: 3,
        best: [{ optionId: 'ok1', text: 'Texte ok1' }],
        commonChoice: { optionId: 'non1', text: 'Texte non1', rating: 'wrong', count: 2 },
      },
      {
        scenarioKey: 'colis.fr',
        title: 'Colis perdu',
        stepId: 'deux',
        caller: 'Et alors ?',
        attempts: 3,
        missedAttempts: 1,
        share: 33.3,
        trainees: 2,
        missedTrainees: 1,
        best: [{ optionId: 'ok2', text: 'Texte ok2' }],
        commonChoice: { optionId: 'non2', text: 'Texte non2', rating: 'weak', count: 1 },
      },
    ]);
  });

  it('leaves out calls of another version, without a version, or whose scenario could not be loaded', () => {
    const cohort: Cohort = {
      trainees: [
        trainee('m', 'Marie', [
          played('m', { decisions: answers(['un', 'non1']) }, 'other'),
          played('m', { decisions: answers(['un', 'non1']) }, 'unrecorded'),
          played('m', { scenarioKey: 'panne.fr', decisions: answers(['un', 'non1']) }),
        ]),
      ],
    };
    const analysis = missedDecisions(cohort, catalog, scenarios);
    expect(analysis.decisions).toEqual([]);
    expect(analysis.compared).toBe(0);
    expect(analysis.excluded).toEqual([
      { scenarioKey: 'colis.fr', attempts: 1, reason: 'no-version' },
      { scenarioKey: 'colis.fr', attempts: 1, reason: 'other-version' },
      { scenarioKey: 'panne.fr', attempts: 1, reason: 'scenario-unavailable' },
    ]);
  });
});
