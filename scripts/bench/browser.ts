// Launches Debian's Chromium headless with the same flags as the e2e tests (never a downloaded browser).
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';

const baseArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** `exposeGc` adds --js-flags=--expose-gc (heap figures only). */
export function launchChromium({ exposeGc = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: exposeGc ? [...baseArgs, '--js-flags=--expose-gc'] : baseArgs,
  });
}
