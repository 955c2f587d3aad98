/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenarioLibrary } from './scripts/scenario-library-plugin';

export default defineConfig({
  plugins: [react(), scenarioLibrary()],
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
