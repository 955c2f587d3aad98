import { expect, test } from '@playwright/test';
import { findCompetency } from '../../src/engine/competencies/catalogue';
import {
  answer,
  bestRoute,
  expectNoAxeViolations,
  fillForm,
  openCall,
  playRoute,
  routeOf,
  shippedScenarios,
  spoken,
} from './support';

test.describe('playing each shipped call to its end', () => {
  for (const scenario of shippedScenarios) {
    test(`${scenario.callType}: « ${scenario.title} » (${scenario.language}) on the best route ends well and explains the competencies`, async ({
      page,
    }) => {
      const hosts = new Set<string>();
      page.on('request', (request) => hosts.add(new URL(request.url()).host));
      await page.goto('/');
      await openCall(page, scenario);
      await playRoute(page, scenario, bestRoute(scenario));
      await expect(page.getByRole('heading', { name: 'Fin de l’appel' })).toBeVisible();
      await fillForm(page, scenario);
      await page.getByRole('button', { name: 'Voir le débriefing' }).click();
      await expect(page.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
      // Scores are labelled with the profile's own wording.
      const firstTargeted = findCompetency(scenario.competencies[0] ?? '')?.label ?? '';
      const table = page.getByRole('table');
      await expect(table.getByRole('rowheader').first()).toBeVisible();
      const rowNames = await table.getByRole('rowheader').allTextContents();
      expect(rowNames.every((name) => name.length > 10)).toBe(true);
      expect(rowNames).toContain(firstTargeted);
      await expect(page.getByText('Non respectée')).toHaveCount(0);
      // Privacy: nothing leaves the machine.
      expect([...hosts]).toEqual([new URL(page.url()).host]);
    });
  }

  test('a 112 call where the name comes before the address is flagged on the debrief', async ({ page }) => {
    const emergency = shippedScenarios.find((s) => s.callType === 'emergency' && s.language === 'fr');
    test.skip(!emergency, 'no emergency scenario');
    if (!emergency) return;
    // At the first step, pick an answer that asks something other than the location first.
    const route = routeOf(emergency, (options) => {
      const early = options.find(
        (o) => o.acts.includes('ask-caller-name') && !o.acts.includes('ask-location'),
      );
      return (early ?? options.find((o) => o.rating === 'best') ?? options[0])?.id ?? '';
    });
    await page.goto('/');
    await openCall(page, emergency);
    for (const optionId of route) await answer(page, emergency, optionId);
    await page.getByRole('button', { name: 'Voir le débriefing' }).click();
    await expect(page.getByText(/Au 112, la localisation passe avant tout/).first()).toBeVisible();
  });
});

test.describe('accessibility and keyboard', () => {
  test('the list, ringing, call, ending and debrief screens have no axe violation', async ({ page }) => {
    const scenario = shippedScenarios.find((s) => s.language === 'fr');
    if (!scenario) throw new Error('no scenario shipped');
    await page.goto('/');
    await expectNoAxeViolations(page, 'list');
    await page.getByRole('button', { name: `Jouer « ${spoken(scenario.title)} »` }).click();
    await expect(page.getByRole('button', { name: /Décrocher|Lancer l’appel/ })).toBeVisible();
    await expectNoAxeViolations(page, 'ringing');
    await page.getByRole('button', { name: /Décrocher|Lancer l’appel/ }).click();
    const route = bestRoute(scenario);
    await answer(page, scenario, route[0] ?? '');
    await expectNoAxeViolations(page, 'call');
    for (const optionId of route.slice(1)) await answer(page, scenario, optionId);
    await expectNoAxeViolations(page, 'ended');
    await page.getByRole('button', { name: 'Voir le débriefing' }).click();
    await expectNoAxeViolations(page, 'debrief');
  });

  test('a whole call can be played with the keyboard only', async ({ page }) => {
    const scenario = shippedScenarios.find((s) => s.callType === 'helpdesk' && s.language === 'fr');
    if (!scenario) throw new Error('no scenario shipped');
    await page.goto('/');
    const play = page.getByRole('button', { name: `Jouer « ${spoken(scenario.title)} »` });
    for (let i = 0; i < 60 && !(await play.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(play).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /Décrocher|Lancer l’appel/ })).toBeFocused();
    await page.keyboard.press('Enter');
    for (const optionId of bestRoute(scenario)) {
      const buttons = page.getByRole('region', { name: 'Vos réponses' }).getByRole('button');
      await expect(buttons.first()).toBeVisible();
      const names = (await buttons.allTextContents()).map((text) => spoken(text.replace(/^\d/, '')));
      const text = spoken(
        Object.values(scenario.steps)
          .flatMap((s) => s.options)
          .find((o) => o.id === optionId)?.text ?? '',
      );
      const index = names.indexOf(text);
      expect(index, `answer ${optionId} on screen`).toBeGreaterThanOrEqual(0);
      await page.keyboard.press(String(index + 1));
      const option = Object.values(scenario.steps)
        .flatMap((s) => s.options)
        .find((o) => o.id === optionId);
      if (option?.handover) {
        // The handover panel takes the focus: service, summary and « Transférer » by keyboard too.
        await expect(page.getByRole('heading', { name: /Passer l’appel/ })).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(page.getByLabel('Service qui reprend l’appel')).toBeFocused();
        const services = scenario.company.services ?? [];
        for (let i = 0; i <= services.indexOf(option.handover.to); i++)
          await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
        await page.keyboard.type(`${scenario.persona.name}, ${(option.handover.facts ?? []).join(', ')}.`);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
    }
    await expect(page.getByRole('button', { name: 'Voir le débriefing' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeFocused();
  });

  test('the interface switches to Dutch and English while the call keeps its own language', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Langue de l’interface').selectOption('nl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Choisissez un appel');
    // The interface is Dutch; the calls stay French until the call language changes.
    const frenchTitle = spoken(shippedScenarios.find((s) => s.language === 'fr')?.title ?? '');
    await expect(page.getByRole('heading', { level: 3, name: frenchTitle })).toBeVisible();
    await page.getByRole('combobox', { name: 'Taal van de interface' }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page, 'list (en)');
  });
});
