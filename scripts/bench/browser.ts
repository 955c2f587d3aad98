// Launches Debian's Chromium headless with the same flags as the e2e tests (never a downloaded browser).
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium-options';

/** `exposeGc` adds --js-flags=--expose-gc (heap figures only). */
export function launchChromium({ exposeGc = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: exposeGc ? [...chromiumArgs, '--js-flags=--expose-gc'] : chromiumArgs,
  });
}
