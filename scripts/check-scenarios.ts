// Validates, compiles and enumerates every scenario; prints problems like a compiler. Exit 1 on any problem.
import {
  enumeratePaths,
  formatProblem,
  replayCall,
  scoreCall,
  choicesOf,
  findingsOf,
} from '../src/engine/index';
import { readScenarioFiles } from './read-scenario-files';

const library = await import('../src/engine/scenario/load-library').then((m) =>
  m.loadLibrary(readScenarioFiles()),
);
for (const problem of library.problems) console.error(formatProblem(problem));
let bad = library.problems.length > 0;
for (const scenario of library.scenarios) {
  const paths = enumeratePaths(scenario);
  const stuck = paths.filter((p) => !p.endingId);
  const outcomes = new Set(paths.map((p) => (p.endingId ? scenario.endings[p.endingId]?.outcome : 'stuck')));
  const scores = paths.map((p) => {
    const state = replayCall(scenario, p.optionIds);
    return scoreCall(scenario, choicesOf(state), findingsOf(state)).overall;
  });
  const steps = Object.keys(scenario.steps).length;
  console.log(
    `${scenario.callType}/${scenario.id}.${scenario.language}: ${steps} steps, ${Object.keys(scenario.endings).length} endings, ` +
      `${paths.length} paths (${[...outcomes].join(', ')}), scores ${Math.min(...scores)}–${Math.max(...scores)}`,
  );
  if (stuck.length > 0) {
    bad = true;
    console.error(`  ${stuck.length} path(s) stop before an ending`);
  }
}
process.exit(bad ? 1 : 0);
