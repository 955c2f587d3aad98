import { loadScenario } from '../../src/engine/scenario/load-scenario';
import type { Scenario } from '../../src/engine/scenario/types';
import { fakePath, fakeScenarioYaml } from './fake-scenario';

/** The fake scenario, loaded through the real loader (so tests use data exactly as the app gets it). */
export function fakeScenario(): Scenario {
  const result = loadScenario(fakePath(), fakeScenarioYaml());
  if (!result.ok) throw new Error('the fake scenario must be valid');
  return result.scenario;
}
