import type { Problem } from './problem';
import { loadScenario } from './load-scenario';
import type { Scenario } from './types';

/** A scenario file's path and text. */
export interface SourceFile {
  /** Path relative to the project root. */
  path: string;
  /** File contents. */
  text: string;
}

/** The playable scenarios and, separately, the problems of the files that could not be read. */
export interface Library {
  /** Scenarios that passed every check. */
  scenarios: Scenario[];
  /** Problems of the files left out; one broken file never hides the others. */
  problems: Problem[];
}

export function loadLibrary(files: readonly SourceFile[]): Library {
  const scenarios: Scenario[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const result = loadScenario(file.path, file.text);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const key = `${result.scenario.id}.${result.scenario.language}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        file: file.path,
        path: 'id',
        code: 'duplicate-id',
        message: `scenario id "${result.scenario.id}" (${result.scenario.language}) is already used by ${earlier}`,
        params: { id: result.scenario.id, file: earlier },
      });
      continue;
    }
    seen.set(key, file.path);
    scenarios.push(result.scenario);
  }
  return { scenarios, problems };
}
