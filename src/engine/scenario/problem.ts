/** What kind of problem a scenario file has; the UI translates each code. */
export type ProblemCode =
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'unknown-field'
  | 'missing-field'
  | 'invalid-value'
  | 'unknown-competency'
  | 'unknown-act'
  | 'unsupported-version'
  | 'missing-target'
  | 'unreachable-step'
  | 'dead-end-step'
  | 'duplicate-id'
  | 'id-mismatch';

/** One problem found in a scenario file, precise enough for an author to fix it. */
export interface Problem {
  /** The file, relative to the project (e.g. scenarios/helpdesk/vpn.yaml). */
  file: string;
  /** 1-based line, when the place is known. */
  line?: number;
  /** 1-based column, when the place is known. */
  column?: number;
  /** Path inside the document, e.g. steps.accueil.options[2].next. */
  path: string;
  /** What kind of problem. */
  code: ProblemCode;
  /** English sentence saying what was found and what was expected (the UI shows a translated one). */
  message: string;
  /** Values the translated message fills in. */
  params: Record<string, string>;
}

/** Formats a problem the way compilers do: `file:line: path: message`. */
export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const where = problem.path ? `${problem.path}: ` : '';
  return `${place}: ${where}${problem.message}`;
}
