import { createStore } from 'zustand/vanilla';
import type { Attempt, CompetencyResult, DecisionRecord, Mode, Profile } from '../../engine/progress/attempt';
import type { MergePlan, ValidImport } from '../../engine/progress/export-format';
import type { DeskLog } from '../../engine/desk/desk-log';
import type { Outcome } from '../../engine/scenario/types';
import { openProgressDb } from './progress-db';
import { progressRepository, StorageWriteError } from './progress-repository';
import type { ProgressRepository } from './progress-repository';
import { checkPin, isPin, makePin } from './pin';
import type { RecordProblem } from './record-schemas';
import { profileAssignmentKey } from './profile-assignment';
import type { ProfileAssignment } from './profile-assignment';
import type { Assignment } from '../../engine/assignment/assignment';

/*
 * Trainee progress lives in IndexedDB, behind this store. It is a store of its own (not a slice of the
 * settings store) because it loads after the first screen: the list must not wait for the database.
 */

const sessionKey = 'decroche.activeProfile';

export interface ProgressState {
  /** loading until the database answered; unavailable when the browser refuses IndexedDB. */
  status: 'loading' | 'ready' | 'unavailable';
  /** Every profile on this browser (names only are shown to others). */
  profiles: Profile[];
  /** The trainee using the app now, once chosen (and unlocked). */
  activeProfileId: string | undefined;
  /** The active trainee's attempts, oldest first. */
  attempts: Attempt[];
  /** The active trainee's accepted assignments, oldest first. */
  assignments: ProfileAssignment[];
  /** Stored records that could not be read (skipped; everything else loaded). */
  problems: RecordProblem[];
  /** The last write failed: the disk is full or storage is unavailable. */
  writeError: StorageWriteError['kind'] | undefined;
}

