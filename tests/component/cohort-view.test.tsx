import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCompetency } from '../../src/engine/competencies/catalogue';
import { changeLanguage } from '../../src/i18n/i18n';
import type { Profile } from '../../src/engine/progress/attempt';
import { createCohortStore } from '../../src/store/cohort/cohort-store';
import CohortView from '../../src/ui/trainer/cohort/CohortView';
import { expectNoAxeViolations } from '../support/axe';
import {
  bestEverywhere,
  playedAttempt,
  resultFileText,
  routeBy,
  wrongFirst,
} from '../support/cohort-results';
import { renderSettled, serveLibrary, shippedLibrary } from '../support/serve-library';

const scenario = shippedLibrary.scenarios.find(
  (s) => s.language === 'fr' && s.steps[s.start]?.options.some((o) => o.rating === 'wrong'),
);
if (!scenario) throw new Error('no French scenario with a wrong first answer');
const firstStep = scenario.steps[scenario.start];
const wrongOption = firstStep?.options.find((o) => o.rating === 'wrong');
const bestOption = firstStep?.options.find((o) => o.rating === 'best');

/** An answer's text as the view quotes it: without the author's own quotation marks. */
const bare = (text: string) => text.trim().replace(/^[«“"]\s*([\s\S]*?)\s*[»”"]$/, '$1');

const profile = (id: string, name: string): Profile => ({ id, name, createdAt: Date.UTC(2025, 2, 1) });
const marie = profile('p-marie', 'Marie D.');
const karim = profile('p-karim', 'Karim B.');

const jsonFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });

async function resultFiles() {
  const good = routeBy(scenario!, bestEverywhere);
  const bad = routeBy(scenario!, wrongFirst);
  const marieText = await resultFileText(marie, [playedAttempt(scenario!, marie.id, good)]);
  const karimText = await resultFileText(karim, [playedAttempt(scenario!, karim.id, bad)]);
  const damaged = marieText.replace('"Marie D."', '"Marie X."');
  return [
    jsonFile(marieText, 'marie.json'),
    jsonFile(karimText, 'karim.json'),
    jsonFile(damaged, 'marie-abime.json'),
    jsonFile('Nom;Score\nMarie;80\n', 'notes.json'),
  ];
}

async function renderView() {
  const saved: { name: string; text: string }[] = [];
  const store = createCohortStore();
  const view = await renderSettled(
    <CohortView store={store} saveFile={(name, text) => saved.push({ name, text })} />,
  );
  return { view, saved, store, user: userEvent.setup() };
}

const fileInput = () => screen.getByLabelText('Choisir des fichiers de résultats (.json)');

beforeEach(() => serveLibrary());
afterEach(() => changeLanguage('fr'));

