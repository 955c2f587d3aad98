import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createNavigationSlice } from './navigation-slice';
import type { NavigationSlice } from './navigation-slice';
import { createSettingsSlice, sanitizeSettings } from './settings-slice';
import type { SettingsSlice } from './settings-slice';

export type AppState = SettingsSlice & NavigationSlice;

/** One store of slices; only the settings are persisted (trainee progress gets its own storage). */
export const useAppStore = create<AppState>()(
  persist((...args) => ({ ...createSettingsSlice(...args), ...createNavigationSlice(...args) }), {
    name: 'decroche.settings',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({
      uiLanguage: state.uiLanguage,
      callLanguage: state.callLanguage,
      muted: state.muted,
      callMode: state.callMode,
      voiceOn: state.voiceOn,
      volume: state.volume,
      backgroundOn: state.backgroundOn,
      answerMode: state.answerMode,
    }),
    merge: (stored, current) => ({ ...current, ...sanitizeSettings(stored) }),
  }),
);
