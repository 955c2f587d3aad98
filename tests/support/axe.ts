import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on a rendered component; jsdom cannot compute colours, so contrast is left to the e2e run. */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
