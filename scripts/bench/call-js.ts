// Figure 2: the JS a whole call really loads. A fresh browser context per scenario (empty cache) records
// every .js response from the first page load to the end of the call, debrief included; the distinct files
// are then read from the benchmark's copy of dist/ and gzipped.
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { newContext, openLibrary, playCall, scenarioTitles, showDebrief, startCall } from './app-driver';
import type { JsFile } from './first-screen';
import { gzipSize } from './gzip-size';

export interface CallJs {
  title: string;
  files: JsFile[];
  total: number;
  /** Scenario data fetched as JSON (content, not code): reported beside the JS, not in the JS budget. */
  data: JsFile[];
}

export async function listScenarios(browser: Browser, url: string): Promise<string[]> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await openLibrary(page, url);
    return await scenarioTitles(page);
  } finally {
    await context.close();
  }
}

/** Plays the `index`-th scenario of the library (titled `title`) in a fresh context. */
export async function measureCallJs(
  browser: Browser,
  url: string,
  dir: string,
  index: number,
  title: string,
): Promise<CallJs> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
    const fetchedData = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) fetched.add(path);
      if (path.endsWith('.json')) fetchedData.add(path);
    });
    await openLibrary(page, url);
    await startCall(page, index);
    await playCall(page);
    await showDebrief(page);
    const files = [...fetched].sort().map((path) => ({ url: path, gzip: gzipSize(join(dir, path)) }));
    const data = [...fetchedData].sort().map((path) => ({ url: path, gzip: gzipSize(join(dir, path)) }));
    return { title, files, total: files.reduce((sum, file) => sum + file.gzip, 0), data };
  } finally {
    await context.close();
  }
}
