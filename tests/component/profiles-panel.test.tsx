import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/engine/progress/attempt';
import { buildExport, maxImportBytes, serializeExport } from '../../src/engine/progress/export-format';
import { openProgressDb } from '../../src/store/progress/progress-db';
import { progressRepository } from '../../src/store/progress/progress-repository';
import { createProgressStore } from '../../src/store/progress/progress-store';
import type { ProgressStore } from '../../src/store/progress/progress-store';
import { ProfilesPanel } from '../../src/ui/progress/ProfilesPanel';
import { expectNoAxeViolations } from '../support/axe';

let databases = 0;

/** A store on a database of its own, opened and loaded. */
async function freshStore(): Promise<ProgressStore> {
  const name = `profiles-panel-${++databases}`;
  const store = createProgressStore(async () => progressRepository(await openProgressDb(name)));
  await store.getState().init();
  return store;
}

function renderPanel(store: ProgressStore) {
  const saved: { name: string; text: string }[] = [];
  const view = render(<ProfilesPanel store={store} saveFile={(name, text) => saved.push({ name, text })} />);
  return { view, saved, user: userEvent.setup() };
}

/** A call played to the end by the open profile. */
async function playCall(store: ProgressStore, scenarioKey = 'colis-perdu.fr'): Promise<Attempt> {
  const attempt = await store.getState().startAttempt({ scenarioKey, mode: 'practice', seed: 3 });
  await store.getState().recordDecision(attempt.id, { stepId: 'start', optionId: 'greet', atMs: 900 });
  await store.getState().finishAttempt(attempt.id, { status: 'ended', outcome: 'success', overall: 75 });
  return store.getState().attempts.find((a) => a.id === attempt.id) as Attempt;
}

async function createProfile(user: ReturnType<typeof userEvent.setup>, name: string, pin = '') {
  await user.type(screen.getByLabelText('Votre nom'), name);
  if (pin) {
    await user.type(screen.getByLabelText('Code à 4 chiffres (facultatif)'), pin);
    await user.type(screen.getByLabelText('Répétez le code'), pin);
  }
  await user.click(screen.getByRole('button', { name: 'Créer et ouvrir mon profil' }));
  await screen.findByText(`Profil ouvert : ${name}`);
}

const importInput = () => screen.getByLabelText('Importer un fichier de données (.json)');
const jsonFile = (text: string | Uint8Array, name: string) =>
  new File([text as BlobPart], name, { type: 'application/json' });

beforeEach(() => sessionStorage.clear());

