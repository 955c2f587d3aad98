import { describe, expect, it } from 'vitest';
import { answerLimitOf } from '../../src/engine/timing/answer-limit';
import { compareHandleTime } from '../../src/engine/timing/handle-time';
import { fakeScenario } from '../support/fake-scenario-object';

describe('the time allowed for an answer', () => {
  it('is none when the scenario sets no clock', () => {
    const scenario = fakeScenario();
    expect(answerLimitOf(scenario, scenario.start)).toBeUndefined();
  });

  it('is the scenario’s, unless the step sets its own', () => {
    const scenario = fakeScenario();
    scenario.timing = { answerLimit: 25 };
    const [first, second] = Object.keys(scenario.steps);
    expect(answerLimitOf(scenario, first)).toBe(25);
    scenario.steps[second!]!.timeLimit = 10;
    expect(answerLimitOf(scenario, second)).toBe(10);
    expect(answerLimitOf(scenario, undefined)).toBeUndefined();
  });
});

describe('handle time against its target', () => {
  const parts = { talkMs: 200_000, holdMs: 30_000, afterCallMs: 70_000 };

  it('adds talk, hold and after-call work', () => {
    expect(compareHandleTime(parts, undefined)).toEqual({
      totalMs: 300_000,
      targetMs: undefined,
      verdict: undefined,
    });
  });

  it('is within the target at or under it, over up to half again, far over beyond', () => {
    expect(compareHandleTime(parts, 300).verdict).toBe('within');
    expect(compareHandleTime(parts, 299).verdict).toBe('over');
    expect(compareHandleTime(parts, 200).verdict).toBe('over');
    expect(compareHandleTime(parts, 199).verdict).toBe('far-over');
  });
});
