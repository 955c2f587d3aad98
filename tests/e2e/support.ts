import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { isOutbound } from '../../src/engine/call-types';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import type { Scenario } from '../../src/engine/scenario/types';
import { readScenarioFiles } from '../../scripts/read-scenario-files';

/** The shipped scenarios, read from the same files the build compiles. */
export const shippedScenarios: Scenario[] = loadLibrary(readScenarioFiles()).scenarios;

/** Option ids of a route that takes the first answer of the given rating at each step, if there is one. */
export function routeOf(
  scenario: Scenario,
  prefer: (options: Scenario['steps'][string]['options']) => string,
): string[] {
  const route: string[] = [];
  let node = scenario.start;
  while (scenario.steps[node] && route.length < 100) {
    const options = scenario.steps[node]?.options ?? [];
    const id = prefer(options);
    route.push(id);
    node = options.find((o) => o.id === id)?.next ?? '';
  }
  return route;
}

export const bestRoute = (scenario: Scenario) =>
  routeOf(scenario, (options) => (options.find((o) => o.rating === 'best') ?? options[0])?.id ?? '');

/** Playwright normalises white space in accessible names; so do we. */
export const spoken = (text: string) => text.replace(/\s+/g, ' ').trim();

export function optionText(scenario: Scenario, optionId: string): string {
  for (const step of Object.values(scenario.steps)) {
    const option = step.options.find((o) => o.id === optionId);
    if (option) return spoken(option.text);
  }
  throw new Error(`no option ${optionId}`);
}

export async function openCall(page: Page, scenario: Scenario): Promise<void> {
  await page.getByLabel('Langue des appels').selectOption(scenario.language);
  await page.getByRole('button', { name: `Jouer « ${spoken(scenario.title)} »` }).click();
  await page
    .getByRole('button', { name: isOutbound(scenario.callType) ? 'Lancer l’appel' : 'Décrocher' })
    .click();
}

/** Answers by clicking the button whose accessible name is the option's text. */
export async function answer(page: Page, scenario: Scenario, optionId: string): Promise<void> {
  const answers = page.getByRole('region', { name: 'Vos réponses' });
  await answers.getByRole('button', { name: optionText(scenario, optionId), exact: true }).click();
}

export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) => `${screenName}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}
