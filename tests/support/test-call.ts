import { expect } from 'vitest';
import {
  chooseOption,
  currentEnding,
  currentStepId,
  findingsOf,
  patienceOf,
  startCall,
} from '../../src/engine/call/call-state';
import type { CallState } from '../../src/engine/call/call-state';
import type { RuleId } from '../../src/engine/procedures/finding';
import type { Scenario } from '../../src/engine/scenario/types';

/** A chainable driver that reads like a transcript: call.choose('x').expectStep('y').expectBroken('rule'). */
export class TestCall {
  state: CallState;

  constructor(scenario: Scenario) {
    this.state = startCall(scenario);
  }

  choose(optionId: string): this {
    const before = this.state;
    this.state = chooseOption(this.state, optionId);
    expect(this.state, `option "${optionId}" is not available at step "${currentStepId(before)}"`).not.toBe(
      before,
    );
    return this;
  }

  expectStep(stepId: string): this {
    expect(currentStepId(this.state)).toBe(stepId);
    return this;
  }

  expectEnding(endingId: string): this {
    expect(currentEnding(this.state)?.id).toBe(endingId);
    return this;
  }

  expectPatience(value: number): this {
    expect(patienceOf(this.state)).toBe(value);
    return this;
  }

  expectKept(rule: RuleId): this {
    expect(this.findings(rule), `rule ${rule} kept`).toContain(true);
    expect(this.findings(rule)).not.toContain(false);
    return this;
  }

  expectBroken(rule: RuleId): this {
    expect(this.findings(rule), `rule ${rule} broken`).toContain(false);
    return this;
  }

  expectNotJudged(rule: RuleId): this {
    expect(this.findings(rule)).toEqual([]);
    return this;
  }

  private findings(rule: RuleId): boolean[] {
    return findingsOf(this.state)
      .filter((f) => f.rule === rule)
      .map((f) => f.ok);
  }
}
