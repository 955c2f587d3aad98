// Figure 8: how long the spelling worker takes to load each dictionary (fetch + nspell parse, timed inside
// the worker), and that the page stays responsive meanwhile: long tasks on the main thread (PerformanceObserver
// « longtask ») and the largest gap between 10 ms timer ticks while the worker works. Each language gets a
// fresh worker on a page that has the app loaded, as when a trainee starts typing a wrap-up note.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { newContext, openLibrary } from './app-driver';

export interface SpellingLoad {
  language: 'fr' | 'nl' | 'en';
  /** Fetch + parse, measured in the worker. */
  loadMs: number;
  /** From creating the worker to its « loaded » message, on the page's clock. */
  wallMs: number;
  /** Main-thread long tasks (> 50 ms) seen during the load. */
  longTasks: number;
  /** The longest of them, ms (0 when none). */
  maxLongTaskMs: number;
  /** The largest gap between two ticks of a 10 ms timer on the main thread, ms. */
  maxGapMs: number;
}

/** The built spelling worker's URL path (its name carries a content hash). */
export function workerPath(dir: string): string {
  const file = readdirSync(join(dir, 'assets')).find((name) => /^spell-worker-.*\.js$/.test(name));
  if (!file) throw new Error('no spell-worker-*.js in the build (is the wrap-up panel built?)');
  return `/assets/${file}`;
}

export async function measureSpellingLoad(
  browser: Browser,
  url: string,
  dir: string,
): Promise<SpellingLoad[]> {
  const path = workerPath(dir);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await openLibrary(page, url);
    const results: SpellingLoad[] = [];
    for (const language of ['en', 'nl', 'fr'] as const) {
      const measured = await page.evaluate(
        async ({ path, language }) => {
          const long: number[] = [];
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) long.push(entry.duration);
          });
          observer.observe({ type: 'longtask', buffered: false });
          let last = performance.now();
          let maxGap = 0;
          const timer = setInterval(() => {
            const now = performance.now();
            maxGap = Math.max(maxGap, now - last);
            last = now;
          }, 10);
          const started = performance.now();
          const worker = new Worker(path, { type: 'module' });
          try {
            const loadMs = await new Promise<number>((resolve, reject) => {
              worker.onmessage = ({ data }) => {
                if (data.type === 'loaded') resolve(data.ms);
                else if (data.type === 'error') reject(new Error(data.message));
              };
              worker.onerror = () => reject(new Error('the spelling worker failed to start'));
              worker.postMessage({ type: 'load', language });
            });
            return {
              loadMs,
              wallMs: performance.now() - started,
              longTasks: long.length,
              maxLongTaskMs: Math.max(0, ...long),
              maxGapMs: maxGap,
            };
          } finally {
            clearInterval(timer);
            observer.disconnect();
            worker.terminate();
          }
        },
        { path, language },
      );
      results.push({ language, ...measured });
    }
    return results;
  } finally {
    await context.close();
  }
}
