import { describe, expect, it } from 'vitest';
import { scenarioVersion } from '../../scripts/scenario-version';
import { shippedLibrary } from '../support/serve-library';

describe('scenario versions', () => {
  const scenario = shippedLibrary.scenarios[0];
  if (!scenario) throw new Error('no scenario');

  it('are short content hashes, the same for the same content', () => {
    expect(scenarioVersion(scenario)).toMatch(/^[0-9a-f]{12}$/);
    expect(scenarioVersion(structuredClone(scenario))).toBe(scenarioVersion(scenario));
  });

  it('change with any edit of the scenario, and differ between scenarios', () => {
    const edited = structuredClone(scenario);
    const step = edited.steps[edited.start];
    if (step?.options[0]) step.options[0].rating = step.options[0].rating === 'best' ? 'weak' : 'best';
    expect(scenarioVersion(edited)).not.toBe(scenarioVersion(scenario));
    const versions = new Set(shippedLibrary.scenarios.map(scenarioVersion));
    expect(versions.size).toBe(shippedLibrary.scenarios.length);
  });
});
