import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt, Profile } from '../../src/engine/progress/attempt';
import { masteryByCompetency, strongestAndWeakest } from '../../src/engine/progress/mastery';
import { recommendNext } from '../../src/engine/progress/recommend';
import { competencyLabel } from '../../src/i18n/competency-label';
import { useAppStore } from '../../src/store/app-store';
import { progressStore } from '../../src/store/progress/app-progress';
import { HistoryPanel } from '../../src/ui/progress/HistoryPanel';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary, shippedIndex, shippedLibrary } from '../support/serve-library';

const minute = 60_000;
const start = Date.UTC(2025, 2, 3, 9, 0);
const profile: Profile = { id: 'p1', name: 'Amina Benali', createdAt: start - minute };

const parcel = shippedLibrary.scenarios.find((s) => s.id === 'colis-en-retard' && s.language === 'fr');
const bill = shippedLibrary.scenarios.find((s) => s.id === 'facture-energie' && s.language === 'fr');
if (!parcel || !bill)
  throw new Error('shipped scenarios colis-en-retard.fr and facture-energie.fr are expected');
const firstStep = parcel.steps[parcel.start];
const firstOption = firstStep?.options[0];
if (!firstOption) throw new Error('colis-en-retard.fr has a first option');

const attempts: Attempt[] = [
  {
    id: 'a1',
    profileId: 'p1',
    scenarioKey: 'colis-en-retard.fr',
    mode: 'practice',
    seed: 1,
    startedAt: start,
    endedAt: start + 2 * minute + 5_000,
    status: 'ended',
    decisions: [
      { stepId: parcel.start, optionId: firstOption.id, atMs: 8_000 },
      { stepId: 'etape-inconnue', optionId: 'reponse-x', atMs: 21_000 },
    ],
    outcome: 'partial',
    overall: 55,
    competencies: [
      { competency: 'laisse-parler', percent: 40 },
      { competency: 'informe-ecoute', percent: 90 },
      { competency: 'secret-professionnel', percent: 70 },
    ],
  },
  {
    id: 'a2',
    profileId: 'p1',
    scenarioKey: 'facture-energie.fr',
    mode: 'exam',
    seed: 2,
    startedAt: start + 24 * 60 * minute,
    endedAt: start + 24 * 60 * minute + 3 * minute,
    status: 'ended',
    decisions: [],
    outcome: 'success',
    overall: 81,
    competencies: [
      { competency: 'informe-ecoute', percent: 100 },
      { competency: 'secret-professionnel', percent: 50 },
    ],
  },
  {
    id: 'a3',
    profileId: 'p1',
    scenarioKey: 'colis-en-retard.fr',
    mode: 'practice',
    seed: 3,
    startedAt: start + 48 * 60 * minute,
    endedAt: start + 48 * 60 * minute + 4 * minute,
    status: 'ended',
    decisions: [],
    outcome: 'failure',
    overall: 30,
    competencies: [
      { competency: 'laisse-parler', percent: 20 },
      { competency: 'informe-ecoute', percent: 80 },
    ],
  },
  {
    id: 'a4',
    profileId: 'p1',
    scenarioKey: 'facture-energie.fr',
    mode: 'practice',
    seed: 4,
    startedAt: start + 49 * 60 * minute,
    endedAt: start + 49 * 60 * minute + minute,
    status: 'abandoned',
    decisions: [],
  },
];

function showAttempts(list: Attempt[]): void {
  progressStore.setState({
    status: 'ready',
    profiles: [profile],
    activeProfileId: profile.id,
    attempts: list,
  });
}

const originalOpenCall = useAppStore.getState().openCall;

beforeEach(() => {
  serveLibrary();
  useAppStore.setState({ callLanguage: 'fr' });
});

afterEach(() => {
  useAppStore.setState({ openCall: originalOpenCall });
  vi.restoreAllMocks();
});

