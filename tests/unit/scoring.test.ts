import { describe, expect, it } from 'vitest';
import { replayCall } from '../../src/engine/call/call-state';
import { orderOptions } from '../../src/engine/call/option-order';
import { buildDebrief } from '../../src/engine/debrief/build-debrief';
import { fakeScenario } from '../support/fake-scenario-object';
import { TestCall } from '../support/test-call';

describe('scoring and debrief', () => {
  it('gives full marks to the best path', () => {
    const debrief = buildDebrief(replayCall(fakeScenario(), ['bonjour', 'conclure']));
    expect(debrief.score.competencies.find((c) => c.competency === 'directives-appel')?.percent).toBe(100);
    expect(debrief.ending?.outcome).toBe('success');
    expect(debrief.decisions.every((d) => d.better === undefined)).toBe(true);
  });

  it('scores a wrong answer at zero for its competency and names the better option', () => {
    const debrief = buildDebrief(replayCall(fakeScenario(), ['quoi', 'conclure']));
    const directives = debrief.score.competencies.find((c) => c.competency === 'directives-appel');
    // −2 from the tag, +2 from the kept closing rule, out of 2 + 2 possible.
    expect(directives).toMatchObject({ earned: 0, possible: 4, percent: 0 });
    expect(debrief.decisions[0]?.better?.id).toBe('bonjour');
    expect(debrief.score.overall).toBeLessThan(100);
  });

  it('lists the procedure findings of each answer and those made at the end', () => {
    const debrief = buildDebrief(replayCall(fakeScenario(), ['bonjour', 'conclure']));
    expect(debrief.decisions[1]?.findings.map((f) => f.rule)).toEqual([
      'recap-before-close',
      'proper-closing',
    ]);
    expect(debrief.decisions[1]?.competencies).toEqual(
      expect.arrayContaining(['structure-entretien', 'decrit-resultat', 'directives-appel']),
    );
  });

  it('moves the caller’s patience with the answers and keeps it within 0–10', () => {
    const withMood = (mood: number) => {
      const scenario = fakeScenario();
      const rude = scenario.steps['accueil']?.options.find((o) => o.id === 'quoi');
      if (rude) rude.mood = mood;
      return scenario;
    };
    new TestCall(withMood(-3)).expectPatience(5).choose('quoi').expectPatience(2).expectStep('question');
    new TestCall(withMood(-9)).choose('quoi').expectPatience(0);
    new TestCall(withMood(9)).choose('quoi').expectPatience(10);
  });

  it('ignores an option that is not on screen', () => {
    const call = new TestCall(fakeScenario());
    const before = call.state;
    expect(replayCall(fakeScenario(), ['conclure']).scenarioSnapshot.value).toBe('accueil');
    expect(call.state).toBe(before);
  });
});

describe('option order', () => {
  it('shuffles the same way for the same seed and step, and keeps every option', () => {
    const options = fakeScenario().steps['accueil']?.options ?? [];
    const once = orderOptions(options, 42, 'accueil').map((o) => o.id);
    expect(orderOptions(options, 42, 'accueil').map((o) => o.id)).toEqual(once);
    expect([...once].sort()).toEqual(options.map((o) => o.id).sort());
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => orderOptions(options, seed, 'accueil')[0]?.id),
    );
    expect(orders.size).toBe(2);
  });
});

describe('the verdict', () => {
  it('is the ending’s outcome when every rule was kept', () => {
    const debrief = buildDebrief(replayCall(fakeScenario(), ['bonjour', 'conclure']));
    expect(debrief).toMatchObject({ outcome: 'success', loweredByRules: false });
  });

  it('is only partial when the goal was reached but a rule was broken', () => {
    const scenario = fakeScenario();
    const closing = scenario.steps['question']?.options[0];
    if (closing) closing.acts = ['close']; // no recap any more
    const debrief = buildDebrief(replayCall(scenario, ['bonjour', 'conclure']));
    expect(debrief.ending?.outcome).toBe('success');
    expect(debrief).toMatchObject({ outcome: 'partial', loweredByRules: true });
  });
});

describe('evidence', () => {
  it('leaves out a competency that only an untaken wrong answer would have shown', () => {
    const scenario = fakeScenario();
    const wrong = scenario.steps['accueil']?.options[1];
    if (wrong) wrong.tags = [{ competency: 'adapte-langage', score: -2 }];
    const taken = buildDebrief(replayCall(scenario, ['bonjour', 'conclure']));
    expect(taken.score.competencies.map((c) => c.competency)).not.toContain('adapte-langage');
    const failed = buildDebrief(replayCall(scenario, ['quoi', 'conclure']));
    expect(failed.score.competencies.find((c) => c.competency === 'adapte-langage')).toMatchObject({
      percent: 0,
      earned: -2,
    });
  });
});
