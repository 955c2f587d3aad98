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
import { choicesOf, currentEnding, replayCall } from '../../src/engine/call/call-state';
import { callbackDue, expectedDisposition } from '../../src/engine/wrapup/dispositions';
import frWrapUp from '../../src/i18n/locales/fr-wrapup';

/** A working day a week or so ahead, as the date field wants it (YYYY-MM-DD). */
function nextWorkingDay(): string {
  const day = new Date();
  day.setDate(day.getDate() + 8);
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
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
      // After-call work: the form is completed, then the wrap-up: the note, the disposition the path calls
      // for and, when due, the callback.
      await fillForm(page, scenario);
      await expectNoAxeViolations(page, 'form filled');
      const played = replayCall(scenario, route);
      const ending = currentEnding(played);
      if (!ending) throw new Error('the best route must reach an ending');
      const code = expectedDisposition(scenario, choicesOf(played), ending).code;
      const wrapUp = page.getByRole('region', { name: 'Travail après l’appel' });
      await wrapUp
        .getByRole('textbox', { name: 'Note de clôture' })
        .fill(
          `${scenario.persona.name} : ${frWrapUp.wrapUp.dispositions[code]}. Fiche encodée. Aucune suite.`,
        );
      await wrapUp
        .getByRole('combobox', { name: 'Code de clôture' })
        .selectOption({ label: frWrapUp.wrapUp.dispositions[code] });
      if (callbackDue(scenario, choicesOf(played), ending)) {
        await wrapUp.getByLabel('Date du rappel').fill(nextWorkingDay());
        await wrapUp.getByLabel('Heure du rappel').fill('10:30');
        await wrapUp.getByLabel('Personne à rappeler').fill(scenario.persona.name);
      }
      await expectNoAxeViolations(page, 'wrap-up filled');
      await page.getByRole('button', { name: 'Voir le débriefing' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
      await expect(page.getByText('Non respectée')).toHaveCount(0);
      const note = page.getByRole('region', { name: 'Note de clôture' });
      await expect(note.getByRole('listitem').filter({ hasText: 'Code de clôture' })).toContainText(
        'Correct',
      );
      await expect(note.getByRole('listitem').filter({ hasText: 'Action menée' })).toContainText('Présent');
    });
  }
});
