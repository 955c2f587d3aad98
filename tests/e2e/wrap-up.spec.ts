import { expect, test } from '@playwright/test';
import { bestRoute, expectNoAxeViolations, fillForm, openCall, playRoute, shippedScenarios } from './support';

test.describe('after-call work', () => {
  const scenario = shippedScenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');

  test('a wrap-up note is spell-checked in a worker, then judged on the debrief', async ({ page }) => {
    test.skip(!scenario, 'scenario colis-en-retard.fr missing');
    if (!scenario) return;
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await page.goto('/');
    await openCall(page, scenario);
    await playRoute(page, scenario, bestRoute(scenario));
    await fillForm(page, scenario);

    const panel = page.getByRole('region', { name: 'Travail après l’appel' });
    // Outcome and action, a misspelt word, but no follow-up.
    await panel
      .getByRole('textbox', { name: 'Note de clôture' })
      .fill(
        'Colis bloqué chez le transporteur : réexpédition gratuite encodée. Problème résolu, cliente satisfaite du geste comercial.',
      );
    await panel.getByRole('combobox', { name: 'Code de clôture' }).selectOption({ label: 'Suivi en cours' });
    // The French dictionary loads in the worker (seconds), then the suggestion appears.
    const suggestion = panel.getByRole('button', { name: 'Remplacer « comercial » par « commercial »' });
    await expect(suggestion).toBeVisible({ timeout: 20_000 });
    await expect(panel.getByRole('status')).toHaveText('Orthographe : 1 mot(s) à vérifier.');
    await expectNoAxeViolations(page, 'wrap-up panel with a spelling suggestion');

    await page.getByRole('button', { name: 'Voir le débriefing' }).click();
    const debrief = page.getByRole('region', { name: 'Note de clôture' });
    await expect(debrief.getByRole('listitem').filter({ hasText: 'Résultat du contact' })).toContainText(
      'Présent — Résultat du contact : repéré : « résolu »',
    );
    await expect(debrief.getByRole('listitem').filter({ hasText: 'Action menée' })).toContainText('Présent');
    await expect(debrief.getByRole('listitem').filter({ hasText: 'Suite prévue' })).toContainText(
      'Manquant — Suite prévue : la note ne dit pas la suite',
    );
    await expect(debrief.getByRole('listitem').filter({ hasText: 'Code de clôture' })).toContainText(
      'Correct — Code de clôture : choisi « Suivi en cours »',
    );
    await expect(debrief.getByRole('listitem').filter({ hasText: 'Orthographe' })).toContainText(
      '« comercial » → « commercial »',
    );
    await expectNoAxeViolations(page, 'debrief with the wrap-up note');
    // The dictionaries come from the app's own origin.
    expect([...hosts]).toEqual([new URL(page.url()).host]);
  });
});
