import type { Plugin } from 'vite';
import { formatProblem } from '../src/engine/scenario/problem';
import { loadLibrary } from '../src/engine/scenario/load-library';
import type { Library } from '../src/engine/scenario/load-library';
import type { Scenario } from '../src/engine/scenario/types';
import { readScenarioFiles } from './read-scenario-files';

const indexId = 'virtual:scenario-library';
const scenarioPrefix = 'virtual:scenario/';

/** What the scenario list needs; the full scenario is loaded only when a call starts. */
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
  };
}

/**
 * Validates and compiles scenarios/ at build time. The trainee's bundle gets JSON (no YAML parser, no
 * schema library): a small index for the list, and one lazily loaded chunk per scenario. Broken files are
 * reported in the build log and shipped as problems, so the app lists them and still plays the others.
 */
export function scenarioLibrary(root = process.cwd()): Plugin {
  let library: Library | undefined;
  const load = () => (library ??= loadLibrary(readScenarioFiles(root)));
  return {
    name: 'decroche-scenario-library',
    resolveId(id) {
      return id === indexId || id.startsWith(scenarioPrefix) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:scenario')) return undefined;
      const { scenarios, problems } = load();
      if (id === `\0${indexId}`) {
        for (const problem of problems) this.warn(formatProblem(problem));
        const loaders = scenarios
          .map(
            (s) =>
              `  ${JSON.stringify(`${s.id}.${s.language}`)}: () => import(${JSON.stringify(`${scenarioPrefix}${s.id}.${s.language}`)}),`,
          )
          .join('\n');
        return [
          `export const scenarioIndex = ${JSON.stringify(scenarios.map(summaryOf))};`,
          `export const libraryProblems = ${JSON.stringify(problems)};`,
          `const loaders = {\n${loaders}\n};`,
          `export function loadScenarioData(key) { const load = loaders[key]; return load ? load().then((m) => m.default) : Promise.reject(new Error('unknown scenario ' + key)); }`,
        ].join('\n');
      }
      const key = id.slice(`\0${scenarioPrefix}`.length);
      const scenario = scenarios.find((s) => `${s.id}.${s.language}` === key);
      return `export default ${JSON.stringify(scenario ?? null)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.includes('/scenarios/')) return;
      library = undefined;
      for (const module of server.moduleGraph.idToModuleMap.values()) {
        if (module.id?.startsWith('\0virtual:scenario')) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
    },
  };
}
