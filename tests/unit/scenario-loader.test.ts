import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import { loadScenario } from '../../src/engine/scenario/load-scenario';
import type { Problem } from '../../src/engine/scenario/problem';
import { formatProblem } from '../../src/engine/scenario/problem';
import { fakePath, fakeScenarioYaml, lineOf } from '../support/fake-scenario';

const file = fakePath();

function problemsOf(text: string, path = file): Problem[] {
  const result = loadScenario(path, text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('loading one scenario file', () => {
  it('accepts a valid file', () => {
    const result = loadScenario(file, fakeScenarioYaml());
    expect(result.ok).toBe(true);
  });

  it('reports malformed YAML with its line', () => {
    const text = fakeScenarioYaml().replace('    emotion: neutral', '    emotion: [neutral');
    const [problem] = problemsOf(text);
    expect(problem?.code).toBe('yaml-syntax');
    expect(problem?.file).toBe(file);
    expect(problem?.line).toBeGreaterThanOrEqual(lineOf(text, 'emotion: [neutral'));
    expect(problem?.line).toBeLessThanOrEqual(lineOf(text, 'emotion: [neutral') + 3);
  });

  it('reports an unknown field at the line of the field, naming it', () => {
    const text = fakeScenarioYaml().replace(
      '    emotion: neutral',
      '    emotion: neutral\n    emotoin: calm',
    );
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      code: 'unknown-field',
      path: 'steps.accueil.emotoin',
      line: lineOf(text, 'emotoin'),
    });
    expect(formatProblem(problem as Problem)).toBe(
      `${file}:${lineOf(text, 'emotoin')}: steps.accueil.emotoin: unknown field "emotoin" (check the spelling; see scenarios/README.md)`,
    );
  });

  it('reports a missing field on the object that lacks it', () => {
    const text = fakeScenarioYaml().replace('  wants: Une réponse.\n', '');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      code: 'missing-field',
      path: 'persona.wants',
      line: lineOf(text, 'name: Jean Test'),
    });
  });

  it('reports a next that names no step, like a compiler', () => {
    const text = fakeScenarioYaml().replace('next: fin', 'next: fni');
    const problems = problemsOf(text);
    expect(problems.map(formatProblem)).toContain(
      `${file}:${lineOf(text, 'next: fni')}: steps.question.options[0].next: option "conclure" → next "fni": no such step or ending`,
    );
  });

  it('reports a step nobody can reach', () => {
    const text = fakeScenarioYaml().replace(
      'endings:',
      `  orpheline:\n    caller: Personne ne m'atteint.\n    emotion: neutral\n    options:\n      - { id: x, text: x, next: fin, acts: [close], rating: best, feedback: x }\nendings:`,
    );
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      code: 'unreachable-step',
      path: 'steps.orpheline',
      line: lineOf(text, 'orpheline:'),
    });
  });

  it('reports a step with no option as a dead end', () => {
    const text = fakeScenarioYaml().replace(
      / {4}options:\n {6}- id: conclure[\s\S]*?feedback: Récapitulatif et prise de congé.\n/,
      '    options: []\n',
    );
    const problems = problemsOf(text);
    expect(problems[0]).toMatchObject({ code: 'dead-end-step', path: 'steps.question.options' });
    expect(problems[0]?.line).toBe(lineOf(text, 'options: []'));
  });

  it('reports a loop from which no ending can be reached', () => {
    const text = fakeScenarioYaml().replace('next: fin', 'next: accueil');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.code)).toContain('dead-end-step');
    expect(problems.find((p) => p.code === 'dead-end-step')?.message).toMatch(/no ending can be reached/);
  });

  it('reports an unknown competency id with the catalogue to look in', () => {
    const text = fakeScenarioYaml().replace(
      'competency: directives-appel, score: 2',
      'competency: directive-appel, score: 2',
    );
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({ code: 'unknown-competency', line: lineOf(text, 'directive-appel') });
    expect(problem?.message).toContain('"directive-appel"');
  });

  it('reports an unknown act', () => {
    const text = fakeScenarioYaml().replace('acts: [recap, close]', 'acts: [recap, say-goodbye]');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      code: 'unknown-act',
      path: 'steps.question.options[0].acts[1]',
      line: lineOf(text, 'say-goodbye'),
    });
  });

  it('reports duplicate option ids', () => {
    const text = fakeScenarioYaml().replace('id: quoi', 'id: bonjour');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      code: 'duplicate-id',
      line: lineOf(text, 'id: bonjour', 'Accueil complet'),
    });
    expect(problem?.message).toContain('"bonjour"');
  });

  it('reports a step written twice (duplicate YAML key) with its line', () => {
    const text = fakeScenarioYaml().replace(
      'endings:',
      `  question:\n    emotion: calm\n    options: []\nendings:`,
    );
    const [problem] = problemsOf(text);
    expect(problem?.code).toBe('duplicate-key');
    expect(problem?.line).toBe(lineOf(text, '  question:', 'Récapitulatif'));
  });

  it('reports a value outside the allowed range with what was expected', () => {
    const text = fakeScenarioYaml().replace('patience: 5', 'patience: 12');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      code: 'invalid-value',
      path: 'persona.patience',
      line: lineOf(text, 'patience: 12'),
    });
    expect(problem?.message).toContain('<=10');
  });

  it('reports a file stored under the wrong call type folder', () => {
    const [problem] = problemsOf(fakeScenarioYaml(), 'scenarios/helpdesk/faux-appel.fr.yaml');
    expect(problem).toMatchObject({ code: 'id-mismatch', path: 'callType' });
  });

  it('rejects a schema version it does not know', () => {
    const [problem] = problemsOf(fakeScenarioYaml().replace('schemaVersion: 1', 'schemaVersion: 7'));
    expect(problem).toMatchObject({ code: 'unsupported-version', line: 1 });
  });
});

describe('loading the library', () => {
  it('keeps every good file when one file is broken', () => {
    const library = loadLibrary([
      { path: fakePath('inbound', 'bon-appel'), text: fakeScenarioYaml('inbound', 'bon-appel') },
      { path: fakePath('helpdesk', 'casse'), text: 'schemaVersion: 1\nid: [casse' },
      { path: fakePath('emergency', 'autre'), text: fakeScenarioYaml('emergency', 'autre') },
    ]);
    expect(library.scenarios.map((s) => s.id)).toEqual(['autre', 'bon-appel']);
    expect(library.problems).toHaveLength(1);
    expect(library.problems[0]?.file).toBe('scenarios/helpdesk/casse.fr.yaml');
  });

  it('rejects a second scenario with the same id and language', () => {
    const library = loadLibrary([
      { path: 'scenarios/inbound/double.fr.yaml', text: fakeScenarioYaml('inbound', 'double') },
      { path: 'x/scenarios/inbound/double.fr.yaml', text: fakeScenarioYaml('inbound', 'double') },
    ]);
    expect(library.scenarios).toHaveLength(1);
    expect(library.problems[0]).toMatchObject({
      code: 'duplicate-id',
      file: 'x/scenarios/inbound/double.fr.yaml',
    });
  });
});