export interface ProgressActions {
  init: () => Promise<void>;
  createProfile: (name: string, pin?: string) => Promise<Profile>;
  /** Opens a profile; false when the PIN is wrong. */
  openProfile: (id: string, pin?: string) => Promise<boolean>;
  closeProfile: () => void;
  startAttempt: (input: {
    scenarioKey: string;
    mode: Mode;
    seed: number;
    /** The played scenario's version (content hash), when the library gives one. */
    scenarioVersion?: string;
    /** The trainer's assignment the call is played for, if any. */
    assignmentId?: string;
  }) => Promise<Attempt>;
  /**
   * Adds an assignment to the open profile. An assignment it already has is left as it is (duplicate);
   * failed when no profile is open or storage refused.
   */
  acceptAssignment: (assignment: Assignment) => Promise<'added' | 'duplicate' | 'failed'>;
  recordDecision: (attemptId: string, decision: DecisionRecord) => Promise<void>;
  /** Saves the screen work (panels opened, form) as it changes. */
  recordDesk: (attemptId: string, desk: DeskLog) => Promise<void>;
  finishAttempt: (
    attemptId: string,
    result: {
      status: 'ended' | 'abandoned';
      outcome?: Outcome;
      overall?: number;
      competencies?: CompetencyResult[];
    },
  ) => Promise<void>;
  dismissWriteError: () => void;
  /** Renames a profile (its attempts are untouched). */
  renameProfile: (id: string, name: string) => Promise<void>;
  /** Plans importing a validated file against what is stored; writes nothing. */
  planImport: (data: ValidImport, importedName?: (name: string) => string) => Promise<MergePlan>;
  /** Writes a planned import (new profile and new attempts only, all or nothing); false if storage refused. */
  applyImport: (plan: MergePlan) => Promise<boolean>;
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

const newId = () => crypto.randomUUID();

export function createProgressStore(
  openRepository: () => Promise<ProgressRepository> = async () => progressRepository(await openProgressDb()),
) {
  let repository: ProgressRepository | undefined;
  // Writes go one after the other, so an answer is never overtaken by the next one.
  let queue: Promise<void> = Promise.resolve();

  return createStore<ProgressState & ProgressActions>()((set, get) => {
    const persist = (attempt: Attempt) => {
      // The write starts in the next task, after the browser has painted the answer's effect.
      const write = queue
        .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
        .then(async () => {
          if (!repository) return;
          try {
            await repository.saveAttempt(attempt);
          } catch (error) {
            set({ writeError: error instanceof StorageWriteError ? error.kind : 'unavailable' });
          }
        });
      queue = write;
      return write;
    };
    const replaceAttempt = (attempt: Attempt) =>
      set((state) => ({ attempts: state.attempts.map((a) => (a.id === attempt.id ? attempt : a)) }));
    const loadAttemptsOf = async (profileId: string) => {
      const [loaded, assignments] = await Promise.all([
        repository!.loadAttempts(profileId),
        repository!.loadAssignments(profileId),
      ]);
      set((state) => ({
        activeProfileId: profileId,
        attempts: loaded.records,
        assignments: assignments.records,
        problems: [
          ...state.problems.filter((p) => p.store !== 'attempts' && p.store !== 'assignments'),
          ...loaded.problems,
          ...assignments.problems,
        ],
      }));
      sessionStorage.setItem(sessionKey, profileId);
    };

    return {
      status: 'loading',
      profiles: [],
      activeProfileId: undefined,
      attempts: [],
      assignments: [],
      problems: [],
      writeError: undefined,

      async init() {
        try {
          repository = await openRepository();
        } catch {
          set({ status: 'unavailable' });
          return;
        }
        const loaded = await repository.loadProfiles();
        set({ status: 'ready', profiles: loaded.records, problems: loaded.problems });
        // The same tab keeps its trainee across reloads; a lone profile without PIN opens by itself.
        const remembered = sessionStorage.getItem(sessionKey);
        const known = loaded.records.find((p) => p.id === remembered);
        const lone = loaded.records.length === 1 && !loaded.records[0]?.pin ? loaded.records[0] : undefined;
        const chosen = known ?? lone;
        if (chosen) await loadAttemptsOf(chosen.id);
      },

      async createProfile(name, pin) {
        const profile: Profile = { id: newId(), name: name.trim(), createdAt: Date.now() };
        if (pin !== undefined && pin !== '') {
          if (!isPin(pin)) throw new Error('PIN must be 4 digits');
          profile.pin = await makePin(pin);
        }
        try {
          await repository?.saveProfile(profile);
        } catch (error) {
          set({ writeError: error instanceof StorageWriteError ? error.kind : 'unavailable' });
        }
        set((state) => ({ profiles: [...state.profiles, profile] }));
        await loadAttemptsOf(profile.id);
        return profile;
      },

      async openProfile(id, pin) {
        const profile = get().profiles.find((p) => p.id === id);
        if (!profile) return false;
        if (profile.pin && !(pin !== undefined && (await checkPin(pin, profile.pin)))) return false;
        await loadAttemptsOf(id);
        return true;
      },

      closeProfile() {
        sessionStorage.removeItem(sessionKey);
        set({ activeProfileId: undefined, attempts: [], assignments: [] });
      },

      async startAttempt({ scenarioKey, mode, seed, scenarioVersion, assignmentId }) {
        let profileId = get().activeProfileId;
        // Nothing may be lost: a first call without any profile gets one, renamable later.
        if (!profileId) profileId = (await get().createProfile('Stagiaire')).id;
        const attempt: Attempt = {
          id: newId(),
          profileId,
          scenarioKey,
          ...(scenarioVersion === undefined ? {} : { scenarioVersion }),
          mode,
          ...(assignmentId === undefined ? {} : { assignmentId }),
          seed,
          startedAt: Date.now(),
          status: 'in-progress',
          decisions: [],
        };
        set((state) => ({ attempts: [...state.attempts, attempt] }));
        await persist(attempt);
        return attempt;
      },

      async recordDecision(attemptId, decision) {
        const attempt = get().attempts.find((a) => a.id === attemptId);
        if (!attempt) return;
        const next = { ...attempt, decisions: [...attempt.decisions, decision] };
        replaceAttempt(next);
        await persist(next);
      },

      async recordDesk(attemptId, desk) {
        const attempt = get().attempts.find((a) => a.id === attemptId);
        if (!attempt) return;
        const next = { ...attempt, desk };
        replaceAttempt(next);
        await persist(next);
      },

      async finishAttempt(attemptId, result) {
        const attempt = get().attempts.find((a) => a.id === attemptId);
        if (!attempt || attempt.status !== 'in-progress') return;
        const next: Attempt = { ...attempt, ...result, endedAt: Date.now() };
        replaceAttempt(next);
        await persist(next);
      },

      async acceptAssignment(assignment) {
        const profileId = get().activeProfileId;
        const current = repository;
        if (!profileId || !current) return 'failed';
        const record: ProfileAssignment = {
          key: profileAssignmentKey(profileId, assignment.id),
          profileId,
          receivedAt: Date.now(),
          assignment,
        };
        const write = queue.then(() => current.addAssignment(record));
        queue = write.then(
          () => undefined,
          () => undefined,
        );
        let outcome: 'added' | 'duplicate';
        try {
          outcome = await write;
        } catch (error) {
          set({ writeError: error instanceof StorageWriteError ? error.kind : 'unavailable' });
          return 'failed';
        }
        // The trainee may have switched profile meanwhile: only the open profile's list is in memory.
        if (outcome === 'added' && get().activeProfileId === profileId)
          set((state) => ({ assignments: [...state.assignments, record] }));
        return outcome;
      },

      dismissWriteError() {
        set({ writeError: undefined });
      },

      async renameProfile(id, name) {
        const profile = get().profiles.find((p) => p.id === id);
        if (!profile) return;
        const next: Profile = { ...profile, name: name.trim() };
        try {
          await repository?.saveProfile(next);
        } catch (error) {
          set({ writeError: error instanceof StorageWriteError ? error.kind : 'unavailable' });
          return;
        }
        set((state) => ({ profiles: state.profiles.map((p) => (p.id === id ? next : p)) }));
      },

      async planImport(data, importedName) {
        if (!repository) throw new Error('progress storage is not open');
        await queue;
        const attemptsById = await repository.getAttemptsRaw(data.attempts.map((a) => a.id));
        // Importing is rare: its code stays out of the call's download.
        const { planMerge } = await import('../../engine/progress/export-format');
        return planMerge(data, { profiles: get().profiles, attemptsById }, importedName);
      },

      async applyImport(plan) {
        const current = repository;
        if (!current) return false;
        const write = queue.then(() =>
          current.saveImport(plan.createProfile ? plan.profile : undefined, plan.add),
        );
        queue = write.catch(() => undefined);
        try {
          await write;
        } catch (error) {
          set({ writeError: error instanceof StorageWriteError ? error.kind : 'unavailable' });
          return false;
        }
        if (plan.createProfile) set((state) => ({ profiles: [...state.profiles, plan.profile] }));
        if (get().activeProfileId === plan.profile.id && plan.add.length > 0)
          set((state) => ({
            attempts: [...state.attempts, ...plan.add].sort((a, b) => a.startedAt - b.startedAt),
          }));
        return true;
      },
    };
  });
}

/** The attempt to resume after a reload: the latest one still in progress. */
export function attemptToResume(state: ProgressState): Attempt | undefined {
  return [...state.attempts].reverse().find((a) => a.status === 'in-progress');
}