describe('profiles on a shared browser', () => {
  it('creates a profile with a PIN, refuses a wrong PIN and opens with the right one', async () => {
    const store = await freshStore();
    const { user, view } = renderPanel(store);
    expect(screen.getByText('Aucun profil ouvert. Ouvrez le vôtre ou créez-en un.')).toBeVisible();
    expect(screen.getByLabelText('Code à 4 chiffres (facultatif)')).toHaveAccessibleDescription(
      /Le code empêche vos collègues d’ouvrir votre historique ; il ne protège pas contre le propriétaire de l’ordinateur\./,
    );
    await expectNoAxeViolations(view.container);

    await createProfile(user, 'Marie D.', '4821');
    await waitFor(() => expect(screen.getByText('Profil ouvert : Marie D.')).toHaveFocus());
    expect(store.getState().profiles[0]?.pin).toBeDefined();
    const list = screen.getByRole('list');
    expect(within(list).getByRole('listitem')).toHaveAttribute('aria-current', 'true');
    expect(within(list).getByRole('listitem')).toHaveTextContent('ouvert');

    await user.click(screen.getByRole('button', { name: 'Fermer mon profil (changer de stagiaire)' }));
    expect(store.getState().activeProfileId).toBeUndefined();
    await waitFor(() =>
      expect(screen.getByText('Aucun profil ouvert. Ouvrez le vôtre ou créez-en un.')).toHaveFocus(),
    );

    await user.click(screen.getByRole('button', { name: 'Ouvrir le profil « Marie D. »' }));
    const pin = screen.getByLabelText('Code à 4 chiffres du profil « Marie D. »');
    await waitFor(() => expect(pin).toHaveFocus());
    await user.type(pin, '1111{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Code incorrect : le profil « Marie D. » n’a pas été ouvert.',
    );
    expect(store.getState().activeProfileId).toBeUndefined();
    expect(pin).toHaveValue('');
    expect(pin).toHaveFocus();
    expect(pin).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(view.container);

    await user.type(pin, '4821{Enter}');
    await screen.findByText('Profil ouvert : Marie D.');
    expect(store.getState().activeProfileId).toBe(store.getState().profiles[0]?.id);
    await waitFor(() => expect(screen.getByText('Profil ouvert : Marie D.')).toHaveFocus());
  });

  it('cancelling the PIN puts the focus back on the open button', async () => {
    const store = await freshStore();
    await store.getState().createProfile('Léa', '1234');
    store.getState().closeProfile();
    const { user } = renderPanel(store);
    await user.click(screen.getByRole('button', { name: 'Ouvrir le profil « Léa »' }));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.getByRole('button', { name: 'Ouvrir le profil « Léa »' })).toHaveFocus();
  });

  it('opens a profile without PIN directly', async () => {
    const store = await freshStore();
    await store.getState().createProfile('Tom');
    store.getState().closeProfile();
    const { user } = renderPanel(store);
    await user.click(screen.getByRole('button', { name: 'Ouvrir le profil « Tom »' }));
    await screen.findByText('Profil ouvert : Tom');
  });

  it('announces what is wrong in the create form and moves the focus to that field', async () => {
    const store = await freshStore();
    await store.getState().createProfile('Marie');
    const { user } = renderPanel(store);
    const create = screen.getByRole('button', { name: 'Créer et ouvrir mon profil' });

    await user.click(create);
    expect(screen.getByRole('alert')).toHaveTextContent('Indiquez un nom.');
    expect(screen.getByLabelText('Votre nom')).toHaveFocus();
    expect(screen.getByLabelText('Votre nom')).toHaveAccessibleDescription(/Indiquez un nom\./);

    await user.type(screen.getByLabelText('Votre nom'), ' marie ');
    await user.click(create);
    expect(screen.getByRole('alert')).toHaveTextContent('Un profil « marie » existe déjà sur ce navigateur');

    await user.clear(screen.getByLabelText('Votre nom'));
    await user.type(screen.getByLabelText('Votre nom'), 'Marie L.');
    await user.type(screen.getByLabelText('Code à 4 chiffres (facultatif)'), '12a');
    await user.click(create);
    expect(screen.getByRole('alert')).toHaveTextContent('Le code doit compter exactement 4 chiffres.');
    expect(screen.getByLabelText('Code à 4 chiffres (facultatif)')).toHaveFocus();

    await user.clear(screen.getByLabelText('Code à 4 chiffres (facultatif)'));
    await user.type(screen.getByLabelText('Code à 4 chiffres (facultatif)'), '1234');
    await user.type(screen.getByLabelText('Répétez le code'), '1243');
    await user.click(create);
    expect(screen.getByRole('alert')).toHaveTextContent('Les deux codes ne sont pas identiques.');
    expect(screen.getByLabelText('Répétez le code')).toHaveFocus();
    expect(store.getState().profiles).toHaveLength(1);
  });

  it('renames the open profile', async () => {
    const store = await freshStore();
    await store.getState().createProfile('Stagiaire');
    const { user } = renderPanel(store);
    await user.click(screen.getByRole('button', { name: 'Renommer mon profil' }));
    const field = screen.getByLabelText('Nouveau nom');
    await waitFor(() => expect(field).toHaveFocus());
    await user.clear(field);
    await user.type(field, 'Jonas V.{Enter}');
    await screen.findByText('Profil ouvert : Jonas V.');
    expect(store.getState().profiles[0]?.name).toBe('Jonas V.');
  });

  it('never shows one profile’s attempts to another', async () => {
    const store = await freshStore();
    const { user, saved } = renderPanel(store);
    await createProfile(user, 'Alice');
    const alices = await playCall(store);
    await createProfile(user, 'Bruno');
    expect(store.getState().attempts).toEqual([]);
    const brunos = await playCall(store, 'panne-internet.fr');

    await user.click(screen.getByRole('button', { name: 'Exporter mes données' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const exported = JSON.parse(saved[0]?.text ?? '');
    expect(exported.attempts.map((a: Attempt) => a.id)).toEqual([brunos.id]);

    await user.click(screen.getByRole('button', { name: 'Fermer mon profil (changer de stagiaire)' }));
    await user.click(screen.getByRole('button', { name: 'Ouvrir le profil « Alice »' }));
    await screen.findByText('Profil ouvert : Alice');
    expect(store.getState().attempts.map((a) => a.id)).toEqual([alices.id]);

    // Reloaded from the database too, not only in memory.
    const reopened = createProgressStore(async () =>
      progressRepository(await openProgressDb(`profiles-panel-${databases}`)),
    );
    await reopened.getState().init();
    const bruno = reopened.getState().profiles.find((p) => p.name === 'Bruno');
    await reopened.getState().openProfile(bruno?.id ?? '');
    expect(reopened.getState().attempts.map((a) => a.id)).toEqual([brunos.id]);
  });
});

describe('export and import', () => {
  it('exports one’s data and imports it on another browser, where the profile is created', async () => {
    const source = await freshStore();
    await source.getState().createProfile('Hélène', '9876');
    const played = [await playCall(source), await playCall(source, 'panne-internet.fr')];
    const first = renderPanel(source);
    expect(screen.getByRole('button', { name: 'Exporter mes données' })).toHaveAccessibleDescription(
      /somme de contrôle.*ne protège pas contre une modification volontaire/,
    );
    await first.user.click(screen.getByRole('button', { name: 'Exporter mes données' }));
    await waitFor(() => expect(first.saved).toHaveLength(1));
    const { name, text } = first.saved[0] as { name: string; text: string };
    expect(name).toMatch(/^decroche-helene-\d{4}-\d{2}-\d{2}\.json$/);
    expect(screen.getByRole('status')).toHaveTextContent(`Fichier « ${name} » téléchargé.`);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ format: 'decroche-progress', version: 1, profile: { name: 'Hélène' } });
    expect(data.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(data.profile.pin).toBeUndefined();
    first.view.unmount();

    const target = await freshStore();
    const { user, view } = renderPanel(target);
    await user.upload(importInput(), jsonFile(text, name));
    const status = await screen.findByText(`« ${name} » importé : profil « Hélène » créé.`);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText('2 appels ajoutés, 0 déjà présent, aucun conflit.')).toBeVisible();
    await expectNoAxeViolations(view.container);

    await user.click(screen.getByRole('button', { name: 'Ouvrir le profil « Hélène »' }));
    await screen.findByText('Profil ouvert : Hélène');
    // Both calls started in the same millisecond: compare as sets.
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(target.getState().attempts)).toEqual(byId(played));

    // The same file again adds nothing.
    await user.upload(importInput(), jsonFile(text, name));
    expect(await screen.findByText('0 appel ajouté, 2 déjà présents, aucun conflit.')).toBeVisible();
    expect(target.getState().attempts).toHaveLength(2);
  });

  it('merges into a known profile, keeping the existing record when an attempt differs', async () => {
    const store = await freshStore();
    const profile = await store.getState().createProfile('Marie');
    const kept = await playCall(store);
    const changed = await playCall(store);
    const newOnes = [1, 2, 3].map((n) => ({ ...kept, id: `new-${n}`, startedAt: kept.startedAt + n }));
    const file = serializeExport(
      await buildExport(profile, [kept, { ...changed, overall: 5, outcome: 'failure' }, ...newOnes]),
    );
    const { user, view } = renderPanel(store);
    await user.upload(importInput(), jsonFile(file, 'marie.json'));
    expect(await screen.findByText('« marie.json » importé dans le profil « Marie ».')).toBeVisible();
    expect(
      screen.getByText('3 appels ajoutés, 1 déjà présent, 1 conflit : l’existant est conservé.'),
    ).toBeVisible();
    expect(screen.getByText(/^colis-perdu\.fr, commencé le /)).toBeVisible();
    await expectNoAxeViolations(view.container);

    const attempts = store.getState().attempts;
    expect(attempts).toHaveLength(5);
    expect(attempts.find((a) => a.id === changed.id)).toEqual(changed);
    const stored = await progressRepository(
      await openProgressDb(`profiles-panel-${databases}`),
    ).getAttemptRaw(changed.id);
    expect(stored).toMatchObject({ overall: 75, outcome: 'success' });
  });

  it('suffixes the name of an imported profile that clashes with another one', async () => {
    const elsewhere = await freshStore();
    const theirs = await elsewhere.getState().createProfile('Sam');
    const file = serializeExport(await buildExport(theirs, []));
    const store = await freshStore();
    await store.getState().createProfile('Sam');
    const { user } = renderPanel(store);
    await user.upload(importInput(), jsonFile(file, 'sam.json'));
    expect(await screen.findByText('« sam.json » importé : profil « Sam (importé) » créé.')).toBeVisible();
    expect(store.getState().profiles.map((p) => p.name)).toEqual(['Sam', 'Sam (importé)']);
  });

  it.each([
    [
      'a checksum that does not match',
      'abime.json',
      async (text: string) => text.replace('"overall": 75', '"overall": 95'),
      /« abime\.json » n’a pas été importé : la somme de contrôle ne correspond pas/,
    ],
    [
      'a truncated file',
      'tronque.json',
      async (text: string) => text.slice(0, 200),
      /« tronque\.json » n’a pas été importé : son contenu n’est pas du JSON complet/,
    ],
    [
      'a file that is not JSON',
      'notes.json',
      async () => 'Mes notes de formation',
      /« notes\.json » n’a pas été importé : .*Attendu : un fichier exporté par Décroche/,
    ],
    [
      'foreign JSON',
      'package.json',
      async () => '{"name":"decroche","version":"0.1.0"}',
      /« package\.json » n’a pas été importé : ce n’est pas un fichier de données Décroche \(attendu : format « decroche-progress », version 1\)/,
    ],
    [
      'another format version',
      'futur.json',
      async (text: string) => text.replace('"version": 1', '"version": 2'),
      /« futur\.json » n’a pas été importé : version 2 du format non prise en charge \(attendu : version 1\)/,
    ],
  ])('refuses %s, naming the file', async (_label, fileName, damage, message) => {
    const store = await freshStore();
    const profile = await store.getState().createProfile('Nora');
    await playCall(store);
    const text = serializeExport(await buildExport(profile, store.getState().attempts));
    const before = store.getState().attempts;
    const { user, view } = renderPanel(store);
    await user.upload(importInput(), jsonFile(await damage(text), fileName));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(store.getState().attempts).toEqual(before);
    expect(store.getState().profiles).toHaveLength(1);
    await expectNoAxeViolations(view.container);
  });

  it('refuses an oversized file, naming it', async () => {
    const store = await freshStore();
    const { user } = renderPanel(store);
    await user.upload(importInput(), jsonFile(new Uint8Array(maxImportBytes + 1), 'enorme.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '« enorme.json » n’a pas été importé : il pèse 5,1 Mo, alors qu’un fichier de données Décroche fait au plus 5 Mo.',
    );
    expect(store.getState().profiles).toEqual([]);
  });

  it('refuses a record the schemas reject, saying which one', async () => {
    const store = await freshStore();
    const profile = await store.getState().createProfile('Nora');
    const attempt = await playCall(store);
    const text = serializeExport(
      await buildExport(profile, [attempt, { ...attempt, id: 'x', scenarioKey: 'Pas une clé' }]),
    );
    const { user } = renderPanel(store);
    await user.upload(importInput(), jsonFile(text, 'nora.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /« nora\.json » n’a pas été importé : l’appel n° 2 est invalide \(scenarioKey: .*\)/,
    );
  });
});
