// Validates, compiles and enumerates every scenario, lints known-wrong facts and checks that translations
// match their French original. Prints problems like a compiler; exit 1 on any problem.
import {
  choicesOf,
  enumeratePaths,
  findingsOf,
  formatProblem,
  loadLibrary,
  replayCall,
  scoreCall,
} from '../src/engine/index';
import { parityProblems } from '../src/engine/analysis/translation-parity';
import { lintFacts } from '../src/engine/facts/fact-lint';
import { readScenarioFiles } from './read-scenario-files';

const only = process.argv[2];
const library = loadLibrary(readScenarioFiles());
const problems: string[] = library.problems.map(formatProblem);

for (const scenario of library.scenarios) {
  const key = `${scenario.callType}/${scenario.id}.${scenario.language}`;
  if (only && !key.includes(only)) continue;
  const paths = enumeratePaths(scenario);
  const outcomes = new Set(paths.map((p) => (p.endingId ? scenario.endings[p.endingId]?.outcome : 'stuck')));
  const scores = paths.map((p) => {
    const state = replayCall(scenario, p.optionIds);
    return scoreCall(scenario, choicesOf(state), findingsOf(state)).overall;
  });
  console.log(
    `${key}: ${scenario.level}, ${Object.keys(scenario.steps).length} steps, ${Object.keys(scenario.endings).length} endings, ` +
      `${paths.length} paths (${[...outcomes].join(', ')}), scores ${Math.min(...scores)}–${Math.max(...scores)}`,
  );
  const stuck = paths.filter((p) => !p.endingId).length;
  if (stuck > 0) problems.push(`${key}: ${stuck} path(s) stop before an ending`);
  for (const fact of lintFacts(scenario))
    problems.push(`${key}: ${fact.path}: wrong fact (${fact.rule}): ${fact.fact}\n    « ${fact.text} »`);
  if (scenario.language !== 'fr') {
    const original = library.scenarios.find((s) => s.id === scenario.id && s.language === 'fr');
    if (!original) problems.push(`${key}: no French original ${scenario.id}.fr.yaml`);
    else problems.push(...parityProblems(original, scenario));
  }
}
for (const problem of problems) console.error(problem);
process.exit(problems.length > 0 ? 1 : 0);
