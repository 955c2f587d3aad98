import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseOption,
  choicesOf,
  currentStep,
  findingsOf,
  patienceOf,
  replayCall,
  startCall,
} from '../../src/engine/call/call-state';
import type { CallState } from '../../src/engine/call/call-state';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import { readScenarioFiles } from '../../scripts/read-scenario-files';

const scenarios = loadLibrary(readScenarioFiles()).scenarios.filter((s) => s.language === 'fr');

/** Everything a trainee can observe of a call. */
const observable = (state: CallState) => ({
  at: state.scenarioSnapshot.value,
  patience: patienceOf(state),
  choices: choicesOf(state),
  findings: findingsOf(state),
});

describe('resuming a call', () => {
  it('gives the same state as playing on, whatever answers were given and wherever the reload came', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (scenarioIndex, picks, reloadAt) => {
          const scenario = scenarios[scenarioIndex];
          if (!scenario) return;
          // Play live, picking among the answers on screen.
          let live = startCall(scenario);
          for (const pick of picks) {
            const step = currentStep(live);
            if (!step) break;
            live = chooseOption(live, step.options[pick % step.options.length]?.id ?? '');
          }
          // Store the answers as the app does (JSON), reload at some point, resume, then go on live.
          const stored: string[] = JSON.parse(JSON.stringify(choicesOf(live).map((c) => c.optionId)));
          const cut = reloadAt % (stored.length + 1);
          let resumed = replayCall(scenario, stored.slice(0, cut));
          for (const optionId of stored.slice(cut)) resumed = chooseOption(resumed, optionId);
          expect(observable(resumed)).toEqual(observable(live));
        },
      ),
      { numRuns: 300 },
    );
  });
});
