import type { StateCreator } from 'zustand';

/** Which screen is shown. A call is identified by its scenario key and a run number (a replay is a new run). */
export type View = { name: 'library' } | { name: 'call'; scenarioKey: string; run: number };

export interface NavigationSlice {
  /** The current screen. */
  view: View;
  /** Counts calls started, so that replaying the same scenario starts afresh. */
  runs: number;
  openCall: (scenarioKey: string) => void;
  openLibrary: () => void;
}

export const createNavigationSlice: StateCreator<NavigationSlice, [], [], NavigationSlice> = (set) => ({
  view: { name: 'library' },
  runs: 0,
  openCall: (scenarioKey) =>
    set((state) => ({ runs: state.runs + 1, view: { name: 'call', scenarioKey, run: state.runs + 1 } })),
  openLibrary: () => set({ view: { name: 'library' } }),
});