describe('the history panel', () => {
  it('lists every call, latest first, with title, mode, outcome, score and duration', async () => {
    showAttempts(attempts);
    const { container } = await renderSettled(<HistoryPanel />);
    const list = within(screen.getByRole('region', { name: 'Tous vos appels' })).getAllByRole('listitem');
    expect(list).toHaveLength(4);
    expect(list.map((item) => within(item).getByRole('heading', { level: 4 }).textContent)).toEqual([
      expect.stringContaining(bill.title),
      expect.stringContaining(parcel.title),
      expect.stringContaining(bill.title),
      expect.stringContaining(parcel.title),
    ]);
    const [abandoned, failed, exam, first] = list as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(abandoned).toHaveTextContent('Appel interrompu');
    expect(failed).toHaveTextContent('Appel échoué');
    expect(exam).toHaveTextContent('Examen');
    expect(exam).toHaveTextContent('Appel bien mené');
    expect(exam).toHaveTextContent('81 %');
    expect(exam).toHaveTextContent('3 min 00 s');
    expect(first).toHaveTextContent('Entraînement');
    expect(first).toHaveTextContent('Appel en partie réussi');
    expect(first).toHaveTextContent('55 %');
    expect(first).toHaveTextContent('2 min 05 s');
    await expectNoAxeViolations(container);
  });

  it('opens a call’s decisions with their timing and the answer given', async () => {
    showAttempts(attempts);
    const { container } = await renderSettled(<HistoryPanel />);
    const toggle = screen.getByRole('button', { name: 'Voir les décisions (2)' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const decisions = screen.getByRole('list', { name: /^Décisions de l’appel « / });
    const items = within(decisions).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('À 8 s');
    expect(await within(items[0] as HTMLElement).findByText(firstOption.text)).toBeVisible();
    expect(items[1]).toHaveTextContent('À 21 s');
    expect(items[1]).toHaveTextContent('(+13 s)');
    expect(items[1]).toHaveTextContent('étape « etape-inconnue », réponse « reponse-x »');
    await expectNoAxeViolations(container);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: /^Décisions de l’appel « / })).toBeNull();
  });

  it('draws mastery over time with a table that gives the same numbers', async () => {
    showAttempts(attempts);
    const { container } = await renderSettled(<HistoryPanel />);
    const select = screen.getByRole('combobox', { name: 'Compétence' });
    // The weakest competency is shown first.
    expect(select).toHaveValue('laisse-parler');

    await userEvent.selectOptions(select, 'informe-ecoute');
    const expected = masteryByCompetency(attempts).find((m) => m.competency === 'informe-ecoute');
    expect(expected?.points.map((p) => p.mastery)).toEqual([90, 95, 90]);

    const label = competencyLabel('informe-ecoute');
    const chart = screen.getByRole('img', {
      name: new RegExp(`^Maîtrise de « ${escape(label)} » sur 3 résultat`),
    });
    expect(chart).toHaveAccessibleName(expect.stringContaining('de 90 % à 90 %'));
    const table = screen.getByRole('table', { name: `Résultats pour « ${label} », appel par appel` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [parcel.title, '90 %', '90 %'],
      [bill.title, '100 %', '95 %'],
      [parcel.title, '80 %', '90 %'],
    ]);
    // One dot per row of the table.
    expect(chart.querySelectorAll('circle')).toHaveLength(rows.length);
    await expectNoAxeViolations(container);
  });

  it('names the strongest and weakest competencies in the profile’s wording', async () => {
    showAttempts(attempts);
    await renderSettled(<HistoryPanel />);
    const { strongest, weakest } = strongestAndWeakest(masteryByCompetency(attempts));
    expect(strongest.map((m) => m.competency)).toEqual(['informe-ecoute', 'secret-professionnel']);
    expect(weakest.map((m) => m.competency)).toEqual(['laisse-parler']);
    const region = screen.getByRole('region', { name: 'Points forts et points à travailler' });
    const lists = within(region).getAllByRole('list');
    expect(lists[0]).toHaveTextContent(`${competencyLabel('informe-ecoute')} — 90 %`);
    expect(lists[1]).toHaveTextContent(`${competencyLabel('laisse-parler')} — 30 %`);
  });

  it('starts the next call advised with its button', async () => {
    const openCall = vi.fn();
    useAppStore.setState({ openCall });
    showAttempts(attempts);
    await renderSettled(<HistoryPanel />);
    const next = recommendNext({
      masteries: masteryByCompetency(attempts),
      scenarios: shippedIndex.scenarios,
      attempts,
      language: 'fr',
    });
    expect(next).toMatchObject({ competency: 'laisse-parler', wantedLevel: 'debutant' });
    const region = screen.getByRole('region', { name: 'Prochain appel conseillé' });
    expect(region).toHaveTextContent(
      `Pour travailler « ${competencyLabel('laisse-parler')} » (maîtrise 30 %)`,
    );
    await userEvent.click(within(region).getByRole('button', { name: `Lancer « ${next?.scenario.title} »` }));
    expect(openCall).toHaveBeenCalledWith(next?.scenario.key);
  });

  it('says so when the trainee has not played yet, and still advises a first call', async () => {
    showAttempts([]);
    const { container } = await renderSettled(<HistoryPanel />);
    expect(screen.getByText(/^Aucun appel pour l’instant/)).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Tous vos appels' })).toBeNull();
    const region = screen.getByRole('region', { name: 'Prochain appel conseillé' });
    expect(region).toHaveTextContent('Pour commencer : un appel de niveau Débutant.');
    await expectNoAxeViolations(container);
  });
});

describe('the portfolio', () => {
  it('shows a printable training record and opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    showAttempts(attempts);
    const { container } = await renderSettled(<HistoryPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Imprimer mon portfolio' }));
    expect(print).toHaveBeenCalledTimes(1);
    const record = screen.getByRole('region', { name: 'Portfolio d’entraînement — Amina Benali' });
    expect(record).toHaveTextContent('préparation à une validation');
    expect(record).toHaveTextContent('n’est pas un titre officiel');
    expect(record).toHaveTextContent('3 (dont 1 en mode examen) ; 1 appel(s) interrompu(s)');
    const [competencies, calls] = within(record).getAllByRole('table') as [HTMLElement, HTMLElement];
    const secret = within(competencies).getByRole('row', {
      name: new RegExp(`^${escape(competencyLabel('secret-professionnel'))}`),
    });
    // Results, best, latest, mastery, band.
    expect(
      within(secret)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '70 %', '50 %', '60 %', 'En cours']);
    expect(within(calls).getAllByRole('row')).toHaveLength(1 + 3);
    await expectNoAxeViolations(container);

    await userEvent.click(screen.getByRole('button', { name: 'Imprimer mon portfolio' }));
    expect(print).toHaveBeenCalledTimes(2);
    await userEvent.click(screen.getByRole('button', { name: 'Fermer le portfolio' }));
    expect(screen.queryByRole('region', { name: /^Portfolio d’entraînement/ })).toBeNull();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
