// Figure 6: JS heap after 30 answers, then after each of 5 more plays of the same call. Before every reading
// the garbage collector runs (CDP HeapProfiler.collectGarbage, twice, so that objects freed by finalisers
// go too), then Runtime.getHeapUsage gives the bytes in use. Same scenario, same answers each time (always
// the first), each reading taken on the debrief screen after three warm-up calls, so the readings differ
// only by what leaks.
import type { Browser, Page } from '@playwright/test';
import { newContext, openLibrary, playCall, replayFromDebrief, showDebrief, startCall } from './app-driver';

export interface HeapRun {
  /** Bytes in use after the first 30 answers. */
  after30: number;
  /**
   * Bytes in use in an empty page driven the same way: V8's own context plus the scripts Playwright injects
   * to drive a page (≈ 0.65 MB of source in two worlds). The app's share is after30 − this.
   */
  emptyPage: number;
  /** Bytes in use on the debrief screen after each repeated call. */
  repeated: number[];
  answersPerCall: number;
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

export async function measureHeap(
  browser: Browser,
  url: string,
  answers = 30,
  repeats = Number(process.env.REPEATS ?? 5),
  warmups = 3,
): Promise<HeapRun> {
  const context = await newContext(browser);
  try {
    const blank = await context.newPage();
    await blank.goto('about:blank');
    // The same kinds of calls the driver makes (main world and utility world), then the reading.
    await blank.evaluate(() => document.title);
    await (await blank.waitForFunction(() => true)).dispose();
    await blank.mouse.click(1, 1);
    const emptyPage = await usedHeap(blank);
    await blank.close();
    const page = await context.newPage();
    await openLibrary(page, url);
    await startCall(page);
    // Play until 30 answers have been given, replaying the call as often as needed; read the heap there.
    let given = 0;
    for (;;) {
      const remaining = answers - given;
      const played = await playCall(page, { maxAnswers: remaining });
      given += Math.min(played, remaining);
      if (given >= answers) break;
      await replayFromDebrief(page);
    }
    const after30 = await usedHeap(page);
    // V8 keeps compiling hot functions for the first few calls (baseline and optimised code live in the JS
    // heap too); warm-up calls let the readings below show what the app itself keeps, call after call.
    for (let run = 0; run < warmups; run++) {
      await replayFromDebrief(page);
      await playCall(page);
      await showDebrief(page);
    }
    const repeated: number[] = [];
    let answersPerCall = 0;
    for (let run = 0; run < repeats; run++) {
      await replayFromDebrief(page);
      const played = await playCall(page);
      answersPerCall = Math.max(answersPerCall, played);
      await showDebrief(page);
      repeated.push(await usedHeap(page));
    }
    return { after30, emptyPage, repeated, answersPerCall };
  } finally {
    await context.close();
  }
}
