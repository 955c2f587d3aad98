import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/** The IndexedDB layout. Values are `unknown` on purpose: everything read back is validated. */
export interface ProgressSchema extends DBSchema {
  profiles: { key: string; value: unknown };
  attempts: { key: string; value: unknown; indexes: { byProfile: string } };
  /** Trainers' assignments each trainee accepted, one record per profile and assignment. */
  assignments: { key: string; value: unknown; indexes: { byProfile: string } };
}

export type ProgressDb = IDBPDatabase<ProgressSchema>;
type UpgradeTx = IDBPTransaction<ProgressSchema, StoreNames<ProgressSchema>[], 'versionchange'>;

export const progressDbName = 'decroche-progress';

/**
 * One step per database version, applied in order from the version found on disk. Never edit a shipped
 * step: add the next one (tests open a database at every earlier version and upgrade it).
 */
export const migrations: readonly ((db: ProgressDb, tx: UpgradeTx) => void)[] = [
  // Version 1: profiles and attempts, attempts found by profile.
  (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('byProfile', 'profileId');
  },
  // Version 2: assignments received from trainers, per profile (key `<profileId>/<assignmentId>`).
  (db) => {
    db.createObjectStore('assignments', { keyPath: 'key' }).createIndex('byProfile', 'profileId');
  },
];

export const progressDbVersion = migrations.length;

export function openProgressDb(name = progressDbName, version = progressDbVersion): Promise<ProgressDb> {
  return openDB<ProgressSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) migrations[step]?.(db, tx);
    },
  });
}
