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

function findOption(scenario: Scenario, optionId: string) {
  for (const step of Object.values(scenario.steps)) {
    const option = step.options.find((o) => o.id === optionId);
    if (option) return option;
  }
  throw new Error(`no option ${optionId}`);
}

/**
 * Answers by clicking the button whose accessible name is the option's text; a transfer or an escalation
 * then gets its handover, written as a careful agent would (the right service, the key facts).
 */
export async function answer(page: Page, scenario: Scenario, optionId: string): Promise<void> {
  const answers = page.getByRole('region', { name: 'Vos réponses' });
  await answers.getByRole('button', { name: optionText(scenario, optionId), exact: true }).click();
  const option = findOption(scenario, optionId);
  if (!option.acts.includes('transfer') && !option.acts.includes('escalate')) return;
  await handOver(page, scenario, option.handover?.to, option.handover?.facts ?? []);
}

/** Fills and sends the handover panel. */
export async function handOver(
  page: Page,
  scenario: Scenario,
  to: string | undefined,
  facts: readonly string[],
) {
  const panel = page.getByRole('region', { name: /Passer l’appel/ });
  const service = to ?? scenario.company.services?.[0] ?? 'Deuxième ligne';
  const field = panel.getByLabel('Service qui reprend l’appel');
  if (scenario.company.services?.length) await field.selectOption({ label: service });
  else await field.fill(service);
  await panel
    .getByLabel('Résumé de transmission')
    .fill(`${scenario.persona.name} : ${facts.join(', ') || 'voir le ticket'}.`);
  await panel.getByRole('button', { name: 'Transférer avec ce résumé' }).click();
}

export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (v) => `${screenName}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}

/** Opens what the step calls for: the record tab, or the article found by searching its title. */
export async function consult(page: Page, scenario: Scenario, stepId: string) {
  for (const target of scenario.steps[stepId]?.consult ?? []) {
    if (target === 'record') {
      await page.getByRole('tab', { name: 'Fiche client' }).click();
      continue;
    }
    const article = scenario.knowledgeBase?.find((a) => `kb:${a.id}` === target);
    if (!article) throw new Error(`no article ${target}`);
    await page.getByRole('tab', { name: 'Base de connaissances' }).click();
    await page
      .getByRole('searchbox', { name: 'Rechercher dans la base de connaissances' })
      .fill(article.title);
    const result = page.getByRole('button', { name: spoken(article.title), exact: true });
    if ((await result.getAttribute('aria-expanded')) !== 'true') await result.click();
  }
}

/** Fills the form with the truth, as a careful agent would. */
export async function fillForm(page: Page, scenario: Scenario) {
  if (!scenario.form?.length) return;
  await page.getByRole('tab', { name: 'Formulaire' }).click();
  for (const field of scenario.form) {
    const expected = Array.isArray(field.expected) ? field.expected : [field.expected];
    if (field.type === 'multiselect') {
      const group = page.getByRole('group', { name: spoken(field.label) });
      for (const choice of expected)
        await group.getByRole('checkbox', { name: spoken(choice), exact: true }).check();
    } else if (field.type === 'select') {
      await page
        .getByRole('combobox', { name: spoken(field.label), exact: true })
        .selectOption({ label: expected[0] ?? '' });
    } else {
      await page.getByRole('textbox', { name: spoken(field.label), exact: true }).fill(expected.join(' '));
    }
  }
}

/**
 * Plays answers `from`..`to` of a route the way a careful agent does: before each answer, opens what the
 * step calls for on the desktop. Returns the step reached.
 */
export async function playRoute(
  page: Page,
  scenario: Scenario,
  route: readonly string[],
  from = 0,
  to = route.length,
) {
  let node = scenario.start;
  for (const optionId of route.slice(0, from))
    node = scenario.steps[node]?.options.find((o) => o.id === optionId)?.next ?? '';
  for (const optionId of route.slice(from, to)) {
    await consult(page, scenario, node);
    await answer(page, scenario, optionId);
    node = scenario.steps[node]?.options.find((o) => o.id === optionId)?.next ?? '';
  }
  return node;
}

/** Plays the best route with the desktop, fills the form, and opens the debrief. */
export async function playWell(page: Page, scenario: Scenario): Promise<void> {
  await playRoute(page, scenario, bestRoute(scenario));
  await fillForm(page, scenario);
  await page.getByRole('button', { name: 'Voir le débriefing' }).click();
}
