import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../src/engine/scenario/load-library';

/** Reads every scenarios/<type>/*.yaml file, with its path relative to the project root. */
export function readScenarioFiles(root = process.cwd()): SourceFile[] {
  const base = join(root, 'scenarios');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = join(base, name);
      return { path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
    });
}
