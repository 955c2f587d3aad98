import * as v from 'valibot';
import type { Attempt, Profile } from '../../engine/progress/attempt';
import type { ProgressDb } from './progress-db';
import type { ProfileAssignment } from './profile-assignment';
import { attemptSchema, describeIssues, profileSchema, storedAssignmentSchema } from './record-schemas';
import type { RecordProblem } from './record-schemas';

/** Raised when the browser refuses to store more (quota) or storage is unavailable (private mode). */
export class StorageWriteError extends Error {
  constructor(
    readonly kind: 'full' | 'unavailable',
    cause: unknown,
  ) {
    super(`${kind}: ${String(cause)}`);
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

async function write(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    throw new StorageWriteError(isQuotaError(error) ? 'full' : 'unavailable', error);
  }
}

/** Valid records, and the problems of the ones that could not be read. */
export interface Loaded<T> {
  records: T[];
  problems: RecordProblem[];
}

function keep<T>(
  store: RecordProblem['store'],
  schema: v.GenericSchema<unknown, T>,
  raw: unknown[],
): Loaded<T> {
  const records: T[] = [];
  const problems: RecordProblem[] = [];
  for (const value of raw) {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) records.push(parsed.output);
    else
      problems.push({
        store,
        key: String(
          (value as { id?: unknown; key?: unknown })?.id ?? (value as { key?: unknown })?.key ?? '?',
        ),
        issue: describeIssues(parsed.issues),
      });
  }
  return { records, problems };
}

/** Reading and writing a trainee's data. Every read is validated; every write reports a full disk. */
export function progressRepository(db: ProgressDb) {
  return {
    async loadProfiles(): Promise<Loaded<Profile>> {
      return keep(
        'profiles',
        profileSchema as v.GenericSchema<unknown, Profile>,
        await db.getAll('profiles'),
      );
    },
    async loadAttempts(profileId: string): Promise<Loaded<Attempt>> {
      const raw = await db.getAllFromIndex('attempts', 'byProfile', profileId);
      const loaded = keep('attempts', attemptSchema as v.GenericSchema<unknown, Attempt>, raw);
      loaded.records.sort((a, b) => a.startedAt - b.startedAt);
      return loaded;
    },
    async loadAssignments(profileId: string): Promise<Loaded<ProfileAssignment>> {
      const raw = await db.getAllFromIndex('assignments', 'byProfile', profileId);
      const schema = storedAssignmentSchema as v.GenericSchema<unknown, ProfileAssignment>;
      const loaded = keep('assignments', schema, raw);
      loaded.records.sort((a, b) => a.receivedAt - b.receivedAt);
      return loaded;
    },
    /** Stores an accepted assignment unless this profile already has one with its id (kept as it is). */
    addAssignment(record: ProfileAssignment): Promise<'added' | 'duplicate'> {
      let outcome: 'added' | 'duplicate' = 'added';
      return write(async () => {
        const tx = db.transaction('assignments', 'readwrite');
        if ((await tx.store.getKey(record.key)) !== undefined) outcome = 'duplicate';
        else await tx.store.add(record);
        await tx.done;
      }).then(() => outcome);
    },
    saveProfile(profile: Profile): Promise<void> {
      return write(() => db.put('profiles', profile));
    },
    saveAttempt(attempt: Attempt): Promise<void> {
      return write(() => db.put('attempts', attempt));
    },
    async hasAttempt(id: string): Promise<boolean> {
      return (await db.getKey('attempts', id)) !== undefined;
    },
    async getAttemptRaw(id: string): Promise<unknown> {
      return db.get('attempts', id);
    },
    /** The stored records of the given attempt ids that exist, as stored (for comparing an import). */
    async getAttemptsRaw(ids: readonly string[]): Promise<Map<string, unknown>> {
      const tx = db.transaction('attempts');
      const found = new Map<string, unknown>();
      for (const id of ids) {
        const value = await tx.store.get(id);
        if (value !== undefined) found.set(id, value);
      }
      await tx.done;
      return found;
    },
    /**
     * Writes an import in one transaction: everything or nothing. `add`, never `put`, so a record that
     * appeared meanwhile makes the import fail instead of being overwritten.
     */
    saveImport(profile: Profile | undefined, attempts: readonly Attempt[]): Promise<void> {
      return write(async () => {
        const tx = db.transaction(['profiles', 'attempts'], 'readwrite');
        const writes: Promise<unknown>[] = [];
        if (profile) writes.push(tx.objectStore('profiles').add(profile));
        for (const attempt of attempts) writes.push(tx.objectStore('attempts').add(attempt));
        await Promise.all([...writes, tx.done]);
      });
    },
  };
}

export type ProgressRepository = ReturnType<typeof progressRepository>;
