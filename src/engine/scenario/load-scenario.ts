import * as v from 'valibot';
import type { Problem } from './problem';
import { migrateScenario } from './migrate-scenario';
import { scenarioSchema } from './schema';
import { schemaProblems } from './schema-problems';
import { placementProblems, semanticProblems } from './semantic-checks';
import type { Scenario } from './types';
import { parseLocated } from './yaml-locations';

/** The result of reading one scenario file: the scenario, or every problem found in it. */
export type LoadResult =
  { ok: true; file: string; scenario: Scenario } | { ok: false; file: string; problems: Problem[] };

/** Parses, validates and checks one scenario file. Never throws: bad input becomes problems. */
export function loadScenario(file: string, text: string): LoadResult {
  const located = parseLocated(text);
  const yamlErrors = [...located.doc.errors];
  if (yamlErrors.length > 0) {
    return {
      ok: false,
      file,
      problems: yamlErrors.map((error) => {
        const { line, col: column } = located.lines.linePos(error.pos[0]);
        const duplicate = error.code === 'DUPLICATE_KEY';
        const message = duplicate
          ? 'duplicate key: each id may appear only once in a map'
          : `malformed YAML: ${firstLine(error.message)}`;
        return {
          file,
          line,
          column,
          path: '',
          code: duplicate ? ('duplicate-key' as const) : ('yaml-syntax' as const),
          message,
          params: { detail: firstLine(error.message) },
        } satisfies Problem;
      }),
    };
  }
  const parsed = v.safeParse(scenarioSchema, migrateScenario(located.doc.toJS()));
  if (!parsed.success) return { ok: false, file, problems: schemaProblems(file, located, parsed.issues) };
  const scenario = parsed.output as Scenario;
  const problems = [
    ...placementProblems(file, located, scenario),
    ...semanticProblems(file, located, scenario),
  ];
  return problems.length > 0 ? { ok: false, file, problems } : { ok: true, file, scenario };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
