import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Scorm12API } from 'scorm-again';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { startSco } from '../../src/scorm/sco-controller';
import type { Scorm12Api } from '../../src/scorm/scorm12-api';
import { useAppStore } from '../../src/store/app-store';
import { progressStore, startProgress } from '../../src/store/progress/app-progress';
import { AssignmentCalls } from '../../src/ui/scorm/AssignmentCalls';
import { ScormApp } from '../../src/ui/scorm/ScormApp';
import { ScormLoadError } from '../../src/ui/scorm/ScormLoadError';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary, shippedIndex } from '../support/serve-library';

const french = shippedIndex.scenarios.filter((s) => s.language === 'fr');
const [first, second] = french;
if (!first || !second) throw new Error('the library needs two French calls');

const assignment: Assignment = {
  id: 'asg-7',
  title: 'Semaine 3 — appels entrants',
  scenarios: [first.id, second.id],
  mode: 'practice',
  callLanguage: 'fr',
  passMark: 70,
  due: '2026-03-20',
  issuedBy: 'Anne, centre de Charleroi',
  createdAt: 0,
};

function lms(core: Record<string, string> = {}) {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  api.loadFromJSON({ core: { student_id: 'stg-7', student_name: 'Peeters, Lotte', ...core } });
  return api;
}

/** A call of the assignment played to its end, as the call screen records it. */
async function playCall(scenarioKey: string, overall: number) {
  await act(async () => {
    const attempt = await progressStore.getState().startAttempt({ scenarioKey, mode: 'practice', seed: 1 });
    await progressStore.getState().finishAttempt(attempt.id, { status: 'ended', overall });
  });
}

beforeAll(() => startProgress());
beforeEach(() => {
  serveLibrary();
  localStorage.clear();
  useAppStore.getState().openLibrary();
});
afterEach(() => vi.unstubAllGlobals());

describe('the package inside the LMS', () => {
  it('shows the assignment, how it is judged and its calls, and has no axe violation', async () => {
    const sco = await startSco({ assignment, api: lms() as unknown as Scorm12Api, progress: progressStore });
    const { container } = await renderSettled(<ScormApp sco={sco} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Semaine 3 — appels entrants' })).toBeVisible();
    expect(screen.getByText('Stagiaire : Lotte Peeters')).toBeVisible();
    expect(screen.getByText('Donné par Anne, centre de Charleroi')).toBeVisible();
    expect(screen.getByText('À faire pour le 20 mars 2026')).toBeVisible();
    expect(screen.getByText(/Réussi si la moyenne des appels atteint 70 %/)).toBeVisible();
    expect(screen.getByText('Score de l’activité : 0 % — en cours (0 sur 2 appels joués)')).toBeVisible();
    expect(screen.getByRole('button', { name: `Jouer « ${first.title} »` })).toBeVisible();
    expect(screen.getByRole('button', { name: `Jouer « ${second.title} »` })).toBeVisible();
    // Inside an LMS the package is one activity: no way to the library or the trainers' area.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Espace formateur' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows each result as the calls end, and that the LMS recorded it', async () => {
    const api = lms();
    const sco = await startSco({ assignment, api: api as unknown as Scorm12Api, progress: progressStore });
    await renderSettled(<ScormApp sco={sco} />);
    await playCall(`${first.id}.fr`, 90);
    expect(screen.getByText('Résultat retenu : 90 %')).toBeVisible();
    expect(screen.getByText('Score de l’activité : 45 % — en cours (1 sur 2 appels joués)')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Résultat enregistré par la plateforme.');
    await playCall(`${second.id}.fr`, 60);
    expect(screen.getByText('Score de l’activité : 75 % — réussie (2 sur 2 appels joués)')).toBeVisible();
    expect(api.cmi.core.lesson_status).toBe('passed');
  });

  it('opens the call chosen', async () => {
    const sco = await startSco({ assignment, api: undefined, progress: progressStore });
    await renderSettled(
      <Suspense>
        <AssignmentCalls sco={sco} />
      </Suspense>,
    );
    await userEvent.click(screen.getByRole('button', { name: `Jouer « ${second.title} »` }));
    expect(useAppStore.getState().view).toMatchObject({ name: 'call', scenarioKey: `${second.id}.fr` });
  });

  it('finishes the session on request and says the results are recorded', async () => {
    const api = lms();
    const sco = await startSco({ assignment, api: api as unknown as Scorm12Api, progress: progressStore });
    await renderSettled(<ScormApp sco={sco} />);
    expect(screen.getByRole('button', { name: 'Terminer l’activité' })).toHaveAccessibleDescription(
      /Envoie le temps passé et ferme la session/,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Terminer l’activité' }));
    expect(api.isTerminated()).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Session terminée : vos résultats sont enregistrés.',
    );
    expect(screen.queryByRole('button', { name: 'Terminer l’activité' })).toBeNull();
  });

  it('says so when there is no LMS, and the calls stay playable', async () => {
    const sco = await startSco({ assignment, api: undefined, progress: progressStore });
    const { container } = await renderSettled(<ScormApp sco={sco} />);
    expect(
      screen.getByText(/Aucune plateforme de formation n’a été trouvée autour de cette page\./),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: `Jouer « ${first.title} »` })).toBeEnabled();
    await expectNoAxeViolations(container);
  });

  it('shows the LMS’s refusal with its code and message', async () => {
    const api = lms();
    api.LMSInitialize('');
    const sco = await startSco({ assignment, api: api as unknown as Scorm12Api, progress: progressStore });
    const { container } = await renderSettled(<ScormApp sco={sco} />);
    expect(screen.getByText(/La plateforme de formation a refusé d’ouvrir la session/)).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        `LMSInitialize refusé par la plateforme : erreur 101 — ${api.LMSGetErrorString('101')}`,
      ),
    );
    await expectNoAxeViolations(container);
  });

  it('in an exam, leaves a call played once without a play button', async () => {
    const sco = await startSco({
      assignment: { ...assignment, mode: 'exam' },
      api: undefined,
      progress: progressStore,
    });
    await renderSettled(<ScormApp sco={sco} />);
    expect(screen.getByText(/seul le premier résultat de chaque appel compte/)).toBeVisible();
    await playCall(`${first.id}.fr`, 40);
    expect(
      screen.getByText(/Résultat retenu : 40 %.*Examen joué : ce résultat est définitif\./),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: `Jouer « ${first.title} »` })).toBeNull();
    expect(screen.getByRole('button', { name: `Jouer « ${second.title} »` })).toBeVisible();
  });

  it('names the assignment file when the package is damaged', async () => {
    const { container } = await renderSettled(
      <ScormLoadError file="decroche-assignment.json" reason="HTTP 404" />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Impossible de lire le fichier du devoir « decroche-assignment.json » (HTTP 404).',
    );
    await expectNoAxeViolations(container);
  });
});
