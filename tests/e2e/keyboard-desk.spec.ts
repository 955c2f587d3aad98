import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { choicesOf, currentEnding, replayCall } from '../../src/engine/call/call-state';
import { expectedDisposition } from '../../src/engine/wrapup/dispositions';
import frWrapUp from '../../src/i18n/locales/fr-wrapup';
import { bestRoute, optionText, shippedScenarios, spoken } from './support';

/** Presses Tab until the element has the focus (keyboard only: nothing is clicked). */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A focused, closed select: ArrowDown until the chosen option's label is the one wanted. */
async function chooseByArrows(page: Page, select: Locator, label: string): Promise<void> {
  const labels = await select.locator('option').allTextContents();
  const target = labels.findIndex((text) => spoken(text) === spoken(label));
  if (target < 0) throw new Error(`no choice « ${label} »`);
  const current = await select.evaluate((element) => (element as HTMLSelectElement).selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** ARIA tabs: Tab reaches the current tab only; the arrow keys move to the others, Enter opens one. */
async function openTab(page: Page, name: string): Promise<void> {
  const target = page.getByRole('tab', { name });
  const tablist = page.getByRole('tablist').filter({ has: target });
  await tabTo(page, tablist.locator('[role="tab"][tabindex="0"]'));
  for (let i = 0; i < 6; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(target).toHaveAttribute('aria-selected', 'true');
}

test.describe('keyboard only', () => {
  const scenario = shippedScenarios.find((s) => s.id === 'compte-bloque' && s.language === 'fr');

  test('a whole helpdesk call: answers, desktop, form, handover, wrap-up and debrief', async ({ page }) => {
    test.skip(!scenario, 'scenario compte-bloque.fr missing');
    if (!scenario) return;
    await page.goto('/');
    await tabTo(page, page.getByRole('button', { name: `Jouer « ${spoken(scenario.title)} »` }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Décrocher' })).toBeFocused();
    await page.keyboard.press('Enter');

    let node = scenario.start;
    for (const optionId of bestRoute(scenario)) {
      const step = scenario.steps[node];
      for (const target of step?.consult ?? []) {
        if (target === 'record') {
          await openTab(page, 'Fiche client');
          continue;
        }
        const article = scenario.knowledgeBase?.find((a) => `kb:${a.id}` === target);
        if (!article) throw new Error(`no article ${target}`);
        await openTab(page, 'Base de connaissances');
        await tabTo(page, page.getByRole('searchbox', { name: 'Rechercher dans la base de connaissances' }));
        await page.keyboard.type(article.title);
        const result = page.getByRole('button', { name: spoken(article.title), exact: true });
        await tabTo(page, result);
        if ((await result.getAttribute('aria-expanded')) !== 'true') await page.keyboard.press('Enter');
      }
      const answers = page.getByRole('region', { name: 'Vos réponses' });
      await tabTo(page, answers.getByRole('button', { name: optionText(scenario, optionId), exact: true }));
      await page.keyboard.press('Enter');
      const option = step?.options.find((o) => o.id === optionId);
      if (option?.handover) {
        await expect(page.getByRole('heading', { name: /Passer l’appel/ })).toBeFocused();
        const service = page.getByLabel('Service qui reprend l’appel');
        await tabTo(page, service);
        // A closed select moves one choice per arrow key (the first is « Choisir un service »).
        const services = scenario.company.services ?? [];
        for (let i = 0; i <= services.indexOf(option.handover.to); i++)
          await page.keyboard.press('ArrowDown');
        await expect(service).toHaveValue(option.handover.to);
        await tabTo(page, page.getByLabel('Résumé de transmission'));
        await page.keyboard.type(`${scenario.persona.name}, ${(option.handover.facts ?? []).join(', ')}.`);
        await tabTo(page, page.getByRole('button', { name: 'Transférer avec ce résumé' }));
        await page.keyboard.press('Enter');
      }
      node = option?.next ?? '';
    }

    // The form, field by field: typed text, a select chosen by typing its label, checkboxes with Space.
    await openTab(page, 'Formulaire');
    for (const field of scenario.form ?? []) {
      const expected = Array.isArray(field.expected) ? field.expected : [field.expected];
      if (field.type === 'multiselect') {
        const group = page.getByRole('group', { name: spoken(field.label) });
        for (const choice of expected) {
          await tabTo(page, group.getByRole('checkbox', { name: spoken(choice), exact: true }));
          await page.keyboard.press('Space');
        }
      } else if (field.type === 'select') {
        const select = page.getByRole('combobox', { name: spoken(field.label), exact: true });
        await tabTo(page, select);
        await chooseByArrows(page, select, expected[0] ?? '');
      } else {
        await tabTo(page, page.getByRole('textbox', { name: spoken(field.label), exact: true }));
        await page.keyboard.type(expected.join(' '));
      }
    }

    // The wrap-up: the note and the disposition this path calls for.
    const played = replayCall(scenario, bestRoute(scenario));
    const ending = currentEnding(played);
    if (!ending) throw new Error('the best route must reach an ending');
    const label = frWrapUp.wrapUp.dispositions[expectedDisposition(scenario, choicesOf(played), ending).code];
    await tabTo(page, page.getByRole('textbox', { name: 'Note de clôture' }));
    await page.keyboard.type(`${scenario.persona.name} : ${label}. Ticket encodé. Aucune suite.`);
    const disposition = page.getByRole('combobox', { name: 'Code de clôture' });
    await tabTo(page, disposition);
    await chooseByArrows(page, disposition, label);

    await tabTo(page, page.getByRole('button', { name: 'Voir le débriefing' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
    await expect(page.getByText('Non respectée')).toHaveCount(0);
    const note = page.getByRole('region', { name: 'Note de clôture' });
    await expect(note.getByRole('listitem').filter({ hasText: 'Code de clôture' })).toContainText('Correct');
  });
});
