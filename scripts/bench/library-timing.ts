// Figure 3: validate, compile and enumerate the whole scenario library in Node, median of several runs.
import { performance } from 'node:perf_hooks';
import { compileScenario, enumeratePaths, loadLibrary } from '../../src/engine/index';
import { readScenarioFiles } from '../read-scenario-files';
import { median } from './stats';

export interface LibraryTiming {
  validateMs: number;
  compileMs: number;
  enumerateMs: number;
  totalMs: number;
  scenarios: number;
  paths: number;
  problems: number;
  runs: number;
}

export function timeLibrary(root: string, runs = 5): LibraryTiming {
  // Reading the files is I/O, not part of the figure: read once, then time the three phases on each run.
  const files = readScenarioFiles(root);
  const samples: { validate: number; compile: number; enumerate: number; total: number }[] = [];
  let scenarios = 0;
  let paths = 0;
  let problems = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const library = loadLibrary(files);
    const t1 = performance.now();
    for (const scenario of library.scenarios) compileScenario(scenario);
    const t2 = performance.now();
    let count = 0;
    for (const scenario of library.scenarios) count += enumeratePaths(scenario).length;
    const t3 = performance.now();
    samples.push({ validate: t1 - t0, compile: t2 - t1, enumerate: t3 - t2, total: t3 - t0 });
    scenarios = library.scenarios.length;
    problems = library.problems.length;
    paths = count;
  }
  return {
    validateMs: median(samples.map((s) => s.validate)),
    compileMs: median(samples.map((s) => s.compile)),
    enumerateMs: median(samples.map((s) => s.enumerate)),
    totalMs: median(samples.map((s) => s.total)),
    scenarios,
    paths,
    problems,
    runs,
  };
}
