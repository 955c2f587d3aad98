// Figure 7: how long after a caller's line appears their voice starts. In the page, before any app code,
// AudioBufferSourceNode.start is wrapped to note when a clip longer than half a second starts (Howler
// plays through Web Audio; the tones are shorter), and a MutationObserver notes when a caller line is added
// to the transcript. Each voice start is paired with the nearest line: the session starts the clip while
// handling the click, often a few milliseconds before React adds the line, which counts as no delay.
import type { Browser } from '@playwright/test';
import { newContext, openLibrary, playCall, replayFromDebrief, startCall } from './app-driver';
import { percentile } from './stats';

function instrument() {
  const w = window as unknown as { __voice: { lines: number[]; starts: number[] } };
  w.__voice = { lines: [], starts: [] };
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
    if ((this.buffer?.duration ?? 0) > 0.5) w.__voice.starts.push(performance.now());
    return start.apply(this, args);
  };
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (
          node instanceof HTMLElement &&
          (node.matches('.line.caller') || node.querySelector?.('.line.caller'))
        )
          w.__voice.lines.push(performance.now());
  }).observe(document, { childList: true, subtree: true });
}

export interface VoiceLatency {
  samples: number[];
  p50: number;
  p95: number;
}

export async function measureVoiceLatency(browser: Browser, url: string, calls = 3): Promise<VoiceLatency> {
  const context = await newContext(browser);
  await context.addInitScript(instrument);
  try {
    const page = await context.newPage();
    await openLibrary(page, url);
    await startCall(page);
    for (let call = 0; call < calls; call++) {
      // Give each line a moment, as a trainee listening would, so its clip can start.
      await playCall(page, {
        click: async (click) => {
          await click();
          await page.waitForTimeout(400);
        },
      });
      if (call < calls - 1) await replayFromDebrief(page);
    }
    const { lines, starts } = await page.evaluate(
      () => (window as unknown as { __voice: { lines: number[]; starts: number[] } }).__voice,
    );
    const samples = starts.flatMap((at) => {
      const nearest = lines.reduce<number | undefined>(
        (best, l) => (best === undefined || Math.abs(l - at) < Math.abs(best - at) ? l : best),
        undefined,
      );
      return nearest === undefined || Math.abs(at - nearest) > 2000 ? [] : [Math.max(0, at - nearest)];
    });
    return { samples, p50: percentile(samples, 50), p95: percentile(samples, 95) };
  } finally {
    await context.close();
  }
}
