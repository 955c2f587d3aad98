import type { Statement } from '@xapi/xapi';
import { createStore } from 'zustand/vanilla';
import type { LrsConfig } from '../../engine/assignment/assignment';
import { asLrsError } from './lrs-error';
import { memoryOutbox } from './outbox';
import type { Outbox, ReportMark } from './outbox';

/*
 * Learning records go to the trainer's LRS through this queue: every statement is written to the outbox
 * first, then sent in order, in batches. A failure to reach the LRS (offline, 5xx, 429) keeps them and
 * tries again later, waiting longer each time; a refusal (any other 4xx) keeps them too, stops sending
 * to that LRS and shows the LRS's message until the trainee asks to try again. Nothing is ever sent but
 * what was queued, and statements are only queued for an assignment whose trainer set an LRS.
 */

/** Why statements are still waiting. */
export interface QueueProblem {
  /** offline: the browser says so. network/server: retried by itself. rejected: kept until « Réessayer ». */
  kind: 'offline' | 'network' | 'server' | 'rejected';
  /** HTTP status, when the LRS answered. */
  status?: number;
  /** The LRS's message (or the browser's), as received. */
  message: string;
  /** Set when the credentials themselves cannot be sent (no request was made). */
  reason?: 'credentials';
  /** The LRS concerned. */
  endpoint: string;
}

export interface StatementQueueState {
  /** loading until the outbox is open. */
  status: 'loading' | 'ready';
  /** Statements waiting to be sent. */
  pending: number;
  /** A batch is on its way. */
  sending: boolean;
  /** Statements sent since the page opened. */
  sent: number;
  /** Why statements are still waiting, if they are. */
  problem: QueueProblem | undefined;
  /** When the next automatic try is due (ms since epoch), while one is planned. */
  retryAt: number | undefined;
  /** Damaged records found in the outbox and dropped. */
  damaged: number;
}

export interface StatementQueueActions {
  /** Opens the outbox (an in-memory one when the browser refuses IndexedDB) and counts what waits. */
  init: () => Promise<void>;
  /** Queues statements for one LRS (with the attempt's new mark, atomically), then sends when it can. */
  enqueue: (
    lrs: LrsConfig,
    statements: Statement[],
    report?: { attemptId: string; mark: ReportMark },
  ) => Promise<void>;
  /** What was queued so far for an attempt. */
  reportOf: (attemptId: string) => Promise<ReportMark | undefined>;
  /** Sends what waits, unless a retry is already planned or the browser is offline. */
  flush: () => Promise<void>;
  /** « Réessayer » and app start: sends now, statements an LRS refused included. */
  retryNow: () => Promise<void>;
  /** The browser is back online: sends now, without waiting for the planned retry. */
  backOnline: () => Promise<void>;
}

export type StatementQueue = ReturnType<typeof createStatementQueue>;

/** Everything the queue needs from outside; tests replace each part. */
export interface StatementQueueOptions {
  /** Opens the outbox. */
  openOutbox: () => Promise<Outbox>;
  /** Sends one batch to one LRS; throws (an LrsError, ideally) when it was not stored. */
  send?: (lrs: LrsConfig, statements: Statement[]) => Promise<void>;
  /** navigator.onLine. */
  isOnline?: () => boolean;
  /** Runs `work` after `ms`; returns a cancel function. */
  schedule?: (work: () => void, ms: number) => () => void;
  now?: () => number;
  /** Statements per request. */
  batchSize?: number;
}

/** First wait after a failure, then doubled up to the maximum. */
export const retryDelays = { firstMs: 2_000, maxMs: 5 * 60_000 };

/** The xAPI client (with its HTTP library) is fetched the first time something is actually sent. */
const lazySend = async (lrs: LrsConfig, statements: Statement[]) =>
  (await import('./lrs-sender')).sendStatements(lrs, statements);

const keyOf = (lrs: LrsConfig) => JSON.stringify([lrs.endpoint, lrs.username, lrs.password]);

