// Drives the app the way a trainee does, through roles and accessible names only (the UI roles are stable;
// scenario titles and texts are not): library → « Jouer » → pick up → answers → debrief → replay.
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

/** Accessible names of the French interface (the default language). */
export const names = {
  play: /^Jouer « /,
  pickUp: /^(Décrocher|Lancer l[’']appel)$/,
  answers: 'Vos réponses',
  hangUp: 'Raccrocher',
  showDebrief: 'Voir le débriefing',
  replay: 'Rejouer cet appel',
};

/**
 * A fresh browser context: empty cache and storage. tsx compiles these scripts with esbuild's keepNames,
 * which wraps named functions in `__name(...)`; functions passed to page.evaluate run in the page, so the
 * page gets an identity `__name` first (one line, before any app code).
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'fr-BE' });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  context.setDefaultTimeout(15_000);
  return context;
}

export function playButtons(page: Page): Locator {
  return page.getByRole('button', { name: names.play });
}

export async function openLibrary(page: Page, url: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(url);
  await playButtons(page).first().waitFor();
}

/** Titles of the playable scenarios, read from the « Jouer « <title> » » buttons. */
export async function scenarioTitles(page: Page): Promise<string[]> {
  const labels = await playButtons(page).evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent ?? ''),
  );
  return labels.map((label) => label.replace(/^Jouer « /, '').replace(/ »$/, ''));
}

/** From the library: « Jouer » on the scenario (the first one when no title is given), then pick up. */
export async function startCall(page: Page, title?: string): Promise<void> {
  const play =
    title === undefined
      ? playButtons(page).first()
      : page.getByRole('button', { name: `Jouer « ${title} »`, exact: true });
  await play.click();
  await pickUp(page);
}

export async function pickUp(page: Page): Promise<void> {
  await page.getByRole('button', { name: names.pickUp }).click();
  await answerButtons(page).first().waitFor();
}

export function answerButtons(page: Page): Locator {
  return page.getByRole('region', { name: names.answers }).getByRole('button');
}

/** Text length of the transcript (role="log"): it grows with every answer, including the last one. */
export function transcriptLength(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('[role="log"]')?.textContent?.length ?? 0);
}

export async function waitForTranscriptChange(page: Page, before: number): Promise<void> {
  await page.waitForFunction(
    (length) => (document.querySelector('[role="log"]')?.textContent?.length ?? 0) !== length,
    before,
  );
}

/** True once the call is over (the « Voir le débriefing » button is shown). */
export async function callEnded(page: Page): Promise<boolean> {
  const debrief = page.getByRole('button', { name: names.showDebrief });
  const answers = answerButtons(page).first();
  await debrief.or(answers).first().waitFor();
  return debrief.isVisible();
}

export interface PlayOptions {
  /** Which answer to click: index among `count` answers at the `answer`-th step of the call. */
  choose?: (answer: number, count: number) => number;
  /** Clicks one answer; defaults to a plain click that waits for the transcript to change. */
  click?: (button: Locator, answer: number) => Promise<void>;
  /** Safety net for scenarios with loops: hang up after this many answers. */
  maxAnswers?: number;
}

/** Plays the call on screen to its end; returns the number of answers given. */
export async function playCall(page: Page, options: PlayOptions = {}): Promise<number> {
  const { choose = () => 0, maxAnswers = 60 } = options;
  const click =
    options.click ??
    (async (button: Locator) => {
      const before = await transcriptLength(page);
      await button.click();
      await waitForTranscriptChange(page, before);
    });
  let answers = 0;
  while (!(await callEnded(page))) {
    if (answers >= maxAnswers) {
      await page.getByRole('button', { name: names.hangUp }).click();
      continue;
    }
    const buttons = answerButtons(page);
    const count = await buttons.count();
    await click(buttons.nth(Math.min(count - 1, choose(answers, count))), answers);
    answers++;
  }
  return answers;
}

/** After the call: « Voir le débriefing », then « Rejouer cet appel » and pick up again. */
export async function replayFromDebrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: names.showDebrief }).click();
  await page.getByRole('button', { name: names.replay }).click();
  await pickUp(page);
}
