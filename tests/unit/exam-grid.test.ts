import { describe, expect, it } from 'vitest';
import { gradeExam } from '../../src/engine/progress/exam-grid';
import { fakeScenario } from '../support/fake-scenario-object';

const scored = (competencies: [string, number][]) => ({
  overall: 0,
  competencies: competencies.map(([competency, percent]) => ({
    competency,
    percent,
    earned: 0,
    possible: 1,
  })),
});

describe('the exam grid', () => {
  it('passes when the weighted mean reaches 60 and no eliminatory criterion fails', () => {
    const result = gradeExam(
      fakeScenario(),
      scored([
        ['structure-entretien', 50],
        ['adapte-langage', 90],
        ['laisse-parler', 80],
      ]),
    );
    // structure-entretien is targeted by the fake scenario: weight 2 → (100 + 90 + 80) / 4 = 67.5
    expect(result.weighted).toBe(68);
    expect(result.passed).toBe(true);
    expect(result.lines.find((l) => l.competency === 'structure-entretien')).toMatchObject({
      weight: 2,
      passed: false,
    });
  });

  it('fails on an eliminatory criterion whatever the mean', () => {
    const result = gradeExam(
      fakeScenario(),
      scored([
        ['secret-professionnel', 40],
        ['adapte-langage', 100],
        ['laisse-parler', 100],
      ]),
    );
    expect(result.weighted).toBeGreaterThanOrEqual(60);
    expect(result.passed).toBe(false);
  });

  it('fails below the threshold', () => {
    expect(gradeExam(fakeScenario(), scored([['adapte-langage', 30]])).passed).toBe(false);
  });
});
