import type * as v from 'valibot';
import type { Problem, ProblemCode } from './problem';
import { locate, locateKey } from './yaml-locations';
import type { LocatedDocument } from './yaml-locations';

type Issue = v.BaseIssue<unknown>;

/** Turns valibot's issues into problems an author can act on: a place, and what was expected there. */
export function schemaProblems(file: string, located: LocatedDocument, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((item) => item.key as string | number);
    const pathText = formatPath(path);
    const { code, message, params } = describe(issue, path);
    const place = code === 'unknown-field' ? locateKey(located, path) : locate(located, path);
    return { file, ...(place ?? {}), path: pathText, code, message, params: { ...params, path: pathText } };
  });
}

function describe(
  issue: Issue,
  path: readonly (string | number)[],
): { code: ProblemCode; message: string; params: Record<string, string> } {
  const last = String(path[path.length - 1] ?? '');
  const parent = String(path[path.length - 2] ?? '');
  const received = issue.received;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return {
      code: 'unknown-field',
      message: `unknown field "${last}" (check the spelling; see scenarios/README.md)`,
      params: { field: last },
    };
  }
  if (received === 'undefined') {
    return { code: 'missing-field', message: `missing field "${last}"`, params: { field: last } };
  }
  if (last === 'schemaVersion' || (path.length === 1 && path[0] === 'schemaVersion')) {
    return {
      code: 'unsupported-version',
      message: `schemaVersion ${received} is not supported (expected 1 or 2)`,
      params: { value: received },
    };
  }
  if (issue.type === 'picklist' && (last === 'competency' || parent === 'competencies')) {
    return {
      code: 'unknown-competency',
      message: `unknown competency id ${received} (see the catalogue in src/engine/competencies/catalogue.ts)`,
      params: { value: received },
    };
  }
  if (issue.type === 'picklist' && parent === 'acts') {
    return {
      code: 'unknown-act',
      message: `unknown act ${received} (see the vocabulary in src/engine/acts.ts)`,
      params: { value: received },
    };
  }
  if (issue.type === 'min_length' && last === 'options') {
    return { code: 'dead-end-step', message: 'a step needs at least one option (a way out)', params: {} };
  }
  const custom = !issue.message.startsWith('Invalid');
  const expected = custom ? issue.message : (issue.expected ?? 'another value');
  return {
    code: 'invalid-value',
    message: `expected ${expected}, got ${received}`,
    params: { expected, value: received },
  };
}

/** steps.accueil.options[2].next, the way authors read a YAML path. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}
