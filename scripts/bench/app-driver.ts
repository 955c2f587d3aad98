// Drives the app the way a trainee does, by roles and accessible names only (the UI roles are stable;
// scenario titles and texts are not): library → « Jouer » → pick up → answers → debrief → replay.
// Buttons are found in the page (page-driver.ts) and clicked with real mouse input (page.mouse).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { installPageDriver } from './page-driver';
import type { ButtonQuery, DriverWindow } from './page-driver';

/** Accessible names of the French interface (the default language). */
export const names = {
  playPrefix: 'Jouer « ',
  pickUp: ['Décrocher', 'Lancer l’appel', "Lancer l'appel"],
  answers: 'Vos réponses',
  hangUp: 'Raccrocher',
  showDebrief: 'Voir le débriefing',
  replay: 'Rejouer cet appel',
  handoverTo: 'Service qui reprend l’appel',
  handoverSummary: 'Résumé de transmission',
  handOver: 'Transférer avec ce résumé',
};

export const playQuery: ButtonQuery = { prefix: names.playPrefix };
const answersQuery: ButtonQuery = { region: names.answers };

/**
 * A fresh browser context: empty cache and storage. tsx compiles these scripts with esbuild's keepNames,
 * which wraps named functions in `__name(...)`; functions sent to the page carry those calls, so the page
 * gets an identity `__name` first, then the driver, both before any app code.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'fr-BE' });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installPageDriver);
  context.setDefaultTimeout(15_000);
  return context;
}

/** Waits for a matching button, then clicks its centre with the mouse. */
export async function clickButton(page: Page, query: ButtonQuery): Promise<void> {
  const handle = await page.waitForFunction((q) => (window as DriverWindow).__benchDriver?.point(q), query);
  const point = (await handle.jsonValue()) as { x: number; y: number };
  await handle.dispose();
  await page.mouse.click(point.x, point.y);
}

export async function waitForButton(page: Page, query: ButtonQuery): Promise<void> {
  const handle = await page.waitForFunction(
    (q) => ((window as DriverWindow).__benchDriver?.names(q).length ?? 0) > 0,
    query,
  );
  await handle.dispose();
}

export function buttonNames(page: Page, query: ButtonQuery): Promise<string[]> {
  return page.evaluate((q) => (window as DriverWindow).__benchDriver?.names(q) ?? [], query);
}

export async function openLibrary(page: Page, url: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url);
  await waitForButton(page, playQuery);
}

/** Titles of the playable scenarios, read from the « Jouer « <title> » » buttons. */
export async function scenarioTitles(page: Page): Promise<string[]> {
  return (await buttonNames(page, playQuery)).map(titleOf);
}

export function titleOf(playName: string): string {
  return playName.slice(names.playPrefix.length).replace(/ »$/, '');
}

/** From the library: the `index`-th « Jouer » button (in page order), then pick up. */
export async function startCall(page: Page, index = 0): Promise<void> {
  await clickButton(page, { ...playQuery, index });
  await pickUp(page);
}

export async function pickUp(page: Page): Promise<void> {
  await clickButton(page, { names: names.pickUp });
  await waitForButton(page, answersQuery);
}

/** Text length of the transcript (role="log"): it grows with every answer, including the last one. */
export function transcriptLength(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('[role="log"]')?.textContent?.length ?? 0);
}

/** Waits until the transcript grows, or a transfer asks for its handover first. */
async function waitForTranscriptChange(page: Page, before: number): Promise<void> {
  const handle = await page.waitForFunction(
    (length) =>
      (document.querySelector('[role="log"]')?.textContent?.length ?? 0) !== length ||
      document.querySelector('section.handover') !== null,
    before,
  );
  await handle.dispose();
}

/** A transfer or escalation was chosen: pick the first service, write a summary, send it. */
async function handOverIfAsked(page: Page): Promise<void> {
  if ((await page.locator('section.handover').count()) === 0) return;
  const service = page.getByLabel(names.handoverTo);
  if ((await service.evaluate((el) => el.tagName)) === 'SELECT') await service.selectOption({ index: 1 });
  else await service.fill('Deuxième ligne');
  await page.getByLabel(names.handoverSummary).fill('Résumé : qui appelle, pourquoi, ce qui a été fait.');
  const before = await transcriptLength(page);
  await clickButton(page, { names: [names.handOver] });
  await waitForTranscriptChange(page, before);
}

/** Waits until either answers or « Voir le débriefing » are shown; true when the call is over. */
export async function callEnded(page: Page): Promise<boolean> {
  const handle = await page.waitForFunction(
    ({ answers, ended }) => {
      const driver = (window as DriverWindow).__benchDriver;
      if (driver?.names(ended).length) return 'ended';
      if (driver?.names(answers).length) return 'answering';
      return undefined;
    },
    { answers: answersQuery, ended: { names: [names.showDebrief] } },
  );
  const state = await handle.jsonValue();
  await handle.dispose();
  return state === 'ended';
}

export interface PlayOptions {
  /** Which answer to click: index among `count` answers at the `answer`-th step of the call. */
  choose?: (answer: number, count: number) => number;
  /** Clicks one answer (`click` does the clicking); defaults to clicking and waiting for the transcript. */
  click?: (click: () => Promise<void>, answer: number) => Promise<void>;
  /** Safety net for scenarios with loops: hang up after this many answers. */
  maxAnswers?: number;
}

/** Plays the call on screen to its end; returns the number of answers given. */
export async function playCall(page: Page, options: PlayOptions = {}): Promise<number> {
  const { choose = () => 0, maxAnswers = 60 } = options;
  const clickAnswer =
    options.click ??
    (async (click: () => Promise<void>) => {
      const before = await transcriptLength(page);
      await click();
      await waitForTranscriptChange(page, before);
    });
  let answers = 0;
  while (!(await callEnded(page))) {
    if (answers >= maxAnswers) {
      await clickButton(page, { names: [names.hangUp] });
      continue;
    }
    const count = (await buttonNames(page, answersQuery)).length;
    const index = Math.min(count - 1, choose(answers, count));
    await clickAnswer(() => clickButton(page, { ...answersQuery, index }), answers);
    await handOverIfAsked(page);
    answers++;
  }
  return answers;
}

/** After the call: « Voir le débriefing » (unless the debrief is already shown), then it is shown. */
export async function showDebrief(page: Page): Promise<void> {
  if ((await buttonNames(page, { names: [names.replay] })).length === 0)
    await clickButton(page, { names: [names.showDebrief] });
  await waitForButton(page, { names: [names.replay] });
}

/** After the call: to the debrief, « Rejouer cet appel », and pick up again. */
export async function replayFromDebrief(page: Page): Promise<void> {
  await showDebrief(page);
  await clickButton(page, { names: [names.replay] });
  await pickUp(page);
}
