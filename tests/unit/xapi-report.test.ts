import 'fake-indexeddb/auto';
import type { Statement } from '@xapi/xapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { createSilentPlayer } from '../../src/audio/sound-player';
import type { Assignment } from '../../src/engine/assignment/assignment';
import type { Attempt } from '../../src/engine/progress/attempt';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import type { Scenario } from '../../src/engine/scenario/types';
import { createCallSessionMachine } from '../../src/session/call-session-machine';
import { reportAttemptToLrs } from '../../src/session/xapi/report-attempt-to-lrs';
import { idbOutbox } from '../../src/store/xapi/outbox';
import { createStatementQueue } from '../../src/store/xapi/statement-queue';
import { openXapiDb } from '../../src/store/xapi/xapi-db';
import { readScenarioFiles } from '../../scripts/read-scenario-files';
import { statementProblems } from '../support/xapi-validate';

const scenario = loadLibrary(readScenarioFiles()).scenarios.find(
  (s) => s.id === 'colis-en-retard' && s.language === 'fr',
) as Scenario;

const withLrs: Assignment = {
  id: '3f1c2d3e-4b5a-8c6d-8e7f-9a0b1c2d3e4f',
  title: 'Semaine 3',
  scenarios: ['colis-en-retard'],
  mode: 'practice',
  callLanguage: 'fr',
  passMark: 50,
  lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'key', password: 'secret' },
  createdAt: 1,
};
const withoutLrs: Assignment = { ...withLrs, id: '4f1c2d3e-4b5a-8c6d-8e7f-9a0b1c2d3e4f' };
delete withoutLrs.lrs;
const assignments = [withLrs, withoutLrs];
const findAssignment = (id: string) => assignments.find((a) => a.id === id);

let counter = 0;
const attemptFor = (assignmentId?: string): Attempt => ({
  id: `attempt-${counter++}`,
  profileId: 'b7e0c8a2-1f7e-4a4b-9d0a-5e2f3c4d5e6f',
  scenarioKey: 'colis-en-retard.fr',
  mode: 'practice',
  ...(assignmentId ? { assignmentId } : {}),
  seed: 1,
  startedAt: Date.now(),
  status: 'in-progress',
  decisions: [],
});

const bestRoute = (s: Scenario) => {
  const ids: string[] = [];
  let node = s.start;
  while (s.steps[node]) {
    const options = s.steps[node]?.options ?? [];
    const option = options.find((o) => o.rating === 'best') ?? options[0];
    if (!option) break;
    ids.push(option.id);
    node = option.next;
  }
  return ids;
};

function setup() {
  const sent: Statement[] = [];
  const queue = createStatementQueue({
    openOutbox: async () => idbOutbox(await openXapiDb(`xapi-report-${Date.now()}-${counter++}`)),
    send: async (_lrs, statements) => void sent.push(...statements),
    isOnline: () => true,
  });
  const deps = {
    queue: queue.getState(),
    learner: {
      profileId: 'b7e0c8a2-1f7e-4a4b-9d0a-5e2f3c4d5e6f',
      name: 'Amina B.',
      homePage: 'http://localhost:3000',
    },
  };
  const play = (attempt: Attempt, resume: readonly string[] = []) => {
    const session = createActor(createCallSessionMachine(createSilentPlayer()), {
      input: { scenario, seed: 1, resume },
    }).start();
    const stop = reportAttemptToLrs(session, attempt, scenario, findAssignment, deps);
    return { session, stop };
  };
  return { sent, queue, deps, play };
}

const verbsOf = (statements: Statement[]) => statements.map((s) => s.verb.id.split('/').pop());

afterEach(() => vi.restoreAllMocks());

describe('reporting a call to the trainer’s LRS', () => {
  it('queues launched, one answered per decision, then completed and passed, all valid xAPI', async () => {
    const { sent, play } = setup();
    const route = bestRoute(scenario);
    const { session } = play(attemptFor(withLrs.id));
    session.send({ type: 'trainee.pickUp' });
    for (const optionId of route) session.send({ type: 'trainee.choose', optionId });
    session.send({ type: 'trainee.showDebrief' });
    await vi.waitFor(() => expect(sent).toHaveLength(route.length + 3));
    expect(verbsOf(sent)).toEqual(['launched', ...route.map(() => 'answered'), 'completed', 'passed']);
    expect(sent.slice(1, -2).map((s) => s.result?.response)).toEqual(route);
    for (const statement of sent) expect(statementProblems(statement)).toEqual([]);
    expect(new Set(sent.map((s) => s.context?.registration))).toEqual(new Set([withLrs.id]));
  });

  it('does not queue twice what was queued before a reload', async () => {
    const { sent, play } = setup();
    const route = bestRoute(scenario);
    const attempt = attemptFor(withLrs.id);
    const first = play(attempt);
    first.session.send({ type: 'trainee.pickUp' });
    for (const optionId of route.slice(0, 2)) first.session.send({ type: 'trainee.choose', optionId });
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    first.stop();
    first.session.stop();
    // The page reloads: the call is resumed from its answers, and a new reporter starts.
    const second = play(attempt, route.slice(0, 2));
    for (const optionId of route.slice(2)) second.session.send({ type: 'trainee.choose', optionId });
    second.session.send({ type: 'trainee.showDebrief' });
    await vi.waitFor(() => expect(sent).toHaveLength(route.length + 3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(verbsOf(sent)).toEqual(['launched', ...route.map(() => 'answered'), 'completed', 'passed']);
  });

  it('reports a call hung up midway as terminated, and a call declined while ringing not at all', async () => {
    const { sent, play, queue } = setup();
    const hungUp = play(attemptFor(withLrs.id));
    hungUp.session.send({ type: 'trainee.pickUp' });
    hungUp.session.send({ type: 'trainee.choose', optionId: bestRoute(scenario)[0] ?? '' });
    hungUp.session.send({ type: 'trainee.hangUp' });
    await vi.waitFor(() => expect(verbsOf(sent)).toEqual(['launched', 'answered', 'terminated']));
    expect(sent[2]?.result).toMatchObject({ completion: false });

    const declinedAttempt = attemptFor(withLrs.id);
    const declined = play(declinedAttempt);
    declined.session.send({ type: 'trainee.hangUp' });
    await vi.waitFor(async () =>
      expect(await queue.getState().reportOf(declinedAttempt.id)).toMatchObject({ closed: true }),
    );
    expect(sent).toHaveLength(3);
  });

  it('sends nothing, and touches no network, when no LRS is configured', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const { sent, play, deps } = setup();
    const enqueue = vi.spyOn(deps.queue, 'enqueue');
    for (const attempt of [attemptFor(withoutLrs.id), attemptFor(), attemptFor('unknown-assignment')]) {
      const { session } = play(attempt);
      session.send({ type: 'trainee.pickUp' });
      for (const optionId of bestRoute(scenario)) session.send({ type: 'trainee.choose', optionId });
      session.send({ type: 'trainee.showDebrief' });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(enqueue).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
