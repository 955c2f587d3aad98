import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { assignmentProgress } from '../../src/engine/assignment/assignment-progress';
import type { Attempt } from '../../src/engine/progress/attempt';
import { openProgressDb } from '../../src/store/progress/progress-db';
import { progressRepository } from '../../src/store/progress/progress-repository';
import { createProgressStore } from '../../src/store/progress/progress-store';

let counter = 0;
const freshName = () => `assignments-${Date.now()}-${counter++}`;

async function freshStore(name = freshName()) {
  const store = createProgressStore(async () => progressRepository(await openProgressDb(name)));
  await store.getState().init();
  return { store, name };
}

const assignment: Assignment = {
  id: '6f1c2b3a-4d5e-8f60-9a7b-1c2d3e4f5a6b',
  title: 'Semaine 3',
  scenarios: ['colis-en-retard', 'odeur-gaz'],
  mode: 'exam',
  callLanguage: 'fr',
  due: '2026-03-20',
  passMark: 70,
  createdAt: 1,
};

beforeEach(() => sessionStorage.clear());

describe('assignments in the progress database', () => {
  it('upgrades a version-1 database: profiles and attempts kept, an empty assignments store added', async () => {
    const name = freshName();
    const old = await openProgressDb(name, 1);
    expect([...old.objectStoreNames].sort()).toEqual(['attempts', 'profiles']);
    await old.put('profiles', { id: 'p1', name: 'Ancienne', createdAt: 1 });
    await old.put('attempts', {
      id: 'a1',
      profileId: 'p1',
      scenarioKey: 'odeur-gaz.fr',
      mode: 'practice',
      seed: 1,
      startedAt: 5,
      status: 'ended',
      decisions: [],
      overall: 80,
    });
    old.close();

    const { store } = await freshStore(name);
    expect(store.getState().profiles.map((p) => p.name)).toEqual(['Ancienne']);
    expect(await store.getState().openProfile('p1')).toBe(true);
    expect(store.getState().attempts.map((a) => a.id)).toEqual(['a1']);
    expect(store.getState().assignments).toEqual([]);
    expect(await store.getState().acceptAssignment(assignment)).toBe('added');
    const db = await openProgressDb(name);
    expect(db.version).toBe(2);
    expect(await db.count('assignments')).toBe(1);
    db.close();
  });

  it('keeps each trainee’s assignments, ignores one accepted twice and survives a reload', async () => {
    const { store, name } = await freshStore();
    const anna = await store.getState().createProfile('Anna');
    expect(await store.getState().acceptAssignment(assignment)).toBe('added');
    expect(await store.getState().acceptAssignment({ ...assignment, title: 'Autre titre' })).toBe(
      'duplicate',
    );
    expect(store.getState().assignments.map((a) => a.assignment.title)).toEqual(['Semaine 3']);

    await store.getState().createProfile('Bruno');
    expect(store.getState().assignments).toEqual([]);
    expect(await store.getState().acceptAssignment(assignment)).toBe('added');

    sessionStorage.clear();
    const { store: reloaded } = await freshStore(name);
    await reloaded.getState().openProfile(anna.id);
    expect(reloaded.getState().assignments).toEqual([
      expect.objectContaining({ profileId: anna.id, assignment }),
    ]);
  });

  it('refuses to store without an open profile', async () => {
    const { store } = await freshStore();
    expect(await store.getState().acceptAssignment(assignment)).toBe('failed');
  });

  it('skips a damaged assignment record with a message and loads the others', async () => {
    const { store, name } = await freshStore();
    const anna = await store.getState().createProfile('Anna');
    await store.getState().acceptAssignment(assignment);
    const db = await openProgressDb(name);
    await db.put('assignments', {
      key: `${anna.id}/abime`,
      profileId: anna.id,
      receivedAt: 2,
      assignment: { ...assignment, passMark: 'beaucoup' },
    });
    db.close();
    const { store: reloaded } = await freshStore(name);
    await reloaded.getState().openProfile(anna.id);
    expect(reloaded.getState().assignments.map((a) => a.assignment.id)).toEqual([assignment.id]);
    expect(reloaded.getState().problems).toEqual([
      expect.objectContaining({ store: 'assignments', key: `${anna.id}/abime` }),
    ]);
  });

  it('records the assignment on the attempts played for it, and counts only those', async () => {
    const { store } = await freshStore();
    await store.getState().createProfile('Anna');
    const free = await store
      .getState()
      .startAttempt({ scenarioKey: 'odeur-gaz.fr', mode: 'practice', seed: 1 });
    await store.getState().finishAttempt(free.id, { status: 'ended', overall: 95 });
    const first = await store
      .getState()
      .startAttempt({ scenarioKey: 'odeur-gaz.fr', mode: 'exam', seed: 2, assignmentId: assignment.id });
    expect(first.assignmentId).toBe(assignment.id);
    await store.getState().finishAttempt(first.id, { status: 'ended', overall: 60 });
    let progress = assignmentProgress(assignment, store.getState().attempts);
    expect(progress.calls.map((c) => [c.scenarioId, c.status, c.best])).toEqual([
      ['colis-en-retard', 'not-started', undefined],
      ['odeur-gaz', 'played', 60],
    ]);
    const second = await store
      .getState()
      .startAttempt({ scenarioKey: 'odeur-gaz.fr', mode: 'exam', seed: 3, assignmentId: assignment.id });
    await store.getState().finishAttempt(second.id, { status: 'ended', overall: 70 });
    progress = assignmentProgress(assignment, store.getState().attempts);
    expect(progress.calls[1]).toMatchObject({ status: 'passed', best: 70, attempts: 2 });
    expect(progress).toMatchObject({ passed: 1, complete: false });
  });
});

describe('an assignment’s progress', () => {
  const attempt = (overrides: Partial<Attempt>): Attempt => ({
    id: crypto.randomUUID(),
    profileId: 'p',
    scenarioKey: 'colis-en-retard.fr',
    mode: 'exam',
    assignmentId: assignment.id,
    seed: 1,
    startedAt: 1,
    status: 'ended',
    decisions: [],
    overall: 90,
    ...overrides,
  });

  it('ignores other languages, other assignments and unfinished attempts for the best score', () => {
    const progress = assignmentProgress(assignment, [
      attempt({ scenarioKey: 'colis-en-retard.nl' }),
      attempt({ assignmentId: 'autre' }),
      attempt({ scenarioKey: 'odeur-gaz.fr', status: 'abandoned' }),
      attempt({ scenarioKey: 'odeur-gaz.fr', status: 'in-progress' }),
    ]);
    expect(progress.calls.map((c) => [c.status, c.best, c.attempts])).toEqual([
      ['not-started', undefined, 0],
      ['played', undefined, 2],
    ]);
  });

  it('is complete when every call reached the pass mark', () => {
    const progress = assignmentProgress(assignment, [
      attempt({}),
      attempt({ scenarioKey: 'odeur-gaz.fr', overall: 70 }),
    ]);
    expect(progress).toMatchObject({ passed: 2, complete: true });
  });
});
