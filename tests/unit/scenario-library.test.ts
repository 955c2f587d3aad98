import { describe, expect, it } from 'vitest';
import { alternativesAt, enumeratePaths } from '../../src/engine/analysis/enumerate-paths';
import { replayPaths } from '../../src/engine/analysis/replay-paths';
import { choicesOf, findingsOf, replayCall } from '../../src/engine/call/call-state';
import { findCompetency } from '../../src/engine/competencies/catalogue';
import { formatProblem } from '../../src/engine/scenario/problem';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import { scoreCall } from '../../src/engine/scoring/score-call';
import { callTypes } from '../../src/engine/call-types';
import { readScenarioFiles } from '../../scripts/read-scenario-files';

const files = readScenarioFiles();
const library = loadLibrary(files);

/** A deterministic pseudo-random choice, so a failure can be replayed. */
function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length] as T;
}

describe('the shipped scenario library', () => {
  it('has no file with a problem', () => {
    expect(library.problems.map(formatProblem)).toEqual([]);
    expect(library.scenarios).toHaveLength(files.length);
  });

  it('has at least one call of each type among inbound, outbound sales, helpdesk and emergency', () => {
    const types = new Set(library.scenarios.map((s) => s.callType));
    for (const type of callTypes.filter((t) => t !== 'outbound-survey')) expect(types).toContain(type);
  });
});

describe.each(library.scenarios.map((s) => [`${s.callType}/${s.id}.${s.language}`, s] as const))(
  '%s',
  (_, scenario) => {
    const paths = enumeratePaths(scenario);

    it('has at least 8 steps and 2 distinct outcomes', () => {
      expect(Object.keys(scenario.steps).length).toBeGreaterThanOrEqual(8);
      const outcomes = new Set(
        paths.map((p) => (p.endingId ? scenario.endings[p.endingId]?.outcome : undefined)),
      );
      expect(outcomes.size).toBeGreaterThanOrEqual(2);
    });

    it('ends every path in an ending', () => {
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.filter((p) => !p.endingId).map((p) => p.nodes.join(' → '))).toEqual([]);
    });

    it('reaches every step, every ending and every option on some path', () => {
      const visited = new Set(paths.flatMap((p) => p.nodes));
      for (const id of [...Object.keys(scenario.steps), ...Object.keys(scenario.endings)])
        expect(visited, id).toContain(id);
      const chosenOrInterchangeable = new Set(paths.flatMap((p) => alternativesAt(scenario, p).flat()));
      for (const step of Object.values(scenario.steps))
        for (const option of step.options) expect(chosenOrInterchangeable, option.id).toContain(option.id);
    });

    it('keeps every competency score between 0 and 100 on every path, whichever equivalent option is taken', () => {
      const routes = paths.flatMap((path, pathIndex) => {
        const alternatives = alternativesAt(scenario, path);
        return [0, 1].map((variant) =>
          alternatives.map((options, i) => pick(options, pathIndex + variant * (i + 1))),
        );
      });
      replayPaths(scenario, routes).forEach((state, index) => {
        expect(choicesOf(state)).toHaveLength(routes[index]?.length ?? -1);
        const score = scoreCall(scenario, choicesOf(state), findingsOf(state));
        expect(score.overall).toBeGreaterThanOrEqual(0);
        expect(score.overall).toBeLessThanOrEqual(100);
        for (const c of score.competencies) {
          expect(c.percent).toBeGreaterThanOrEqual(0);
          expect(c.percent).toBeLessThanOrEqual(100);
          expect(findCompetency(c.competency)?.callTypes).toContain(scenario.callType);
        }
      });
    });

    it('has a best path that keeps every procedure rule it meets and ends well', () => {
      // Follow the first best-rated answer at each step, whatever order the author wrote them in.
      const optionIds: string[] = [];
      let node = scenario.start;
      while (scenario.steps[node] && optionIds.length < 100) {
        const best = scenario.steps[node]?.options.find((o) => o.rating === 'best');
        expect(best, `step ${node} has a best option`).toBeDefined();
        optionIds.push(best?.id ?? '');
        node = best?.next ?? '';
      }
      const state = replayCall(scenario, optionIds);
      expect(findingsOf(state).filter((f) => !f.ok)).toEqual([]);
      expect(scenario.endings[node]?.outcome).toBe('success');
    });

    it('targets only competencies that its call type can assess', () => {
      for (const id of scenario.competencies)
        expect(findCompetency(id)?.callTypes, id).toContain(scenario.callType);
    });
  },
);
