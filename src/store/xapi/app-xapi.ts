import { useStore } from 'zustand';
import { idbOutbox } from './outbox';
import { createStatementQueue } from './statement-queue';
import type { StatementQueueActions, StatementQueueState } from './statement-queue';
import { openXapiDb } from './xapi-db';
import { hasXapiOutbox } from './xapi-db-name';

/** The app's one statement queue, on the `decroche-xapi` database. */
export const statementQueue = createStatementQueue({ openOutbox: async () => idbOutbox(await openXapiDb()) });

let started: Promise<void> | undefined;

/**
 * Opens the queue, sends what an earlier visit left behind, and sends again whenever the browser comes
 * back online. Later calls wait for the same start. Makes no request when nothing waits.
 */
export function startStatementQueue(): Promise<void> {
  started ??= (async () => {
    await statementQueue.getState().init();
    window.addEventListener('online', () => void statementQueue.getState().backOnline());
    if (statementQueue.getState().pending > 0) await statementQueue.getState().retryNow();
  })();
  return started;
}

/**
 * At app start and on « Mon parcours »: sends what an earlier visit left behind, without creating the
 * database on a browser that never queued anything.
 */
export async function sendLeftovers(): Promise<void> {
  if (await hasXapiOutbox()) await startStatementQueue();
}

export function useStatementQueue<T>(selector: (state: StatementQueueState & StatementQueueActions) => T): T {
  return useStore(statementQueue, selector);
}
