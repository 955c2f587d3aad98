import { describe, expect, it } from 'vitest';
import { coverageMatrix } from '../../src/engine/analysis/coverage';
import { parityProblems } from '../../src/engine/analysis/translation-parity';
import { callTypes, levels } from '../../src/engine/call-types';
import { lintFacts } from '../../src/engine/facts/fact-lint';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import { readScenarioFiles } from '../../scripts/read-scenario-files';

const scenarios = loadLibrary(readScenarioFiles()).scenarios;
const french = scenarios.filter((s) => s.language === 'fr');

describe('the library as a whole', () => {
  it('has at least 24 French calls: 6 inbound, 6 outbound (4 sales, 2 surveys), 6 helpdesk, 6 emergency', () => {
    const count = (predicate: (callType: string) => boolean) =>
      french.filter((s) => predicate(s.callType)).length;
    expect(french.length).toBeGreaterThanOrEqual(24);
    expect(count((t) => t === 'inbound')).toBeGreaterThanOrEqual(6);
    expect(count((t) => t === 'outbound-sales')).toBeGreaterThanOrEqual(4);
    expect(count((t) => t === 'outbound-survey')).toBeGreaterThanOrEqual(2);
    expect(count((t) => t === 'helpdesk')).toBeGreaterThanOrEqual(6);
    expect(count((t) => t === 'emergency')).toBeGreaterThanOrEqual(6);
  });

  it('offers every level in every call type', () => {
    for (const family of [['inbound'], ['outbound-sales', 'outbound-survey'], ['helpdesk'], ['emergency']]) {
      for (const level of levels) {
        expect(
          french.some((s) => family.includes(s.callType) && s.level === level),
          `${family.join('+')} ${level}`,
        ).toBe(true);
      }
    }
    expect(callTypes).toHaveLength(5);
  });

  it('gives avancé calls at least 16 steps and every call at least 10 steps and 3 outcomes', () => {
    for (const scenario of french) {
      const steps = Object.keys(scenario.steps).length;
      expect(steps, scenario.id).toBeGreaterThanOrEqual(scenario.level === 'avance' ? 16 : 10);
      expect(new Set(Object.values(scenario.endings).map((e) => e.outcome)).size, scenario.id).toBe(3);
    }
  });

  it('assesses every assessable competency of the profile in at least 2 scenarios', () => {
    const thin = coverageMatrix(scenarios).filter((row) => row.scenarioIds.length < 2);
    expect(thin.map((row) => `${row.competency}: ${row.scenarioIds.join(', ') || 'none'}`)).toEqual([]);
  });
});

describe('translations', () => {
  it('exist in Dutch and English for every débutant call', () => {
    for (const scenario of french.filter((s) => s.level === 'debutant')) {
      for (const language of ['nl', 'en'] as const) {
        expect(
          scenarios.some((s) => s.id === scenario.id && s.language === language),
          `${scenario.id}.${language}`,
        ).toBe(true);
      }
    }
  });

  it('share every step, option and ending id with the French original', () => {
    const problems = scenarios
      .filter((s) => s.language !== 'fr')
      .flatMap((translation) => {
        const original = french.find((s) => s.id === translation.id);
        return original
          ? parityProblems(original, translation)
          : [`${translation.id}.${translation.language}: no French original`];
      });
    expect(problems).toEqual([]);
  });
});

describe('facts', () => {
  it('finds no statement known to be wrong in any scenario, in any language', () => {
    const problems = scenarios
      .flatMap(lintFacts)
      .map((p) => `${p.scenario} ${p.path} (${p.rule}): ${p.text}`);
    expect(problems).toEqual([]);
  });
});
