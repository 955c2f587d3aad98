import { existsSync, readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { AppFiles } from '../src/engine/scorm/package-plan';
import { appFilesName } from '../src/engine/scorm/package-plan';

/** Every file under a folder, as '/'-separated paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, `${entry.parentPath}${sep}${entry.name}`).split(sep).join('/'))
    .sort();
}

/**
 * Emits app-files.json, the list of the built app's own files. The trainer's browser reads it to package
 * the app (for an LMS) from its own origin: it cannot list a server's folders, and hashed file names change
 * with every build.
 */
export function appFiles(): Plugin {
  let publicDir: string | false = false;
  return {
    name: 'decroche-app-files',
    apply: 'build',
    // After Vite's own plugins: the page (index.html) is in the bundle by then.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir === '' ? false : config.publicDir;
    },
    generateBundle(_options, bundle) {
      const list: AppFiles = {
        version: 1,
        shell: 'index.html',
        files: Object.keys(bundle)
          .filter((file) => file !== appFilesName)
          .sort(),
        public: publicDir && existsSync(publicDir) ? filesUnder(publicDir) : [],
      };
      this.emitFile({ type: 'asset', fileName: appFilesName, source: JSON.stringify(list) });
    },
  };
}
