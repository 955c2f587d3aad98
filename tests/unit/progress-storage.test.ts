import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/engine/progress/attempt';
import { migrations, openProgressDb, progressDbVersion } from '../../src/store/progress/progress-db';
import { progressRepository } from '../../src/store/progress/progress-repository';
import type { ProgressRepository } from '../../src/store/progress/progress-repository';
import { attemptToResume, createProgressStore } from '../../src/store/progress/progress-store';

let counter = 0;
const freshName = () => `test-${Date.now()}-${counter++}`;

async function freshStore(name = freshName()) {
  const store = createProgressStore(async () => progressRepository(await openProgressDb(name)));
  await store.getState().init();
  return { store, name };
}

describe('the progress database', () => {
  it('opens a database left by every earlier version and keeps its records', async () => {
    for (let version = 1; version <= progressDbVersion; version++) {
      const name = freshName();
      const old = await openProgressDb(name, version);
      await old.put('profiles', { id: 'p1', name: 'Ancienne', createdAt: 1 });
      old.close();
      const current = await openProgressDb(name);
      expect(current.version).toBe(progressDbVersion);
      expect(await current.get('profiles', 'p1')).toMatchObject({ name: 'Ancienne' });
      expect([...current.objectStoreNames].sort()).toEqual(['assignments', 'attempts', 'profiles']);
      current.close();
    }
    expect(migrations.length).toBe(progressDbVersion);
  });
});

describe('trainee progress', () => {
  it('writes each answer as it is given', async () => {
    const { store, name } = await freshStore();
    const attempt = await store
      .getState()
      .startAttempt({ scenarioKey: 'colis-en-retard.fr', mode: 'practice', seed: 7 });
    await store.getState().recordDecision(attempt.id, { stepId: 'accueil', optionId: 'bonjour', atMs: 1200 });
    const db = await openProgressDb(name);
    expect(await db.get('attempts', attempt.id)).toMatchObject({
      decisions: [{ stepId: 'accueil', optionId: 'bonjour', atMs: 1200 }],
      status: 'in-progress',
    });
    db.close();
  });

  it('finds the unfinished call to resume after a reload', async () => {
    const { store, name } = await freshStore();
    const attempt = await store
      .getState()
      .startAttempt({ scenarioKey: 'colis-en-retard.fr', mode: 'exam', seed: 3 });
    await store.getState().recordDecision(attempt.id, { stepId: 'a', optionId: 'b', atMs: 10 });
    const { store: reloaded } = await freshStore(name);
    expect(attemptToResume(reloaded.getState())).toMatchObject({
      id: attempt.id,
      mode: 'exam',
      seed: 3,
      decisions: [{ optionId: 'b' }],
    });
    await reloaded
      .getState()
      .finishAttempt(attempt.id, { status: 'ended', outcome: 'success', overall: 80, competencies: [] });
    expect(attemptToResume(reloaded.getState())).toBeUndefined();
  });

  it('skips a damaged record with a message and loads every other one', async () => {
    const { store, name } = await freshStore();
    const good = await store
      .getState()
      .startAttempt({ scenarioKey: 'colis-en-retard.fr', mode: 'practice', seed: 1 });
    const db = await openProgressDb(name);
    await db.put('attempts', { id: 'abime', profileId: good.profileId, scenarioKey: 42, decisions: 'x' });
    db.close();
    const { store: reloaded } = await freshStore(name);
    expect(reloaded.getState().attempts.map((a) => a.id)).toEqual([good.id]);
    expect(reloaded.getState().problems).toEqual([
      expect.objectContaining({ store: 'attempts', key: 'abime' }),
    ]);
  });

  it('keeps two trainees’ histories apart', async () => {
    const { store } = await freshStore();
    const anna = await store.getState().createProfile('Anna');
    await store.getState().startAttempt({ scenarioKey: 'odeur-gaz.fr', mode: 'practice', seed: 1 });
    await store.getState().createProfile('Bruno', '1234');
    expect(store.getState().attempts).toEqual([]);
    await store.getState().startAttempt({ scenarioKey: 'imprimante.fr', mode: 'practice', seed: 1 });
    expect(await store.getState().openProfile(anna.id)).toBe(true);
    expect(store.getState().attempts.map((a) => a.scenarioKey)).toEqual(['odeur-gaz.fr']);
    const bruno = store.getState().profiles.find((p) => p.name === 'Bruno');
    expect(await store.getState().openProfile(bruno?.id ?? '', '0000')).toBe(false);
    expect(store.getState().activeProfileId).toBe(anna.id);
    expect(await store.getState().openProfile(bruno?.id ?? '', '1234')).toBe(true);
    expect(store.getState().attempts.map((a) => a.scenarioKey)).toEqual(['imprimante.fr']);
  });

  it('reports a full disk instead of crashing, and keeps the answer in memory', async () => {
    const real = progressRepository(await openProgressDb(freshName()));
    const full: ProgressRepository = {
      ...real,
      saveAttempt: async () => {
        const { StorageWriteError } = await import('../../src/store/progress/progress-repository');
        throw new StorageWriteError('full', new DOMException('quota', 'QuotaExceededError'));
      },
    };
    const store = createProgressStore(async () => full);
    await store.getState().init();
    const attempt: Attempt = await store
      .getState()
      .startAttempt({ scenarioKey: 'odeur-gaz.fr', mode: 'practice', seed: 1 });
    await store.getState().recordDecision(attempt.id, { stepId: 's', optionId: 'o', atMs: 5 });
    expect(store.getState().writeError).toBe('full');
    expect(store.getState().attempts[0]?.decisions).toHaveLength(1);
  });

  it('reports storage the browser refuses', async () => {
    const store = createProgressStore(async () => {
      throw new DOMException('denied', 'SecurityError');
    });
    await store.getState().init();
    expect(store.getState().status).toBe('unavailable');
  });
});
