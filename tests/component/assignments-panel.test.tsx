import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { composeAssignment, emptyDraft } from '../../src/engine/assignment/assignment-draft';
import { encodeShortCode } from '../../src/engine/assignment/short-code';
import { useAppStore } from '../../src/store/app-store';
import { openProgressDb } from '../../src/store/progress/progress-db';
import { progressRepository } from '../../src/store/progress/progress-repository';
import { createProgressStore } from '../../src/store/progress/progress-store';
import type { ProgressStore } from '../../src/store/progress/progress-store';
import { AssignmentsPanel } from '../../src/ui/assignments/AssignmentsPanel';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary, shippedIndex } from '../support/serve-library';

let databases = 0;
async function storeWithProfile(): Promise<ProgressStore> {
  const name = `assignments-panel-${++databases}`;
  const store = createProgressStore(async () => progressRepository(await openProgressDb(name)));
  await store.getState().init();
  await store.getState().createProfile('Amina');
  return store;
}

const titleOf = (id: string) =>
  shippedIndex.scenarios.find((s) => s.id === id && s.language === 'fr')?.title ?? id;
const today = '2026-03-10';

const week3: Assignment = {
  id: '2c1a4b7e-9d3f-8a10-b2c4-6e8f0a1b2c3d',
  title: 'Semaine 3',
  scenarios: ['colis-en-retard', 'odeur-gaz', 'imprimante'],
  mode: 'exam',
  callLanguage: 'fr',
  due: '2026-03-05',
  passMark: 70,
  issuedBy: 'Anne Dupont',
  createdAt: 1,
};
const week4: Assignment = {
  ...week3,
  id: '3d2b5c8f-0e4a-8b21-83d5-7f9a1b2c3d4e',
  title: 'Semaine 4',
  due: '2026-03-20',
  scenarios: ['colis-en-retard'],
};

async function play(
  store: ProgressStore,
  scenarioKey: string,
  assignmentId: string | undefined,
  overall: number,
) {
  const attempt = await store
    .getState()
    .startAttempt({ scenarioKey, mode: 'exam', seed: 1, ...(assignmentId ? { assignmentId } : {}) });
  await store.getState().finishAttempt(attempt.id, { status: 'ended', overall });
}

const originalOpenCall = useAppStore.getState().openCall;
beforeEach(() => serveLibrary());
afterEach(() => useAppStore.setState({ openCall: originalOpenCall, view: { name: 'library' } }));

describe('« Mes devoirs »', () => {
  it('lists each assignment with its due date, overdue flagged in words, and every call’s status', async () => {
    const store = await storeWithProfile();
    await store.getState().acceptAssignment(week4);
    await store.getState().acceptAssignment(week3);
    await play(store, 'colis-en-retard.fr', week3.id, 82);
    await play(store, 'odeur-gaz.fr', week3.id, 55);
    await play(store, 'imprimante.fr', undefined, 99); // played freely: does not count for the assignment
    await play(store, 'colis-en-retard.fr', week4.id, 90);
    const { container } = await renderSettled(<AssignmentsPanel store={store} today={today} />);

    const cards = screen.getAllByRole('article');
    // Nearest due date first.
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Semaine 3',
      'Semaine 4',
    ]);
    const [first, second] = cards as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('En retard : la date limite était le 5 mars 2026.');
    expect(first).toHaveTextContent('1 appel(s) réussi(s) sur 3');
    const calls = within(first).getAllByRole('listitem');
    expect(calls[0]).toHaveTextContent(`${titleOf('colis-en-retard')} Réussi — meilleur score 82 %`);
    expect(calls[1]).toHaveTextContent(
      `${titleOf('odeur-gaz')} Joué, pas encore réussi — meilleur score 55 %`,
    );
    expect(calls[2]).toHaveTextContent(`${titleOf('imprimante')} Pas commencé`);
    expect(second).toHaveTextContent('À faire pour le 20 mars 2026');
    expect(second).not.toHaveTextContent('En retard');
    expect(second).toHaveTextContent('Devoir terminé : tous les appels sont réussis.');
    await expectNoAxeViolations(container);
  });

  it('starts a call with the assignment’s mode and records the assignment on it', async () => {
    const store = await storeWithProfile();
    await store.getState().acceptAssignment(week3);
    useAppStore.setState({ callMode: 'practice' });
    await renderSettled(<AssignmentsPanel store={store} today={today} />);
    await userEvent.click(
      screen.getByRole('button', { name: `Jouer « ${titleOf('odeur-gaz')} » (devoir « Semaine 3 »)` }),
    );
    expect(useAppStore.getState().view).toMatchObject({
      name: 'call',
      scenarioKey: 'odeur-gaz.fr',
      assigned: { assignmentId: week3.id, mode: 'exam' },
    });
  });

  it('adds an assignment from a typed short code, after showing it', async () => {
    const store = await storeWithProfile();
    const composed = await composeAssignment(
      {
        ...emptyDraft(),
        title: 'x',
        scenarios: ['colis-en-retard', 'odeur-gaz'],
        due: '2026-04-01',
        passMark: '60',
      },
      5,
      77,
    );
    const code = (await encodeShortCode(composed)) ?? '';
    const user = userEvent.setup();
    const { container } = await renderSettled(<AssignmentsPanel store={store} today={today} />);
    expect(screen.getByText(/Aucun devoir pour l’instant/)).toBeVisible();

    await user.type(screen.getByLabelText('Code du devoir'), code.replace('DC-', '').slice(0, -2));
    await user.click(screen.getByRole('button', { name: 'Lire le code' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Le code est incomplet');
    expect(screen.getByLabelText('Code du devoir')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Code du devoir'));
    await user.type(screen.getByLabelText('Code du devoir'), code.toLowerCase().replace(/-/g, ' '));
    await user.click(screen.getByRole('button', { name: 'Lire le code' }));
    const review = await screen.findByRole('region', { name: 'Devoir reçu' });
    expect(review).toHaveTextContent('Réussi à partir de 60 % de score global');
    expect(within(review).getByRole('radio', { name: 'Amina (ouvert)' })).toBeChecked();
    await expectNoAxeViolations(container);
    await user.click(within(review).getByRole('button', { name: 'Accepter le devoir' }));
    expect(await screen.findByText(`Devoir « ${code} » ajouté au profil « Amina ».`)).toBeVisible();
    expect(screen.getByRole('article')).toHaveTextContent(code);
    expect(store.getState().assignments[0]?.assignment.id).toBe(composed.id);
  });

  it('names a mistyped character', async () => {
    const store = await storeWithProfile();
    const user = userEvent.setup();
    await renderSettled(<AssignmentsPanel store={store} today={today} />);
    await user.type(screen.getByLabelText('Code du devoir'), 'DC-4UQ2');
    await user.click(screen.getByRole('button', { name: 'Lire le code' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Le code contient « U »');
  });
});
