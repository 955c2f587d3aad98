import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';

/*
 * The learning records waiting to be sent, in a small database of their own: it exists only on browsers
 * that played an assignment with an LRS, and clearing it never touches the trainee's progress.
 */

/** The IndexedDB layout. Values are `unknown`: everything read back is checked. */
export interface XapiSchema extends DBSchema {
  /** Statements waiting for their LRS, by an increasing number (the order they are sent in). */
  outbox: { key: number; value: unknown };
  /** Per attempt, what has already been queued (so a resumed call does not queue it twice). */
  reports: { key: string; value: unknown };
}

export type XapiDb = IDBPDatabase<XapiSchema>;

import { xapiDbName } from './xapi-db-name';

export { xapiDbName };

/** One step per version, applied in order; never edit a shipped step, add the next one. */
const migrations: readonly ((db: XapiDb) => void)[] = [
  (db) => {
    db.createObjectStore('outbox', { autoIncrement: true });
    db.createObjectStore('reports');
  },
];

export const xapiDbVersion = migrations.length;

export function openXapiDb(name = xapiDbName): Promise<XapiDb> {
  return openDB<XapiSchema>(name, xapiDbVersion, {
    upgrade(db, oldVersion) {
      for (let step = oldVersion; step < xapiDbVersion; step++) migrations[step]?.(db);
    },
  });
}
