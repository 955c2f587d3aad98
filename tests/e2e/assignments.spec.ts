import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { isOutbound } from '../../src/engine/call-types';
import { expectNoAxeViolations, playWell, shippedScenarios, spoken } from './support';

const parcel = shippedScenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');
const gas = shippedScenarios.find((s) => s.id === 'odeur-gaz' && s.language === 'fr');

/** Every record of the trainee's database, to check that a refused link changed nothing. */
async function storedRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('decroche-progress');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const all: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (all[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(all);
          };
        };
      }),
  );
}

test.describe('assignments without a server', () => {
  test('a trainer composes one, a trainee opens the link, accepts it, plays it and sees it passed', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    if (!parcel || !gas) throw new Error('colis-en-retard.fr and odeur-gaz.fr are expected in the library');

    // The trainer, in the trainer area.
    const trainerContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const trainer = await trainerContext.newPage();
    await trainer.goto('/');
    await trainer.getByRole('button', { name: 'Espace formateur' }).click();
    await trainer.getByLabel('Titre du devoir').fill('Semaine 3 — appels entrants');
    await trainer.getByLabel('Proposé par (facultatif)').fill('Anne Dupont, CISP Namur');
    await trainer.getByRole('checkbox', { name: new RegExp(`^${spoken(parcel.title)}`) }).check();
    await trainer.getByRole('checkbox', { name: new RegExp(`^${spoken(gas.title)}`) }).check();
    await trainer.getByLabel('Note de réussite (%)').fill('60');
    await trainer.getByRole('button', { name: 'Créer le devoir' }).click();
    await expect(
      trainer.getByRole('heading', { name: 'Devoir prêt : « Semaine 3 — appels entrants »' }),
    ).toBeFocused();
    await expect(trainer.getByRole('img', { name: /^Code QR du lien du devoir/ })).toBeVisible();
    await expect(trainer.getByText(/^DC-[0-9A-Z]{4}-/)).toBeVisible();
    await expectNoAxeViolations(trainer, 'assignment composer with its handout');
    await trainer.getByRole('button', { name: 'Copier le lien' }).click();
    await expect(trainer.getByRole('status').filter({ hasText: 'Lien copié.' })).toBeVisible();
    const link = await trainer.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await trainer.getByLabel('Lien du devoir').inputValue());
    expect(link).toMatch(/\/#assignment=[A-Za-z0-9_-]+$/);
    await trainerContext.close();

    // A trainee on a fresh browser opens the link.
    const traineeContext = await browser.newContext();
    const page = await traineeContext.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => hosts.add(new URL(request.url()).host));
    await page.goto(link);
    const dialog = page.getByRole('dialog', { name: 'Devoir reçu' });
    await expect(dialog.getByText('Semaine 3 — appels entrants')).toBeVisible();
    await expect(dialog).toContainText('Donné par Anne Dupont, CISP Namur');
    await expect(dialog.getByRole('listitem').filter({ hasText: spoken(gas.title) })).toBeVisible();
    await expectNoAxeViolations(page, 'received assignment dialog');
    await dialog.getByLabel('Nom du nouveau profil').fill('Amina B.');
    await dialog.getByRole('button', { name: 'Accepter le devoir' }).click();
    await expect(
      dialog.getByText('Devoir « Semaine 3 — appels entrants » ajouté au profil « Amina B. ».'),
    ).toBeVisible();
    await dialog.getByRole('button', { name: 'Voir mes devoirs' }).click();
    await expect(dialog).toBeHidden();
    expect(new URL(page.url()).hash).toBe('');

    // « Mon parcours » lists it; the trainee plays one of its calls.
    const card = page.getByRole('article', { name: 'Semaine 3 — appels entrants' });
    await expect(card).toContainText('0 appel(s) réussi(s) sur 2');
    await expect(card.getByRole('listitem').filter({ hasText: spoken(parcel.title) })).toContainText(
      'Pas commencé',
    );
    await card
      .getByRole('button', {
        name: `Jouer « ${spoken(parcel.title)} » (devoir « Semaine 3 — appels entrants »)`,
      })
      .click();
    await page
      .getByRole('button', { name: isOutbound(parcel.callType) ? 'Lancer l’appel' : 'Décrocher' })
      .click();
    await playWell(page, parcel);
    await expect(page.getByRole('heading', { level: 2, name: 'Appel bien mené' })).toBeVisible();
    // The debrief of an assignment's call leads back to the assignments.
    await page.getByRole('button', { name: 'Retour à mes devoirs' }).click();
    await expect(card.getByRole('listitem').filter({ hasText: spoken(parcel.title) })).toContainText(
      /Réussi — meilleur score \d+ %/,
    );
    await expect(card).toContainText('1 appel(s) réussi(s) sur 2');
    await expectNoAxeViolations(page, '« Mes devoirs »');
    await expect(card.getByRole('listitem').filter({ hasText: spoken(gas.title) })).toContainText(
      'Pas commencé',
    );
    const stored = await storedRecords(page);
    expect(stored.attempts).toEqual([
      expect.objectContaining({ scenarioKey: 'colis-en-retard.fr', assignmentId: expect.any(String) }),
    ]);
    // Privacy: no request left the app's own origin.
    expect([...hosts]).toEqual([new URL(page.url()).host]);

    // A truncated link and a tampered one: refused, named, and nothing stored changes.
    const payload = new URL(link).hash.replace('#assignment=', '');
    const base = link.replace(/#.*$/, '');
    const flipped = `${payload.slice(0, 30)}${payload[30] === 'x' ? 'y' : 'x'}${payload.slice(31)}`;
    for (const [bad, message] of [
      [`${base}#assignment=${payload.slice(0, payload.length - 25)}`, 'Le lien est incomplet'],
      [`${base}#assignment=${flipped}`, 'Le lien a été modifié ou abîmé'],
    ] as const) {
      const before = await storedRecords(page);
      await page.goto(bad);
      const refused = page.getByRole('dialog', { name: 'Devoir reçu' });
      await expect(refused.getByRole('alert')).toContainText(message);
      await expect(refused.getByRole('alert')).toContainText('Rien n’a été enregistré ni modifié.');
      await refused.getByRole('button', { name: 'Fermer' }).click();
      await expect(refused).toBeHidden();
      expect(new URL(page.url()).hash).toBe('');
      expect(await storedRecords(page)).toEqual(before);
    }
    await page.getByRole('button', { name: 'Mon parcours' }).click();
    await expect(page.getByRole('article', { name: 'Semaine 3 — appels entrants' })).toContainText(
      '1 appel(s) réussi(s) sur 2',
    );
    await traineeContext.close();
  });
});
