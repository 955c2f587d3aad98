// Figure 5: first interactive control after a cold load. Each run gets a new browser context (empty HTTP
// cache, no storage). Before any app code runs, an init script watches the document with a
// MutationObserver; the first time a « Jouer … » button is in the DOM and enabled it stores
// performance.now(), which counts from the navigation start (the page's time origin). Unlike a polling
// waitForFunction, the observer fires in the same task as React's commit, so there is no polling delay.
// The time its frame is painted (rAF, then a posted message) is kept too, for information.
import type { Browser } from '@playwright/test';
import { newContext } from './app-driver';
import { median } from './stats';

interface Marks {
  ready?: number;
  painted?: number;
}

type MarksWindow = Window & { __benchFirstPlay?: Marks };

export interface FirstInteractive {
  readyMs: number;
  paintedMs: number;
  runs: number[];
}

export async function measureFirstInteractive(
  browser: Browser,
  url: string,
  runs = 5,
): Promise<FirstInteractive> {
  const ready: number[] = [];
  const painted: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await newContext(browser);
    try {
      await context.addInitScript(() => {
        const w = window as MarksWindow;
        const marks: Marks = {};
        w.__benchFirstPlay = marks;
        const observer = new MutationObserver(() => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => !b.disabled && (b.getAttribute('aria-label') ?? b.textContent ?? '').startsWith('Jouer'),
          );
          if (!button) return;
          marks.ready = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              marks.painted = performance.now();
              channel.port1.close();
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      });
      const page = await context.newPage();
      await page.goto(url);
      const handle = await page.waitForFunction(
        () => (window as MarksWindow).__benchFirstPlay?.painted !== undefined,
      );
      await handle.dispose();
      const marks = await page.evaluate(() => (window as MarksWindow).__benchFirstPlay as Marks);
      ready.push(marks.ready as number);
      painted.push(marks.painted as number);
    } finally {
      await context.close();
    }
  }
  return { readyMs: median(ready), paintedMs: median(painted), runs: ready };
}
