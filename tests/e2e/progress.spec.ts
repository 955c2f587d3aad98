import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { bestRoute, fillForm, openCall, playRoute, playWell, shippedScenarios } from './support';

/** What the trainee sees of a call: the conversation, the answers on offer, the caller's patience. */
async function callView(page: Page) {
  const transcript = await page.getByRole('log', { name: 'Conversation' }).innerText();
  const answers = await page
    .getByRole('region', { name: 'Vos réponses' })
    .getByRole('button')
    .allInnerTexts();
  const patience = await page.getByRole('meter').getAttribute('aria-valuenow');
  return { transcript, answers, patience };
}

test.describe('progress that lasts', () => {
  test('a call reloaded at random steps resumes identically (20 trials)', async ({ page }) => {
    test.setTimeout(240_000);
    const french = shippedScenarios.filter((s) => s.language === 'fr');
    let random = 20251129;
    const next = () => (random = (random * 1103515245 + 12345) % 2 ** 31);
    for (let trial = 0; trial < 20; trial++) {
      const scenario = french[next() % french.length];
      if (!scenario) continue;
      const route = bestRoute(scenario);
      const reloadAfter = 1 + (next() % Math.max(1, route.length - 1));
      await page.goto('/');
      await openCall(page, scenario);
      await playRoute(page, scenario, route, 0, reloadAfter);
      const before = await callView(page);
      await page.reload();
      await expect(page.getByRole('log', { name: 'Conversation' })).toBeVisible();
      expect(await callView(page), `${scenario.id} after ${reloadAfter} answers`).toEqual(before);
      // The call goes on to its end from where it was; what was opened on the desktop before is remembered.
      await playRoute(page, scenario, route, reloadAfter);
      await fillForm(page, scenario);
      await page.getByRole('button', { name: 'Voir le débriefing' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
      await page.getByRole('button', { name: 'Retour à la liste' }).click();
    }
  });

  test('exam mode shows no feedback before the end, then a result sheet', async ({ page }) => {
    const scenario = shippedScenarios.find((s) => s.language === 'fr' && s.callType === 'emergency');
    if (!scenario) throw new Error('no emergency scenario');
    await page.goto('/');
    await page.getByRole('radio', { name: 'Examen' }).check();
    await openCall(page, scenario);
    const route = bestRoute(scenario);
    for (let index = 0; index < route.length; index++) {
      await playRoute(page, scenario, route, index, index + 1);
      await expect(page.getByRole('note', { name: 'Retour sur votre réponse' })).toHaveCount(0);
    }
    await fillForm(page, scenario);
    await page.getByRole('button', { name: 'Voir le débriefing' }).click();
    await expect(page.getByRole('region', { name: 'Résultat de l’examen' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Résultat de l’examen' }).getByText('Réussi', { exact: true }),
    ).toBeVisible();
  });

  test('a damaged stored record is reported and every other record survives', async ({ page }) => {
    const scenario = shippedScenarios.find((s) => s.language === 'fr');
    if (!scenario) throw new Error('no scenario');
    await page.goto('/');
    await openCall(page, scenario);
    await playWell(page, scenario);
    // Damage: a record that is not an attempt, written straight into the database.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('decroche-progress');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['attempts', 'profiles'], 'readwrite');
            const profiles = tx.objectStore('profiles').getAll();
            profiles.onsuccess = () => {
              const profileId = (profiles.result[0] as { id: string }).id;
              tx.objectStore('attempts').put({
                id: 'abime',
                profileId,
                scenarioKey: null,
                decisions: 'garbage',
              });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.getByRole('button', { name: 'Mon parcours' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'endommagé' })).toContainText('attempts/abime');
  });
});
