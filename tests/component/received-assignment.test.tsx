import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { encodeAssignmentPayload } from '../../src/engine/assignment/assignment-link';
import { openProgressDb } from '../../src/store/progress/progress-db';
import { progressRepository } from '../../src/store/progress/progress-repository';
import { createProgressStore } from '../../src/store/progress/progress-store';
import type { ProgressStore } from '../../src/store/progress/progress-store';
import ReceivedAssignment from '../../src/ui/assignments/ReceivedAssignment';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary, shippedIndex } from '../support/serve-library';

let databases = 0;
async function freshStore(): Promise<{ store: ProgressStore; name: string }> {
  const name = `received-${++databases}`;
  const store = createProgressStore(async () => progressRepository(await openProgressDb(name)));
  await store.getState().init();
  return { store, name };
}

const titleOf = (id: string) =>
  shippedIndex.scenarios.find((s) => s.id === id && s.language === 'fr')?.title ?? id;

const assignment: Assignment = {
  id: '2c1a4b7e-9d3f-8a10-b2c4-6e8f0a1b2c3d',
  title: 'Semaine 3 — appels entrants',
  scenarios: ['colis-en-retard', 'odeur-gaz'],
  mode: 'exam',
  callLanguage: 'fr',
  due: '2026-03-01',
  passMark: 70,
  lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'cle', password: 'secret' },
  issuedBy: 'Anne Dupont, CISP Namur',
  createdAt: 1,
};

