import { useStore } from 'zustand';
import { createProgressStore } from './progress-store';
import type { ProgressActions, ProgressState } from './progress-store';

/** The app's one progress store (IndexedDB-backed), opened once. */
export const progressStore = createProgressStore();

let started: Promise<void> | undefined;

/** Opens the database and loads profiles; later calls wait for the same opening. */
export function startProgress(): Promise<void> {
  started ??= progressStore.getState().init();
  return started;
}

export function useProgress<T>(selector: (state: ProgressState & ProgressActions) => T): T {
  return useStore(progressStore, selector);
}
