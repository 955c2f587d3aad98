/** The IndexedDB database of the xAPI outbox (its own module: the app start checks it without the queue). */
export const xapiDbName = 'decroche-xapi';

/** True when this browser ever queued a learning record (so there may be leftovers to send). */
export async function hasXapiOutbox(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  const known = await indexedDB.databases?.().catch(() => undefined);
  // Browsers without databases() cannot tell: look, at the cost of loading the queue.
  return known === undefined || known.some((database) => database.name === xapiDbName);
}
