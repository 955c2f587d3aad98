import type { Plugin } from 'vite';
import { findCompetency } from '../src/engine/competencies/catalogue';
import { formatProblem } from '../src/engine/scenario/problem';
import { loadLibrary } from '../src/engine/scenario/load-library';
import type { Library } from '../src/engine/scenario/load-library';
import type { Scenario } from '../src/engine/scenario/types';
import type { LibraryIndex } from '../src/library/library-index';
import { readScenarioFiles } from './read-scenario-files';
import { scenarioVersion } from './scenario-version';

const moduleId = 'virtual:scenario-library';
const folder = 'scenarios';

/** What the scenario list needs; the full scenario is fetched only when a call starts. */
function summaryOf(scenario: Scenario) {
  const { id, language, title, callType, level, summary, competencies, persona, company } = scenario;
  return {
    key: `${id}.${language}`,
    id,
    language,
    title,
    callType,
    level,
    summary,
    competencies,
    caller: persona.name,
    company: company.name,
    version: scenarioVersion(scenario),
  };
}

/** Every data file the app fetches: the index, and one JSON file per scenario. */
function dataFiles(library: Library): Map<string, string> {
  const targeted = new Set(library.scenarios.flatMap((s) => s.competencies));
  const competencyLabels = Object.fromEntries(
    [...targeted].map((id) => [id, findCompetency(id)?.label ?? id]),
  );
  const index: LibraryIndex = {
    scenarios: library.scenarios.map(summaryOf),
    problems: library.problems,
    competencyLabels,
  };
  const files = new Map([[`${folder}/index.json`, JSON.stringify(index)]]);
  for (const scenario of library.scenarios)
    files.set(
      `${folder}/${scenario.id}.${scenario.language}.json`,
      JSON.stringify({ ...scenario, version: scenarioVersion(scenario) }),
    );
  return files;
}

/**
 * Validates and compiles scenarios/ at build time. Scenarios are content, so the app gets them as JSON data
 * fetched from its own origin (no YAML parser, no schema library, no scenario text inside the JS): a small
 * index for the list and one file per call. Broken files are reported in the build log and shipped as
 * problems in the index, so the app lists them and still plays the others.
 */
export function scenarioLibrary(root = process.cwd()): Plugin {
  let library: Library | undefined;
  let base = '/';
  const load = () => (library ??= loadLibrary(readScenarioFiles(root)));
  return {
    name: 'decroche-scenario-library',
    resolveId(id) {
      return id === moduleId ? `\0${moduleId}` : undefined;
    },
    load(id) {
      if (id !== `\0${moduleId}`) return undefined;
      return `export const scenarioDataFolder = ${JSON.stringify(`${folder}/`)};`;
    },
    transformIndexHtml() {
      // Start downloading the list's index alongside the JS instead of after it.
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            href: `${base}${folder}/index.json`,
            as: 'fetch',
            crossorigin: 'anonymous',
          },
          injectTo: 'head',
        },
      ];
    },
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      library = undefined;
      for (const problem of load().problems) this.warn(formatProblem(problem));
    },
    generateBundle() {
      for (const [fileName, source] of dataFiles(load())) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const body = path.startsWith(`${folder}/`) ? dataFiles(load()).get(path) : undefined;
        if (body === undefined) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(body);
      });
      server.watcher.on('change', (file) => {
        if (!file.includes(`/${folder}/`)) return;
        library = undefined;
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
