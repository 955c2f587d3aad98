import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Scenario } from '../../src/engine/scenario/types';
import { answer, bestRoute, expectNoAxeViolations, openCall, shippedScenarios, spoken } from './support';

/** Opens what the step calls for: the record tab, or the article found by searching its title. */
async function consult(page: Page, scenario: Scenario, stepId: string) {
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
async function fillForm(page: Page, scenario: Scenario) {
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

test.describe('the agent’s desktop in real calls', () => {
  const picks = ['inbound', 'outbound-sales', 'outbound-survey', 'helpdesk', 'emergency'].flatMap((type) => {
    const scenario = shippedScenarios.find(
      (s) => s.language === 'fr' && s.callType === type && s.form?.length && s.knowledgeBase?.length,
    );
    return scenario ? [scenario] : [];
  });

  for (const scenario of picks) {
    test(`${scenario.callType}: « ${scenario.title} » with the record, the knowledge base and the form`, async ({
      page,
    }) => {
      await page.goto('/');
      await openCall(page, scenario);
      const route = bestRoute(scenario);
      let node = scenario.start;
      for (const [index, optionId] of route.entries()) {
        await consult(page, scenario, node);
        if (index === 0) await expectNoAxeViolations(page, 'desk panel open');
        await answer(page, scenario, optionId);
        node = scenario.steps[node]?.options.find((o) => o.id === optionId)?.next ?? '';
      }
      // After-call work: the form is completed before the debrief.
      await fillForm(page, scenario);
      await expectNoAxeViolations(page, 'form filled');
      await page.getByRole('button', { name: 'Voir le débriefing' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
      await expect(page.getByText('Non respectée')).toHaveCount(0);
    });
  }
});