export function createStatementQueue({
  openOutbox,
  send = lazySend,
  isOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false,
  schedule = (work, ms) => {
    const timer = setTimeout(work, ms);
    return () => clearTimeout(timer);
  },
  now = Date.now,
  batchSize = 50,
}: StatementQueueOptions) {
  let outbox: Outbox | undefined;
  let opening: Promise<Outbox> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let cancelRetry: (() => void) | undefined;
  // LRSs that refused a batch: skipped until the trainee asks to try again (or the app restarts).
  const refused = new Map<string, QueueProblem>();

  return createStore<StatementQueueState & StatementQueueActions>()((set, get) => {
    const ready = async () => {
      opening ??= openOutbox().catch(() => memoryOutbox());
      outbox ??= await opening;
      return outbox;
    };
    const recount = async () => set({ pending: await (await ready()).count() });

    /** Sends batch after batch until nothing can be sent; a failure to reach an LRS plans the next try. */
    const drain = async () => {
      const box = await ready();
      let oneByOne = new Set<string>();
      for (;;) {
        if (!isOnline()) {
          const { items } = await box.list();
          const first = items[0];
          set({
            pending: items.length,
            problem: first ? { kind: 'offline', message: '', endpoint: first.lrs.endpoint } : undefined,
          });
          return;
        }
        const listed = await box.list();
        if (listed.damaged) set((state) => ({ damaged: state.damaged + listed.damaged }));
        const sendable = listed.items.filter((item) => !refused.has(keyOf(item.lrs)));
        const first = sendable[0];
        if (!first) {
          set({ pending: listed.items.length, problem: [...refused.values()][0] });
          return;
        }
        const key = keyOf(first.lrs);
        const batch = sendable
          .filter((item) => keyOf(item.lrs) === key)
          .slice(0, oneByOne.has(key) ? 1 : batchSize);
        set({ sending: true, pending: listed.items.length });
        try {
          await send(
            first.lrs,
            batch.map((item) => item.statement),
          );
        } catch (thrown) {
          const error = asLrsError(thrown);
          set({ sending: false });
          if (error.kind === 'conflict') {
            // The LRS already holds a statement with one of these ids, most likely sent before an answer
            // was lost: the batch is split, and a single statement it already holds counts as delivered.
            if (batch.length > 1) {
              oneByOne = new Set([...oneByOne, key]);
              continue;
            }
          } else {
            const problem: QueueProblem = {
              kind: error.kind,
              message: error.message,
              endpoint: first.lrs.endpoint,
              ...(error.status === undefined ? {} : { status: error.status }),
              ...(error.reason ? { reason: error.reason } : {}),
            };
            if (error.kind === 'rejected') {
              refused.set(key, problem);
              set({ problem });
              continue;
            }
            failures++;
            const wait = Math.max(
              Math.min(retryDelays.firstMs * 2 ** (failures - 1), retryDelays.maxMs),
              error.retryAfterMs ?? 0,
            );
            cancelRetry?.();
            cancelRetry = schedule(() => {
              cancelRetry = undefined;
              set({ retryAt: undefined });
              void get().flush();
            }, wait);
            set({ problem, retryAt: now() + wait });
            return;
          }
        }
        await box.remove(batch.map((item) => item.key));
        failures = 0;
        set((state) => ({
          sending: false,
          sent: state.sent + batch.length,
          pending: listed.items.length - batch.length,
          problem: [...refused.values()][0],
        }));
      }
    };

    const run = () => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        try {
          do {
            again = false;
            // Storage failing under the queue leaves everything where it is, to be tried at the next event.
            await drain().catch(() => undefined);
          } while (again && !cancelRetry);
        } finally {
          running = undefined;
          set({ sending: false });
        }
      })();
      return running;
    };

    return {
      status: 'loading',
      pending: 0,
      sending: false,
      sent: 0,
      problem: undefined,
      retryAt: undefined,
      damaged: 0,

      async init() {
        await recount();
        set({ status: 'ready' });
      },

      async enqueue(lrs, statements, report) {
        await (
          await ready()
        ).add(
          statements.map((statement) => ({ lrs, statement })),
          report,
        );
        await recount();
        await get().flush();
      },

      async reportOf(attemptId) {
        return (await ready()).report(attemptId);
      },

      async flush() {
        // A planned retry keeps its time: new statements wait with the others instead of hammering the LRS.
        if (cancelRetry) return recount();
        return run();
      },

      async retryNow() {
        refused.clear();
        return get().backOnline();
      },

      async backOnline() {
        cancelRetry?.();
        cancelRetry = undefined;
        failures = 0;
        set({ retryAt: undefined, problem: [...refused.values()][0] });
        return run();
      },
    };
  });
}