describe('the cohort view', () => {
  it('offers a drop zone and a real file input, says the data stays in memory and the checksum’s limits', async () => {
    const { view } = await renderView();
    expect(fileInput()).toHaveAttribute('type', 'file');
    expect(fileInput()).toHaveAttribute('multiple');
    expect(fileInput()).toHaveAccessibleDescription(/Au plus 5 Mo par fichier et 50 Mo/);
    expect(screen.getByText(/restent dans cet onglet, en mémoire/)).toBeVisible();
    expect(screen.getByText(/ne protège pas contre une modification volontaire/)).toBeVisible();
    expect(screen.getByText('Aucun résultat importé pour l’instant.')).toBeVisible();
    await expectNoAxeViolations(view.container);
  });

  it('imports many files at once: reports each by name, then shows the heatmap, pass rates and missed decisions', async () => {
    const { view, user } = await renderView();
    await user.upload(fileInput(), await resultFiles());

    await screen.findByText('Dernier import : 2 fichier(s) importé(s), 2 refusé(s).');
    const report = screen.getByRole('region', { name: 'Rapport d’import' });
    const items = within(report).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^✓ Importé « marie\.json » : Marie D\., 1 appel\(s\)/),
      expect.stringMatching(/^✓ Importé « karim\.json » : Karim B\./),
      expect.stringMatching(/^✗ Refusé « marie-abime\.json » : la somme de contrôle ne correspond pas/),
      expect.stringMatching(/^✗ Refusé « notes\.json » : ce n’est pas du JSON valide \(ligne 1, colonne 1\)/),
    ]);

    const table = screen.getByRole('table', { name: /Résultat moyen de chaque stagiaire par compétence/ });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rows).toEqual(['Marie D.', 'Karim B.']);
    const firstCompetency = within(table).getAllByRole('columnheader')[1];
    expect(
      shippedLibrary.scenarios.some((s) =>
        s.competencies.some((id) => findCompetency(id)?.label === firstCompetency?.textContent),
      ) || firstCompetency?.textContent !== '',
    ).toBe(true);
    const marieRow = within(table).getAllByRole('row')[1];
    // Number, call count and band in words: never the colour alone.
    expect(within(marieRow!).getAllByRole('cell')[0]?.textContent).toMatch(
      /^\d+\s% \(1 appel\(s\)\), (à travailler|en cours|acquise)$/,
    );

    const passRates = screen.getByRole('table', {
      name: 'Stagiaires ayant réussi chaque appel, au seuil de 70 %.',
    });
    expect(within(passRates).getByRole('rowheader')).toHaveTextContent(scenario!.title);
    expect(within(passRates).getAllByRole('cell')[1]).toHaveTextContent(/^[12] \/ 2$/);

    const missed = screen.getByRole('region', { name: 'Décisions le plus souvent manquées' });
    const first = within(missed).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(`Étape « ${scenario!.start} » de « ${scenario!.title} »`);
    expect(first).toHaveTextContent(
      'Meilleure réponse manquée dans 50 % des appels (1 sur 2), par 1 stagiaire(s) sur 2.',
    );
    expect(first).toHaveTextContent(`« ${bare(wrongOption!.text)} » (à éviter, 1 fois)`);
    expect(first).toHaveTextContent(`Meilleure réponse : « ${bare(bestOption!.text)} »`);

    await expectNoAxeViolations(view.container);
  });

  it('raising the pass mark changes the pass rate', async () => {
    const { user } = await renderView();
    await user.upload(fileInput(), await resultFiles());
    await screen.findByRole('table', { name: /au seuil de 70 %/ });
    const mark = screen.getByLabelText('Seuil de réussite (résultat global, %)');
    await user.clear(mark);
    await user.type(mark, '100');
    const table = screen.getByRole('table', { name: /au seuil de 100 %/ });
    expect(within(table).getAllByRole('cell')[1]?.textContent).toMatch(/^[01] \/ 2$/);
  });

  it('downloads the tables as CSV: BOM, « ; » and decimal comma in French, « , » on request', async () => {
    const { user, saved } = await renderView();
    await user.upload(fileInput(), await resultFiles());
    await screen.findByRole('button', { name: 'Télécharger les compétences par stagiaire (CSV)' });
    expect(screen.getByRole('radio', { name: /Point-virgule/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Télécharger les compétences par stagiaire (CSV)' }));
    expect(saved[0]?.name).toMatch(/^decroche-groupe-competences-\d{4}-\d\d-\d\d\.csv$/);
    expect(saved[0]?.text.startsWith('\uFEFFStagiaire;Appels terminés;')).toBe(true);
    expect(saved[0]?.text).toContain('\r\nMarie D.;1;');
    expect(screen.getByText(/^Fichier « decroche-groupe-competences-.*\.csv » téléchargé\.$/)).toBeVisible();

    await user.click(screen.getByRole('radio', { name: /Virgule \(,\)/ }));
    await user.click(screen.getByRole('button', { name: 'Télécharger les décisions manquées (CSV)' }));
    const missed = saved[1]?.text ?? '';
    expect(missed.startsWith('\uFEFFAppel,Identifiant,Étape,')).toBe(true);
    expect(missed.split('\r\n')[1]).toMatch(/,2,1,50,2,1,/);

    await user.click(screen.getByRole('button', { name: 'Télécharger les taux de réussite (CSV)' }));
    expect(saved[2]?.text.split('\r\n')[0]).toBe(
      '\uFEFFAppel,Identifiant,Type d’appel,Stagiaires,Stagiaires ayant terminé,Stagiaires ayant réussi,Taux de réussite (%),Meilleur résultat moyen (%),Seuil (%)',
    );
  });

  it('accepts files dropped on the zone, merges a trainee sent twice, and « Vider » starts again', async () => {
    const { user, store } = await renderView();
    const [marieFile, karimFile] = await resultFiles();
    const zone = screen.getByText(
      'Déposez ici les fichiers .json de vos stagiaires, ou choisissez-les :',
    ).parentElement!;
    fireEvent.drop(zone, { dataTransfer: { files: [marieFile, karimFile, marieFile] } });
    await screen.findByText('Dernier import : 3 fichier(s) importé(s), 0 refusé(s).');
    expect(store.getState().cohort.trainees).toHaveLength(2);
    expect(
      screen.getAllByText(
        /marie\.json » : Marie D\., 1 appel\(s\) dans le fichier — 0 nouveau\(x\), 1 déjà importé\(s\)/,
      ),
    ).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Vider la vue' }));
    expect(store.getState().cohort.trainees).toEqual([]);
    expect(screen.getByText('Vue vidée : tous les résultats importés ont été oubliés.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('filters by mode: a trainee without exam calls stays, with empty cells', async () => {
    const { user } = await renderView();
    const route = routeBy(scenario!, bestEverywhere);
    await user.upload(fileInput(), [
      jsonFile(
        await resultFileText(marie, [playedAttempt(scenario!, marie.id, route, { mode: 'exam' })]),
        'm.json',
      ),
      jsonFile(await resultFileText(karim, [playedAttempt(scenario!, karim.id, route)]), 'k.json'),
    ]);
    await screen.findByText('2 stagiaire(s), 2 appel(s) retenu(s) par les filtres.');
    await user.selectOptions(screen.getByLabelText('Mode'), 'Examen');
    expect(screen.getByText('2 stagiaire(s), 1 appel(s) retenu(s) par les filtres.')).toBeVisible();
    const table = screen.getByRole('table', { name: /Résultat moyen/ });
    const karimRow = within(table).getAllByRole('row')[2]!;
    expect(within(karimRow).getByRole('rowheader')).toHaveTextContent('Karim B.');
    expect(within(karimRow).getAllByRole('cell')[0]).toHaveTextContent('pas de résultat');
    expect(
      within(screen.getByRole('table', { name: /au seuil de 70/ })).getAllByRole('cell')[1],
    ).toHaveTextContent('1 / 1');
  });

  it('refuses a 50 MB file unread and a call unknown here, and flags another scenario version', async () => {
    const { user } = await renderView();
    const huge = jsonFile('{}', 'enorme.json');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const route = routeBy(scenario!, bestEverywhere);
    const unknown = playedAttempt(scenario!, karim.id, route, { scenarioKey: 'appel-disparu.fr' });
    const older = playedAttempt(scenario!, marie.id, route, { scenarioVersion: '0123456789ab' });
    await user.upload(fileInput(), [
      huge,
      jsonFile(await resultFileText(karim, [unknown]), 'karim-ancien.json'),
      jsonFile(await resultFileText(marie, [older]), 'marie-ancienne-version.json'),
    ]);
    await screen.findByText('Dernier import : 1 fichier(s) importé(s), 2 refusé(s).');
    expect(
      screen.getByText(
        '« enorme.json » n’a pas été lu : il pèse 50 Mo, plus que la limite de 5 Mo par fichier de résultats.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        '« karim-ancien.json » : ses appels (appel-disparu.fr) n’existent pas dans la bibliothèque de cette application.',
      ),
    ).toBeVisible();
    const item = screen.getByText(/« marie-ancienne-version\.json » : Marie D\./).closest('li')!;
    expect(item).toHaveTextContent('Importé, avec remarques');
    expect(item).toHaveTextContent(
      `1 appel(s) de « ${scenario!.title} (${scenario!.id}.fr) » joué(s) sur une autre version de cet appel : comptés dans les scores, mais pas dans l’analyse des décisions`,
    );
    // Its scores count; its decisions do not, and the analysis says why.
    expect(screen.getByRole('table', { name: /Résultat moyen/ })).toHaveTextContent('Marie D.');
    const missed = screen.getByRole('region', { name: 'Décisions le plus souvent manquées' });
    expect(missed).toHaveTextContent('Aucune décision manquée dans les appels comparés.');
    expect(missed).toHaveTextContent(
      /1 appel\(s\) de « .* » joué\(s\) sur une autre version : les étapes ont pu changer/,
    );
  });

  it('in English, speaks English and writes CSV with « , » and a decimal point', async () => {
    await changeLanguage('en');
    const { user, saved } = await renderView();
    await user.upload(screen.getByLabelText('Choose results files (.json)'), await resultFiles());
    await screen.findByText('Latest import: 2 file(s) imported, 2 refused.');
    expect(screen.getByText(/“marie-abime\.json”: the checksum does not match the content/)).toBeVisible();
    expect(screen.getByRole('radio', { name: /Comma \(,\)/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Download pass rates (CSV)' }));
    expect(saved[0]?.name).toMatch(/^decroche-group-pass-rates-\d{4}-\d\d-\d\d\.csv$/);
    expect(saved[0]?.text.split('\r\n')[0]).toBe(
      '\uFEFFCall,Identifier,Call type,Trainees,Trainees who ended it,Trainees who passed,Pass rate (%),Mean best result (%),Mark (%)',
    );
  });
});
