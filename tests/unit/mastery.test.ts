import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/engine/progress/attempt';
import {
  masteryBand,
  masteryByCompetency,
  masteryOf,
  scoredAttempts,
  strongestAndWeakest,
  weakestFirst,
} from '../../src/engine/progress/mastery';
import type { RecommendableScenario } from '../../src/engine/progress/recommend';
import { levelForMastery, recommendNext, scenarioIdOf } from '../../src/engine/progress/recommend';

const day = 86_400_000;
let counter = 0;

/** An ended attempt on day `onDay`, with the given result per competency. */
function ended(
  scenarioKey: string,
  onDay: number,
  results: Record<string, number>,
  extra: Partial<Attempt> = {},
): Attempt {
  counter += 1;
  return {
    id: `a${counter}`,
    profileId: 'p1',
    scenarioKey,
    mode: 'practice',
    seed: 1,
    startedAt: onDay * day,
    endedAt: onDay * day + 120_000,
    status: 'ended',
    decisions: [],
    outcome: 'success',
    overall: 70,
    competencies: Object.entries(results).map(([competency, percent]) => ({ competency, percent })),
    ...extra,
  };
}

function scenario(
  id: string,
  level: RecommendableScenario['level'],
  competencies: string[],
  language: RecommendableScenario['language'] = 'fr',
): RecommendableScenario {
  return { key: `${id}.${language}`, id, language, level, competencies };
}

describe('the mastery rule', () => {
  it('is the mean of the last three results, rounded', () => {
    expect(masteryOf([10, 20, 60, 70, 80])).toBe(70);
    expect(masteryOf([33, 34, 34])).toBe(34);
  });

  it('averages fewer results at the start', () => {
    expect(masteryOf([40])).toBe(40);
    expect(masteryOf([40, 61])).toBe(51);
  });

  it('follows each competency over time, one point per ended call, in the order the calls ended', () => {
    const attempts = [
      ended('b.fr', 3, { ecoute: 80 }),
      ended('a.fr', 1, { ecoute: 20, accueil: 50 }),
      ended('a.fr', 2, { ecoute: 50 }),
      ended('a.fr', 4, { ecoute: 100 }),
    ];
    const ecoute = masteryByCompetency(attempts).find((m) => m.competency === 'ecoute');
    const end = (onDay: number) => onDay * day + 120_000;
    expect(ecoute?.points.map((p) => [p.at, p.percent, p.mastery])).toEqual([
      [end(1), 20, 20],
      [end(2), 50, 35],
      [end(3), 80, 50],
      [end(4), 100, 77],
    ]);
    expect(ecoute).toMatchObject({ mastery: 77, best: 100, latest: 100 });
  });

  it('leaves out abandoned and unfinished calls', () => {
    const attempts: Attempt[] = [
      ended('a.fr', 1, { ecoute: 60 }),
      { ...ended('a.fr', 2, { ecoute: 0 }), status: 'abandoned' },
      { ...ended('a.fr', 3, { ecoute: 0 }), status: 'in-progress' },
    ];
    expect(scoredAttempts(attempts)).toHaveLength(1);
    expect(masteryByCompetency(attempts)).toEqual([
      expect.objectContaining({ competency: 'ecoute', mastery: 60 }),
    ]);
  });

  it('counts practice and exam calls alike', () => {
    const attempts = [ended('a.fr', 1, { ecoute: 40 }), ended('a.fr', 2, { ecoute: 80 }, { mode: 'exam' })];
    expect(masteryByCompetency(attempts)[0]?.mastery).toBe(60);
  });

  it('puts a mastery in the band to work on below 50, in progress below 80, reached from 80', () => {
    expect([0, 49, 50, 79, 80, 100].map(masteryBand)).toEqual([
      'to-work',
      'to-work',
      'in-progress',
      'in-progress',
      'reached',
      'reached',
    ]);
  });
});

describe('strongest and weakest competencies', () => {
  const attempts = [
    ended('a.fr', 1, { ecoute: 90, accueil: 40, cloture: 70, once: 0 }),
    ended('a.fr', 2, { ecoute: 100, accueil: 20, cloture: 60, once2: 100 }),
    ended('a.fr', 3, { empathie: 50 }),
    ended('a.fr', 4, { empathie: 60 }),
  ];
  const masteries = masteryByCompetency(attempts);

  it('rank only competencies with at least two results', () => {
    const { strongest, weakest } = strongestAndWeakest(masteries);
    const named = [...strongest, ...weakest].map((m) => m.competency);
    expect(named).not.toContain('once');
    expect(named).not.toContain('once2');
  });

  it('give the strongest best first and the weakest weakest first, never the same competency twice', () => {
    const { strongest, weakest } = strongestAndWeakest(masteries);
    expect(strongest.map((m) => m.competency)).toEqual(['ecoute', 'cloture']);
    expect(weakest.map((m) => m.competency)).toEqual(['accueil', 'empathie']);
  });

  it('stop at the number asked for', () => {
    const { strongest, weakest } = strongestAndWeakest(masteries, 1);
    expect(strongest.map((m) => m.competency)).toEqual(['ecoute']);
    expect(weakest.map((m) => m.competency)).toEqual(['accueil']);
  });

  it('are empty before any competency has two results', () => {
    expect(strongestAndWeakest(masteryByCompetency([ended('a.fr', 1, { ecoute: 10 })]))).toEqual({
      strongest: [],
      weakest: [],
    });
  });

  it('put ranked competencies before those with a single result when choosing what to work on', () => {
    expect(weakestFirst(masteries).map((m) => m.competency)).toEqual([
      'accueil',
      'empathie',
      'cloture',
      'ecoute',
      'once',
      'once2',
    ]);
  });
});

