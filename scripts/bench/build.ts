// Builds the app into the default dist/, then copies it aside so a rebuild by someone else mid-run cannot
// swap the files under the browser or the size count (hashed names change on every build).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuiltApp {
  /** Private copy of dist/ that the benchmark reads and serves. */
  dir: string;
  /** Removes the copy. */
  remove: () => void;
}

export function buildApp(root: string): BuiltApp {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync(
      process.execPath,
      [vite, 'build', '--configLoader', 'runner', '--logLevel', 'warn'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}${result.stdout}`);
    const dir = mkdtempSync(join(tmpdir(), 'decroche-bench-'));
    try {
      cpSync(join(root, 'dist'), dir, { recursive: true });
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      if (attempt < 3) continue; // another build emptied dist/ while it was copied: build again
      throw error;
    }
    if (existsSync(join(dir, 'index.html')))
      return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
    rmSync(dir, { recursive: true, force: true });
    if (attempt >= 3) throw new Error('dist/index.html is missing after the build');
  }
}
