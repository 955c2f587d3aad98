import 'fake-indexeddb/auto';
import type { Statement } from '@xapi/xapi';
import { describe, expect, it } from 'vitest';
import type { LrsConfig } from '../../src/engine/assignment/assignment';
import { LrsError } from '../../src/store/xapi/lrs-error';
import { idbOutbox } from '../../src/store/xapi/outbox';
import { createStatementQueue, retryDelays } from '../../src/store/xapi/statement-queue';
import { openXapiDb } from '../../src/store/xapi/xapi-db';

const lrs: LrsConfig = { endpoint: 'https://lrs.example.org/xapi/', username: 'key', password: 'secret' };

let counter = 0;
const freshName = () => `xapi-test-${Date.now()}-${counter++}`;

/** A minimal statement, told apart by its id's last digits. */
const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1', name: 'p1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { objectType: 'Activity', id: `https://w3id.org/decroche/scenario/s/step/${n}` },
});
const numberOf = (s: Statement) => Number(s.id?.slice(-12));

/** A queue on a fresh database, with a fake LRS, a switchable network and timers run by hand. */
function harness(name = freshName(), batchSize = 50) {
  const sent: number[][] = [];
  const failures: unknown[] = [];
  const timers: { ms: number; work: () => void; cancelled: boolean }[] = [];
  const net = { online: true };
  const queue = createStatementQueue({
    openOutbox: async () => idbOutbox(await openXapiDb(name)),
    send: async (_lrs, statements) => {
      const failure = failures.shift();
      if (failure) throw failure;
      sent.push(statements.map(numberOf));
    },
    isOnline: () => net.online,
    schedule: (work, ms) => {
      const timer = { ms, work, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    batchSize,
  });
  /** Runs the latest planned retry, as its timer would. */
  const fireRetry = async () => {
    const timer = timers.filter((t) => !t.cancelled).at(-1);
    if (!timer) throw new Error('no retry planned');
    timer.cancelled = true;
    timer.work();
    await settle();
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await queue.getState().flush();
  };
  return { queue, sent, failures, timers, net, fireRetry, settle, name };
}

describe('the statement queue', () => {
  it('keeps statements while offline, across a reload, and sends them in order when the browser is back online', async () => {
    const h = harness();
    h.net.online = false;
    await h.queue.getState().init();
    await h.queue.getState().enqueue(lrs, [statement(1), statement(2)]);
    await h.queue.getState().enqueue(lrs, [statement(3)]);
    expect(h.sent).toEqual([]);
    expect(h.queue.getState()).toMatchObject({ pending: 3, problem: { kind: 'offline' } });

    // The tab is closed and opened again, still offline: nothing is lost, nothing goes.
    const reopened = harness(h.name);
    reopened.net.online = false;
    await reopened.queue.getState().init();
    await reopened.queue.getState().flush();
    expect(reopened.queue.getState().pending).toBe(3);
    expect(reopened.sent).toEqual([]);

    reopened.net.online = true;
    await reopened.queue.getState().backOnline();
    expect(reopened.sent).toEqual([[1, 2, 3]]);
    expect(reopened.queue.getState()).toMatchObject({ pending: 0, sent: 3, problem: undefined });
    const db = await openXapiDb(h.name);
    expect(await db.count('outbox')).toBe(0);
    db.close();
  });

  it('sends in batches, in the order statements were queued', async () => {
    const h = harness(freshName(), 2);
    h.net.online = false;
    await h.queue.getState().enqueue(lrs, [1, 2, 3, 4, 5].map(statement));
    h.net.online = true;
    await h.queue.getState().backOnline();
    expect(h.sent).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('retries a 500 with a growing wait, and new statements wait for the planned retry', async () => {
    const h = harness();
    const serverError = () => new LrsError('server', 'Internal Server Error', { status: 500 });
    h.failures.push(serverError(), serverError(), serverError());
    await h.queue.getState().enqueue(lrs, [statement(1)]);
    expect(h.queue.getState()).toMatchObject({ pending: 1, problem: { kind: 'server', status: 500 } });
    expect(h.queue.getState().retryAt).toBeDefined();
    await h.queue.getState().enqueue(lrs, [statement(2)]); // no request: a retry is planned
    await h.fireRetry();
    await h.fireRetry();
    expect(h.timers.map((t) => t.ms)).toEqual([
      retryDelays.firstMs,
      retryDelays.firstMs * 2,
      retryDelays.firstMs * 4,
    ]);
    expect(h.sent).toEqual([]);
    await h.fireRetry();
    expect(h.sent).toEqual([[1, 2]]);
    expect(h.queue.getState()).toMatchObject({ pending: 0, problem: undefined, retryAt: undefined });
    // Success resets the wait.
    h.failures.push(serverError());
    await h.queue.getState().enqueue(lrs, [statement(3)]);
    expect(h.timers.at(-1)?.ms).toBe(retryDelays.firstMs);
  });

  it('waits as long as a 429 asks, and treats an unreachable LRS like a 5xx', async () => {
    const h = harness();
    h.failures.push(new LrsError('server', 'Too Many Requests', { status: 429, retryAfterMs: 60_000 }));
    await h.queue.getState().enqueue(lrs, [statement(1)]);
    expect(h.timers.at(-1)?.ms).toBe(60_000);
    h.failures.push(new TypeError('Failed to fetch'));
    await h.fireRetry();
    expect(h.queue.getState().problem).toMatchObject({ kind: 'network', message: 'Failed to fetch' });
    expect(h.timers.at(-1)?.ms).toBe(retryDelays.firstMs * 2);
    await h.fireRetry();
    expect(h.sent).toEqual([[1]]);
  });

  it('caps the wait between retries', async () => {
    const h = harness();
    for (let i = 0; i < 12; i++) h.failures.push(new LrsError('server', 'Bad Gateway', { status: 502 }));
    await h.queue.getState().enqueue(lrs, [statement(1)]);
    for (let i = 0; i < 11; i++) await h.fireRetry();
    expect(Math.max(...h.timers.map((t) => t.ms))).toBe(retryDelays.maxMs);
  });

  it('keeps statements a 400 refused, shows the LRS’s message, and sends them again only on request', async () => {
    const h = harness();
    h.failures.push(new LrsError('rejected', 'Invalid statement: result.score.scaled', { status: 400 }));
    await h.queue.getState().enqueue(lrs, [statement(1)]);
    expect(h.queue.getState()).toMatchObject({
      pending: 1,
      problem: {
        kind: 'rejected',
        status: 400,
        message: 'Invalid statement: result.score.scaled',
        endpoint: lrs.endpoint,
      },
      retryAt: undefined,
    });
    expect(h.timers).toEqual([]);
    // Later statements queue behind, unsent, and so does coming back online.
    await h.queue.getState().enqueue(lrs, [statement(2)]);
    await h.queue.getState().backOnline();
    expect(h.sent).toEqual([]);
    expect(h.queue.getState()).toMatchObject({ pending: 2, problem: { kind: 'rejected' } });
    // « Réessayer »
    await h.queue.getState().retryNow();
    expect(h.sent).toEqual([[1, 2]]);
    expect(h.queue.getState()).toMatchObject({ pending: 0, problem: undefined });
  });

  it('a refusing LRS does not hold back another one', async () => {
    const h = harness();
    const other: LrsConfig = { ...lrs, endpoint: 'https://other.example.org/xapi/' };
    h.net.online = false;
    await h.queue.getState().enqueue(lrs, [statement(1)]);
    await h.queue.getState().enqueue(other, [statement(2)]);
    h.net.online = true;
    h.failures.push(new LrsError('rejected', 'Unauthorized', { status: 401 }));
    await h.queue.getState().backOnline();
    expect(h.sent).toEqual([[2]]);
    expect(h.queue.getState()).toMatchObject({ pending: 1, problem: { kind: 'rejected', status: 401 } });
  });

  it('splits a batch the LRS holds in part (409) and counts what it already holds as delivered', async () => {
    const h = harness();
    h.net.online = false;
    await h.queue.getState().enqueue(lrs, [1, 2, 3].map(statement));
    h.net.online = true;
    const conflict = () => new LrsError('conflict', 'Conflict', { status: 409 });
    h.failures.push(conflict(), conflict()); // the batch, then statement 1 alone
    await h.queue.getState().backOnline();
    expect(h.sent).toEqual([[2], [3]]);
    expect(h.queue.getState().pending).toBe(0);
  });

  it('remembers per attempt what was queued, atomically with the statements', async () => {
    const h = harness();
    h.net.online = false;
    const mark = { launched: true, answered: 2, closed: false };
    await h.queue.getState().enqueue(lrs, [statement(1)], { attemptId: 'a1', mark });
    const reopened = harness(h.name);
    expect(await reopened.queue.getState().reportOf('a1')).toEqual(mark);
    expect(await reopened.queue.getState().reportOf('a2')).toBeUndefined();
  });

  it('drops damaged records and says how many', async () => {
    const h = harness();
    const db = await openXapiDb(h.name);
    await db.add('outbox', { lrs, statement: statement(1) });
    await db.add('outbox', { nonsense: true });
    db.close();
    await h.queue.getState().backOnline();
    expect(h.sent).toEqual([[1]]);
    expect(h.queue.getState().damaged).toBe(1);
  });

  it('still sends, from memory, when the browser refuses IndexedDB', async () => {
    const sent: number[][] = [];
    const queue = createStatementQueue({
      openOutbox: () => Promise.reject(new Error('private mode')),
      send: async (_lrs, statements) => void sent.push(statements.map(numberOf)),
      isOnline: () => true,
    });
    await queue.getState().init();
    await queue.getState().enqueue(lrs, [statement(7)]);
    expect(sent).toEqual([[7]]);
  });
});
