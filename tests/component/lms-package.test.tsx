import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { useAppStore } from '../../src/store/app-store';
import LmsPackage from '../../src/ui/trainer/lms/LmsPackage';
import { callsInLanguage } from '../../src/ui/trainer/lms/ScenarioChoice';
import { expectNoAxeViolations } from '../support/axe';
import { serveFakeBuild } from '../support/fake-app-build';
import { renderSettled, shippedIndex } from '../support/serve-library';

afterEach(() => vi.unstubAllGlobals());

const frenchCalls = shippedIndex.scenarios.filter((s) => s.language === 'fr');
const [first, second] = frenchCalls;
if (!first || !second) throw new Error('the library needs two French calls');

async function renderPanel() {
  useAppStore.setState({ callLanguage: 'fr', callMode: 'practice' });
  const saved: { name: string; blob: Blob }[] = [];
  const view = await renderSettled(<LmsPackage saveBlob={(name, blob) => saved.push({ name, blob })} />);
  return { view, saved, user: userEvent.setup() };
}

describe('the LMS package section', () => {
  it('offers the calls of the chosen language, grouped by call type, and has no axe violation', async () => {
    serveFakeBuild();
    const { view, user } = await renderPanel();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Paquet SCORM pour une plateforme de formation' }),
    ).toBeVisible();
    const calls = screen.getByRole('group', { name: 'Appels du devoir' });
    expect(within(calls).getAllByRole('checkbox')).toHaveLength(frenchCalls.length);
    expect(within(calls).getByRole('group', { name: 'Appels d’urgence — 112' })).toBeVisible();
    await expectNoAxeViolations(view.container);
    await user.selectOptions(screen.getByLabelText('Langue des appels'), 'nl');
    const dutch = shippedIndex.scenarios.filter((s) => s.language === 'nl');
    expect(within(calls).getAllByRole('checkbox')).toHaveLength(dutch.length);
    expect(screen.getByRole('heading', { level: 3, name: 'Importer le paquet dans Moodle' })).toBeVisible();
    expect(screen.getByText(/« Paquetage SCORM »/)).toBeVisible();
  });

  it('says what is missing, field by field, and focuses the first', async () => {
    serveFakeBuild();
    const { user, saved, view } = await renderPanel();
    await user.clear(screen.getByLabelText('Note de réussite (%)'));
    await user.type(screen.getByLabelText('Note de réussite (%)'), '150');
    await user.click(screen.getByRole('button', { name: 'Créer le paquet SCORM' }));
    const title = screen.getByLabelText('Titre de l’activité');
    expect(title).toHaveFocus();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Donnez un titre à l’activité\./);
    expect(screen.getByLabelText('Note de réussite (%)')).toHaveAccessibleDescription(
      /La note de réussite est un nombre entier de 0 à 100\./,
    );
    expect(screen.getByText('Choisissez au moins un appel.')).toBeVisible();
    expect(saved).toEqual([]);
    await expectNoAxeViolations(view.container);
  });

  it('packages the chosen calls and hands over the zip, with its name, size and file count', async () => {
    const requested = serveFakeBuild();
    const { user, saved } = await renderPanel();
    await user.type(screen.getByLabelText('Titre de l’activité'), 'Semaine 3 — appels entrants');
    await user.click(screen.getByRole('radio', { name: 'Examen' }));
    await user.clear(screen.getByLabelText('Note de réussite (%)'));
    await user.type(screen.getByLabelText('Note de réussite (%)'), '65');
    await user.click(screen.getByRole('checkbox', { name: second.title }));
    await user.click(screen.getByRole('checkbox', { name: first.title }));
    expect(screen.getByText('Appels choisis : 2')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Créer le paquet SCORM' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('semaine-3-appels-entrants-scorm12.zip');
    const status = await screen.findByText(/^Paquet créé : semaine-3-appels-entrants-scorm12\.zip \(/);
    expect(status).toHaveTextContent(/fichiers\)\. Le téléchargement a commencé\./);
    const files = unzipSync(new Uint8Array(await (saved[0]?.blob as Blob).arrayBuffer()));
    const packaged = JSON.parse(new TextDecoder().decode(files['decroche-assignment.json'])) as Assignment;
    // In the library's order, whatever order they were ticked in.
    const order = callsInLanguage(shippedIndex.scenarios, 'fr')
      .filter((s) => s.id === first.id || s.id === second.id)
      .map((s) => s.id);
    expect(packaged).toMatchObject({
      title: 'Semaine 3 — appels entrants',
      scenarios: order,
      mode: 'exam',
      callLanguage: 'fr',
      passMark: 65,
    });
    expect(new TextDecoder().decode(files['imsmanifest.xml'])).toContain(
      '<adlcp:masteryscore>65</adlcp:masteryscore>',
    );
    expect(requested).toContain('app-files.json');
  });

  it('packages an assignment composed in the trainer area as it is: its calls in its order, its id', async () => {
    serveFakeBuild();
    const composed: Assignment = {
      id: '6f1c2b9a-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
      title: 'Devoir du lundi',
      scenarios: [second.id, first.id],
      mode: 'exam',
      callLanguage: 'fr',
      passMark: 60,
      createdAt: 1,
    };
    const saved: { name: string; blob: Blob }[] = [];
    await renderSettled(
      <LmsPackage initial={composed} saveBlob={(name, blob) => saved.push({ name, blob })} />,
    );
    expect(screen.getByLabelText('Titre de l’activité')).toHaveValue('Devoir du lundi');
    expect(screen.getByRole('checkbox', { name: first.title })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Examen' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Créer le paquet SCORM' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const files = unzipSync(new Uint8Array(await (saved[0]?.blob as Blob).arrayBuffer()));
    const packaged = JSON.parse(new TextDecoder().decode(files['decroche-assignment.json'])) as Assignment;
    expect(packaged).toMatchObject({ id: composed.id, scenarios: [second.id, first.id], passMark: 60 });
  });

  it('names the file it could not read, and keeps the form as it was', async () => {
    serveFakeBuild({ 'audio/ring.ogg': 503 });
    const { user, saved } = await renderPanel();
    await user.type(screen.getByLabelText('Titre de l’activité'), 'Essai');
    await user.click(screen.getByRole('checkbox', { name: first.title }));
    await user.click(screen.getByRole('button', { name: 'Créer le paquet SCORM' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Impossible de lire « audio/ring.ogg » (HTTP 503). Aucun paquet n’a été créé.',
      ),
    );
    expect(saved).toEqual([]);
    expect(screen.getByLabelText('Titre de l’activité')).toHaveValue('Essai');
    expect(screen.getByRole('button', { name: 'Créer le paquet SCORM' })).toBeEnabled();
  });

  it('explains that a development server has no build to package', async () => {
    serveFakeBuild({ 'app-files.json': 404 });
    const { user } = await renderPanel();
    await user.type(screen.getByLabelText('Titre de l’activité'), 'Essai');
    await user.click(screen.getByRole('checkbox', { name: first.title }));
    await user.click(screen.getByRole('button', { name: 'Créer le paquet SCORM' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/« app-files\.json » \(HTTP 404\).*npm run build/),
    );
  });
});
