import validate from 'xapi-validation';

interface Warning {
  path: string[];
  message: string;
  typeName?: unknown;
  type?: unknown;
}

const nameOf = (value: unknown) => (typeof value === 'function' ? value.name : String(value));

/**
 * Every problem Learning Locker's validator (an independent, conformance-tested implementation of the
 * xAPI 1.0.3 statement rules) finds in a statement, as `path: expected` lines; empty when it is valid.
 */
export function statementProblems(statement: unknown): string[] {
  // The package is CommonJS with a `default` export: depending on the loader it arrives wrapped once more.
  const check = (
    typeof validate === 'function' ? validate : (validate as { default: typeof validate }).default
  ) as (data: unknown) => Warning[];
  return check(statement).map(
    (warning) => `${warning.path.join('.')}: ${nameOf(warning.typeName ?? warning.type ?? warning.message)}`,
  );
}
