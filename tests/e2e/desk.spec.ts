import { expect, test } from '@playwright/test';
import {
  answer,
  bestRoute,
  consult,
  expectNoAxeViolations,
  fillForm,
  openCall,
  shippedScenarios,
} from './support';

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