async function openDialog(payload: string, store: ProgressStore) {
  const onClose = vi.fn();
  const view = await renderSettled(
    <ReceivedAssignment payload={payload} onClose={onClose} store={store} today="2026-03-02" />,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Devoir reçu' });
  return { view, dialog, onClose, user: userEvent.setup() };
}

/** Everything stored, as raw records: what « nothing touched » is checked against. */
async function storedRecords(name: string) {
  const db = await openProgressDb(name);
  const all = {
    profiles: await db.getAll('profiles'),
    attempts: await db.getAll('attempts'),
    assignments: await db.getAll('assignments'),
  };
  db.close();
  return all;
}

beforeEach(() => {
  serveLibrary();
  sessionStorage.clear();
});

describe('an assignment link opened by a trainee', () => {
  it('shows what the assignment asks, and saves it in a new profile when there is none', async () => {
    const { store } = await freshStore();
    const { dialog, onClose, user, view } = await openDialog(
      await encodeAssignmentPayload(assignment),
      store,
    );
    await within(dialog).findByText('Semaine 3 — appels entrants');
    expect(dialog).toHaveTextContent('Donné par Anne Dupont, CISP Namur');
    expect(dialog).toHaveTextContent('Mode : Examen');
    expect(dialog).toHaveTextContent('Réussi à partir de 70 % de score global');
    expect(dialog).toHaveTextContent('En retard : la date limite était le 1 mars 2026.');
    expect(dialog).toHaveTextContent('lrs.example.org');
    const calls = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(calls).toEqual(expect.arrayContaining([titleOf('colis-en-retard'), titleOf('odeur-gaz')]));
    expect(within(dialog).getByRole('radio', { name: 'Nouveau profil' })).toBeChecked();
    await expectNoAxeViolations(view.container);

    await user.type(within(dialog).getByLabelText('Nom du nouveau profil'), 'Amina B.');
    await user.click(within(dialog).getByRole('button', { name: 'Accepter le devoir' }));
    expect(
      await within(dialog).findByText(
        'Devoir « Semaine 3 — appels entrants » ajouté au profil « Amina B. ».',
      ),
    ).toHaveFocus();
    expect(store.getState().profiles.map((p) => p.name)).toEqual(['Amina B.']);
    expect(store.getState().assignments.map((a) => a.assignment)).toEqual([assignment]);
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('saves in the open profile by default, and says when it is already there', async () => {
    const { store } = await freshStore();
    await store.getState().createProfile('Bruno');
    await store.getState().acceptAssignment(assignment);
    const { dialog, user } = await openDialog(await encodeAssignmentPayload(assignment), store);
    expect(await within(dialog).findByRole('radio', { name: 'Bruno (ouvert)' })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Accepter le devoir' }));
    expect(
      await within(dialog).findByText(
        'Le profil « Bruno » a déjà le devoir « Semaine 3 — appels entrants » : rien n’a changé.',
      ),
    ).toBeVisible();
    expect(store.getState().assignments).toHaveLength(1);
  });

  it('asks for the PIN of another profile, and adds nothing when it is wrong', async () => {
    const { store } = await freshStore();
    await store.getState().createProfile('Chloé', '1234');
    await store.getState().createProfile('David');
    const { dialog, user } = await openDialog(await encodeAssignmentPayload(assignment), store);
    await user.click(await within(dialog).findByRole('radio', { name: 'Chloé (protégé par un code)' }));
    await user.type(within(dialog).getByLabelText('Code à 4 chiffres du profil « Chloé »'), '0000');
    await user.click(within(dialog).getByRole('button', { name: 'Accepter le devoir' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Code incorrect');
    expect(store.getState().assignments).toEqual([]);
    await user.clear(within(dialog).getByLabelText('Code à 4 chiffres du profil « Chloé »'));
    await user.type(within(dialog).getByLabelText('Code à 4 chiffres du profil « Chloé »'), '1234');
    await user.click(within(dialog).getByRole('button', { name: 'Accepter le devoir' }));
    await within(dialog).findByText(/ajouté au profil « Chloé »/);
    expect(store.getState().profiles.find((p) => p.id === store.getState().activeProfileId)?.name).toBe(
      'Chloé',
    );
  });

  it('declines without writing anything', async () => {
    const { store, name } = await freshStore();
    await store.getState().createProfile('Bruno');
    const before = await storedRecords(name);
    const { dialog, user, onClose } = await openDialog(await encodeAssignmentPayload(assignment), store);
    await user.click(await within(dialog).findByRole('button', { name: 'Refuser' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(await storedRecords(name)).toEqual(before);
  });

  it.each([
    ['truncated', (p: string) => p.slice(0, Math.floor(p.length / 2)), /Le lien est incomplet/],
    [
      'tampered',
      (p: string) => `${p.slice(0, 40)}${p[40] === 'A' ? 'B' : 'A'}${p.slice(41)}`,
      /Le lien a été modifié ou abîmé/,
    ],
    ['foreign', () => btoa('{"hello":"world"}').replace(/=+$/, ''), /ne contient pas de devoir Décroche/],
  ])('refuses a %s link with a clear message and touches nothing stored', async (_kind, damage, message) => {
    const { store, name } = await freshStore();
    await store.getState().createProfile('Bruno');
    await store.getState().acceptAssignment({ ...assignment, id: '0f0f0f0f-0f0f-8f0f-8f0f-0f0f0f0f0f0f' });
    const before = await storedRecords(name);
    const payload = damage(await encodeAssignmentPayload(assignment));
    const { dialog, user, onClose, view } = await openDialog(payload, store);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Ce devoir ne peut pas être ajouté.');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Rien n’a été enregistré ni modifié.');
    expect(within(dialog).queryByRole('button', { name: 'Accepter le devoir' })).toBeNull();
    await expectNoAxeViolations(view.container);
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledOnce();
    await waitFor(async () => expect(await storedRecords(name)).toEqual(before));
  });

  it('names the calls the library does not have', async () => {
    const { store } = await freshStore();
    const payload = await encodeAssignmentPayload({
      ...assignment,
      scenarios: ['colis-en-retard', 'chat-perdu'],
    });
    const { dialog } = await openDialog(payload, store);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Ce devoir demande des appels que cette version de Décroche ne contient pas : chat-perdu.',
    );
  });
});
