/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenarioLibrary } from './scripts/scenario-library-plugin';
import { appFiles } from './scripts/app-files-plugin';

export default defineConfig({
  // Relative URLs: the same build runs at a site's root and inside an LMS, which serves a SCORM package
  // from some deep path of its own.
  base: './',
  plugins: [react(), scenarioLibrary(), appFiles()],
  resolve: {
    alias: [
      // React 19 has useSyncExternalStore built in: @xstate/react's shim for React < 18 is dead weight.
      {
        find: /^use-sync-external-store\/shim\/with-selector$/,
        replacement: 'use-sync-external-store/with-selector',
      },
      { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
      // Howler's core build: the spatial-audio plugin (3D panning) is not used.
      { find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' },
    ],
  },
  build: { target: 'es2022', reportCompressedSize: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Path enumeration over the whole library is real work; timings are measured by `npm run bench`, not here.
    testTimeout: 60_000,
  },
});
