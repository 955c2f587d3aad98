// Figure 4: answer click → next caller line painted, measured inside the page.
//
// How: a capture-phase `click` listener on window takes t0 = performance.now() when the click is dispatched
// (before the app's handler runs). A MutationObserver on the transcript (role="log") fires right after React
// commits the new line (same task: a discrete click renders synchronously), at tCommit. From there one
// requestAnimationFrame callback (tFrame, start of the rendering update that shows the line) posts a
// MessageChannel message, which runs only after that frame's style, layout and paint are done: tPainted.
//
// Two numbers per click:
//   - busy  = (tCommit − t0) + (tPainted − tFrame): main-thread time the app spends from the click to the
//             painted line, without the idle wait for the next vsync. This is the figure held to the 8 ms
//             budget: it is what the app controls, and it does not depend on where in the frame the click fell.
//   - wall  = tPainted − t0: what the trainee waits, including that vsync wait (0–16.7 ms at 60 Hz,
//             whatever the app does). Printed beside it for information.
// Event Timing (PerformanceEventTiming.duration) was not used: it is rounded to 8 ms, as coarse as the budget.
// A double rAF was not used either: its second callback comes a whole frame after the paint.
// Answers that end the call add no caller line to the transcript (the last words show in the end panel),
// so their samples are left out. At least 30 samples are asked for; 60 are collected to steady the p95.
import type { Browser, Page } from '@playwright/test';
import {
  buttonNames,
  callEnded,
  newContext,
  openLibrary,
  playCall,
  playQuery,
  replayFromDebrief,
  startCall,
  titleOf,
} from './app-driver';

export interface LatencySample {
  /** Click dispatch → React commit of the new line (handler, render, commit, effects). */
  handle: number;
  /** Start of the next frame → its style, layout and paint done. */
  render: number;
  /** handle + render. */
  busy: number;
  /** Click dispatch → painted, idle wait for the frame included. */
  wall: number;
}

interface Probe {
  armed: boolean;
  t0: number;
  result: LatencySample | undefined;
}

type ProbeWindow = Window & { __benchProbe?: Probe };

function installProbe(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as ProbeWindow;
    if (w.__benchProbe) return;
    const probe: Probe = { armed: false, t0: 0, result: undefined };
    w.__benchProbe = probe;
    window.addEventListener(
      'click',
      () => {
        if (!probe.armed) return;
        probe.armed = false;
        probe.t0 = performance.now();
        const log = document.querySelector('[role="log"]');
        if (!log) return;
        const observer = new MutationObserver(() => {
          const tCommit = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const tFrame = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const tPainted = performance.now();
              const handle = tCommit - probe.t0;
              const render = tPainted - tFrame;
              probe.result = { handle, render, busy: handle + render, wall: tPainted - probe.t0 };
              channel.port1.close();
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(log, { childList: true, subtree: true, characterData: true });
      },
      { capture: true },
    );
  });
}

async function measuredClick(page: Page, click: () => Promise<void>): Promise<LatencySample> {
  await page.evaluate(() => {
    const probe = (window as ProbeWindow).__benchProbe as Probe;
    probe.armed = true;
    probe.result = undefined;
  });
  await click();
  const handle = await page.waitForFunction(() => (window as ProbeWindow).__benchProbe?.result);
  const sample = (await handle.jsonValue()) as LatencySample;
  await handle.dispose();
  return sample;
}

export interface LatencyRun {
  samples: LatencySample[];
  calls: number;
  endingClicks: number;
  title: string;
}

/** Plays the first scenario again and again (from the debrief) until `minSamples` clicks are measured. */
export async function measureAnswerLatency(
  browser: Browser,
  url: string,
  minSamples = 60,
): Promise<LatencyRun> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await openLibrary(page, url);
    const title = titleOf((await buttonNames(page, playQuery))[0] ?? '');
    await installProbe(page);
    await startCall(page);
    const samples: LatencySample[] = [];
    let calls = 0;
    let endingClicks = 0;
    for (;;) {
      // Vary the answers from call to call so the samples cover more of the scenario's steps.
      const shift = calls;
      await playCall(page, {
        choose: (answer, count) => (answer + shift) % count,
        click: async (click) => {
          const sample = await measuredClick(page, click);
          if (await callEnded(page)) endingClicks++;
          else samples.push(sample);
        },
      });
      calls++;
      if (samples.length >= minSamples || calls >= 60) break;
      await replayFromDebrief(page);
    }
    return { samples, calls, endingClicks, title };
  } finally {
    await context.close();
  }
}
