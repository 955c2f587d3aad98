import type { StateCreator } from 'zustand';
import type { Mode } from '../engine/progress/attempt';

/** A call played for a trainer's assignment: its mode is the assignment's, and the attempt records it. */
export interface AssignedPlay {
  /** The assignment's id, recorded on the attempt. */
  assignmentId: string;
  /** The assignment's mode (instead of the mode chosen on the list). */
  mode: Mode;
}

/** Which screen is shown. A call is identified by its scenario key and a run number (a replay is a new run). */
export type View =
  | { name: 'library' }
  | { name: 'call'; scenarioKey: string; run: number; resumeAttemptId?: string; assigned?: AssignedPlay }
  | { name: 'progress' }
  | { name: 'trainer' };

export interface NavigationSlice {
  /** The current screen. */
  view: View;
  /** Counts calls started, so that replaying the same scenario starts afresh. */
  runs: number;
  /** Starts a call; `assigned` when it is played for a trainer's assignment. */
  openCall: (scenarioKey: string, assigned?: AssignedPlay) => void;
  /** Reopens a call interrupted by a reload or a closed tab, at the step it had reached. */
  resumeCall: (scenarioKey: string, attemptId: string) => void;
  openLibrary: () => void;
  openProgress: () => void;
  /** The trainers' area: assignments, cohort results, LMS packages. */
  openTrainer: () => void;
}

export const createNavigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  view: { name: 'library' },
  runs: 0,
  openCall: (scenarioKey, assigned) =>
    set((state) => ({
      runs: state.runs + 1,
      view: { name: 'call', scenarioKey, run: state.runs + 1, ...(assigned ? { assigned } : {}) },
    })),
  resumeCall: (scenarioKey, resumeAttemptId) =>
    set((state) => ({
      runs: state.runs + 1,
      view: { name: 'call', scenarioKey, run: state.runs + 1, resumeAttemptId },
    })),
  openLibrary: () => set({ view: { name: 'library' } }),
  openProgress: () => set({ view: { name: 'progress' } }),
  openTrainer: () => set({ view: { name: 'trainer' } }),
});
