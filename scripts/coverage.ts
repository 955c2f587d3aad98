// Prints the competency × scenario matrix: which scenarios assess each assessable competency of the profile.
import { coverageMatrix } from '../src/engine/analysis/coverage';
import { loadLibrary } from '../src/engine/scenario/load-library';
import { readScenarioFiles } from './read-scenario-files';

const library = loadLibrary(readScenarioFiles());
const ids = [...new Set(library.scenarios.map((s) => s.id))].sort();
const rows = coverageMatrix(library.scenarios);
const width = Math.max(...rows.map((r) => r.competency.length));
console.log(`${''.padEnd(width)}  n  ${ids.map((_, i) => String(i + 1).padStart(2)).join(' ')}`);
for (const row of rows) {
  const marks = ids.map((id) => (row.scenarioIds.includes(id) ? ' ■' : ' ·')).join(' ');
  const flag = row.scenarioIds.length < 2 ? '  ← fewer than 2' : '';
  console.log(
    `${row.competency.padEnd(width)} ${String(row.scenarioIds.length).padStart(2)}  ${marks}${flag}`,
  );
}
console.log('\nScenarios:');
ids.forEach((id, i) => console.log(`${String(i + 1).padStart(2)}. ${id}`));
const missing = rows.filter((r) => r.scenarioIds.length < 2).length;
console.log(`\n${rows.length} assessable competencies, ${missing} assessed by fewer than 2 scenarios.`);
