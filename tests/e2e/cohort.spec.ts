import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Profile } from '../../src/engine/progress/attempt';
import {
  bestEverywhere,
  playedAttempt,
  resultFileText,
  routeBy,
  wrongFirst,
} from '../support/cohort-results';
import { expectNoAxeViolations, openCall, playWell, shippedScenarios, spoken } from './support';

// A French call whose first step has an answer to avoid: one trainee gives it, so it shows as missed.
const scenario = shippedScenarios.find(
  (s) => s.language === 'fr' && s.steps[s.start]?.options.some((o) => o.rating === 'wrong'),
);

const file = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('a trainer goes from an empty browser to the cohort view of the trainees’ result files', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  if (!scenario) throw new Error('no French scenario with a wrong first answer');

  // A trainee plays the call in the app and exports their results from « Mon parcours ».
  await page.goto('/');
  await page.getByRole('button', { name: 'Mon parcours' }).click();
  await page.getByLabel('Votre nom').fill('Aïcha L.');
  await page.getByRole('button', { name: 'Créer et ouvrir mon profil' }).click();
  await expect(page.getByText('Profil ouvert : Aïcha L.')).toBeVisible();
  await page.getByRole('button', { name: 'Les appels' }).click();
  await openCall(page, scenario);
  await playWell(page, scenario);
  await page.getByRole('button', { name: 'Mon parcours' }).click();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter mes données' }).click();
  const download = await exported;
  const aicha = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(aicha).attempts[0].scenarioVersion).toMatch(/^[0-9a-f]{12}$/);

  // Two more trainees' files (one misses the first decision), a damaged copy and a file that is not JSON.
  const trainee = (id: string, name: string): Profile => ({ id, name, createdAt: Date.UTC(2025, 2, 1) });
  const karim = trainee('p-karim', 'Karim B.');
  const sofia = trainee('p-sofia', 'Sofia M.');
  const karimText = await resultFileText(karim, [
    playedAttempt(scenario, karim.id, routeBy(scenario, wrongFirst)),
  ]);
  const sofiaText = await resultFileText(sofia, [
    playedAttempt(scenario, sofia.id, routeBy(scenario, bestEverywhere), { mode: 'exam' }),
  ]);
  const damaged = karimText.replace('"Karim B."', '"Karim Z."');

  // The trainer, on another browser with nothing stored, imports them all at once.
  const trainer = await browser.newContext();
  const view = await trainer.newPage();
  await view.goto('/');
  await view.getByRole('button', { name: 'Espace formateur' }).click();
  await view.getByRole('tab', { name: 'Résultats du groupe' }).click();
  await view
    .getByLabel('Choisir des fichiers de résultats (.json)')
    .setInputFiles([
      file(download.suggestedFilename(), aicha),
      file('karim.json', karimText),
      file('sofia.json', sofiaText),
      file('karim-abime.json', damaged),
      file('notes.json', 'Stagiaire;Score\nKarim;80\n'),
      file('sofia-coupe.json', sofiaText.slice(0, Math.floor(sofiaText.length / 2))),
    ]);

  await expect(view.getByText('Dernier import : 3 fichier(s) importé(s), 3 refusé(s).')).toBeVisible();
  const report = view.getByRole('region', { name: 'Rapport d’import' });
  await expect(report.getByText(`« ${download.suggestedFilename()} » : Aïcha L., 1 appel(s)`)).toBeVisible();
  await expect(
    report.getByText(
      '« karim-abime.json » : la somme de contrôle ne correspond pas au contenu ; le fichier est endommagé ou a été modifié.',
    ),
  ).toBeVisible();
  await expect(
    report.getByText(/« notes\.json » : ce n’est pas du JSON valide \(ligne 1, colonne 1\)/),
  ).toBeVisible();
  // Chromium's own parse error still gives the place where the cut-off file stops.
  await expect(
    report.getByText(
      /« sofia-coupe\.json » : le fichier s’arrête au milieu des données \(ligne \d+, colonne \d+\)/,
    ),
  ).toBeVisible();
  // The call played in the app carries its scenario version: no « other version » note.
  await expect(report.getByText(/autre version|sans version/)).toHaveCount(0);

  const heatmap = view.getByRole('table', { name: /Résultat moyen de chaque stagiaire par compétence/ });
  await expect(heatmap.getByRole('rowheader')).toHaveText(['Aïcha L.', 'Karim B.', 'Sofia M.']);
  await expect(heatmap.getByRole('columnheader').first()).toHaveText('Stagiaire');
  await expect(heatmap.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(
    /^\d+\s% \(1 appel\(s\)\), (à travailler|en cours|acquise)$/,
  );
  await expect(view.getByText('Légende des couleurs')).toBeVisible();

  const passRates = view.getByRole('table', {
    name: 'Stagiaires ayant réussi chaque appel, au seuil de 70 %.',
  });
  await expect(passRates.getByRole('rowheader')).toContainText(spoken(scenario.title));
  await expect(passRates.getByRole('cell').nth(1)).toHaveText(/^[0-3] \/ 3$/);

  const missed = view.getByRole('region', { name: 'Décisions le plus souvent manquées' });
  const first = missed.getByRole('listitem').first();
  await expect(first).toContainText(`Étape « ${scenario.start} » de « ${spoken(scenario.title)} »`);
  await expect(first).toContainText('(1 sur 3), par 1 stagiaire(s) sur 3.');
  const wrong = scenario.steps[scenario.start]?.options.find((o) => o.rating === 'wrong');
  // The view drops the author's own quotation marks around an answer and adds its own.
  const bare = spoken(wrong?.text ?? '').replace(/^[«“"]\s*([\s\S]*?)\s*[»”"]$/, '$1');
  await expect(first).toContainText(`« ${bare} » (à éviter, 1 fois)`);

  await expectNoAxeViolations(view, 'cohort view');

  // The CSV opens in a French spreadsheet: UTF-8 with a BOM, « ; » between fields.
  const csvDownload = view.waitForEvent('download');
  await view.getByRole('button', { name: 'Télécharger les compétences par stagiaire (CSV)' }).click();
  const csv = readFileSync(await (await csvDownload).path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.subarray(3).toString('utf8').split('\r\n')[0]).toMatch(/^Stagiaire;Appels terminés;/);
  expect(csv.subarray(3).toString('utf8')).toContain('\r\nAïcha L.;1;');

  await view.getByRole('button', { name: 'Vider la vue' }).click();
  await expect(view.getByText('Vue vidée : tous les résultats importés ont été oubliés.')).toBeVisible();
  await expect(view.getByRole('table')).toHaveCount(0);
  await trainer.close();
});