describe('the next call advised', () => {
  it('asks for a beginner call below 50, intermediate below 80, advanced from 80', () => {
    expect([0, 49, 50, 79, 80, 100].map(levelForMastery)).toEqual([
      'debutant',
      'debutant',
      'intermediaire',
      'intermediaire',
      'avance',
      'avance',
    ]);
  });

  it('trains the weakest competency at the level its mastery asks for', () => {
    const attempts = [
      ended('x.fr', 1, { ecoute: 90, accueil: 60 }),
      ended('x.fr', 2, { ecoute: 90, accueil: 70 }),
    ];
    const scenarios = [
      scenario('ecoute-facile', 'debutant', ['ecoute']),
      scenario('accueil-facile', 'debutant', ['accueil']),
      scenario('accueil-moyen', 'intermediaire', ['accueil', 'ecoute']),
      scenario('accueil-dur', 'avance', ['accueil']),
    ];
    const next = recommendNext({
      masteries: masteryByCompetency(attempts),
      scenarios,
      attempts,
      language: 'fr',
    });
    expect(next).toMatchObject({
      reason: 'weakest',
      competency: 'accueil',
      mastery: 65,
      wantedLevel: 'intermediaire',
    });
    expect(next?.scenario.key).toBe('accueil-moyen.fr');
  });

  it('falls back to the nearest level when none exists at the level asked for', () => {
    const attempts = [ended('x.fr', 1, { accueil: 95 }), ended('x.fr', 2, { accueil: 85 })];
    const scenarios = [
      scenario('accueil-facile', 'debutant', ['accueil']),
      scenario('accueil-moyen', 'intermediaire', ['accueil']),
    ];
    const next = recommendNext({
      masteries: masteryByCompetency(attempts),
      scenarios,
      attempts,
      language: 'fr',
    });
    expect(next).toMatchObject({ wantedLevel: 'avance' });
    expect(next?.scenario.key).toBe('accueil-moyen.fr');
  });

  it('takes the easier level when two levels are equally near', () => {
    const attempts = [ended('x.fr', 1, { accueil: 60 }), ended('x.fr', 2, { accueil: 60 })];
    const scenarios = [
      scenario('accueil-dur', 'avance', ['accueil']),
      scenario('accueil-facile', 'debutant', ['accueil']),
    ];
    const next = recommendNext({
      masteries: masteryByCompetency(attempts),
      scenarios,
      attempts,
      language: 'fr',
    });
    expect(next?.scenario.key).toBe('accueil-facile.fr');
  });

  it('prefers a call not played recently among those of the right level', () => {
    const attempts = [
      ended('accueil-un.fr', 1, { accueil: 20 }),
      ended('accueil-deux.fr', 2, { accueil: 30 }),
      ended('accueil-un.nl', 3, { accueil: 10 }),
    ];
    const scenarios = [
      scenario('accueil-un', 'debutant', ['accueil']),
      scenario('accueil-deux', 'debutant', ['accueil']),
      scenario('accueil-trois', 'debutant', ['accueil']),
    ];
    const masteries = masteryByCompetency(attempts);
    expect(recommendNext({ masteries, scenarios, attempts, language: 'fr' })?.scenario.id).toBe(
      'accueil-trois',
    );
    // Without a never-played one, the one played longest ago (any language counts as played).
    const played = scenarios.slice(0, 2);
    expect(recommendNext({ masteries, scenarios: played, attempts, language: 'fr' })?.scenario.id).toBe(
      'accueil-deux',
    );
  });

  it('gives the version in the trainee’s call language when it exists, else the French one', () => {
    const attempts = [ended('x.fr', 1, { accueil: 20 }), ended('x.fr', 2, { accueil: 20 })];
    const scenarios = [
      scenario('traduit', 'debutant', ['accueil'], 'fr'),
      scenario('traduit', 'debutant', ['accueil'], 'nl'),
      scenario('francais', 'debutant', ['accueil'], 'fr'),
    ];
    const masteries = masteryByCompetency(attempts);
    expect(recommendNext({ masteries, scenarios, attempts, language: 'nl' })?.scenario.key).toBe(
      'traduit.nl',
    );
    const onlyFrench = [scenarios[2] as RecommendableScenario];
    expect(recommendNext({ masteries, scenarios: onlyFrench, attempts, language: 'nl' })?.scenario.key).toBe(
      'francais.fr',
    );
  });

  it('moves on to the next weakest competency when no call trains the weakest one', () => {
    const attempts = [
      ended('x.fr', 1, { orpheline: 0, accueil: 40 }),
      ended('x.fr', 2, { orpheline: 0, accueil: 40 }),
    ];
    const scenarios = [scenario('accueil', 'debutant', ['accueil'])];
    const next = recommendNext({
      masteries: masteryByCompetency(attempts),
      scenarios,
      attempts,
      language: 'fr',
    });
    expect(next).toMatchObject({ competency: 'accueil', scenario: { id: 'accueil' } });
  });

  it('advises a beginner call before any result, and nothing when the library is empty', () => {
    const scenarios = [scenario('dur', 'avance', ['a']), scenario('facile', 'debutant', ['b'])];
    expect(recommendNext({ masteries: [], scenarios, attempts: [], language: 'fr' })).toMatchObject({
      reason: 'first',
      wantedLevel: 'debutant',
      scenario: { id: 'facile' },
    });
    expect(recommendNext({ masteries: [], scenarios: [], attempts: [], language: 'fr' })).toBeUndefined();
  });

  it('reads the scenario id out of an attempt’s key', () => {
    expect(scenarioIdOf('colis-en-retard.fr')).toBe('colis-en-retard');
    expect(scenarioIdOf('sans-langue')).toBe('sans-langue');
  });
});
