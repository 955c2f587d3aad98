import type { StateCreator } from 'zustand';
import type { Language } from '../engine/call-types';
import { languages } from '../engine/call-types';

/** Preferences of whoever uses this browser. */
export interface SettingsSlice {
  /** Language of the interface (the call's language is the scenario's). */
  uiLanguage: Language;
  /** Language the calls are played in; practising a Dutch call with a French interface is a real use. */
  callLanguage: Language;
  /** True when every sound is off. */
  muted: boolean;
  setUiLanguage: (language: Language) => void;
  setCallLanguage: (language: Language) => void;
  setMuted: (muted: boolean) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  uiLanguage: 'fr',
  callLanguage: 'fr',
  muted: false,
  setUiLanguage: (uiLanguage) => set({ uiLanguage }),
  setCallLanguage: (callLanguage) => set({ callLanguage }),
  setMuted: (muted) => set({ muted }),
});

/** Keeps only well-formed settings from storage: a corrupted entry falls back to defaults, field by field. */
export function sanitizeSettings(
  stored: unknown,
): Partial<Pick<SettingsSlice, 'uiLanguage' | 'callLanguage' | 'muted'>> {
  if (typeof stored !== 'object' || stored === null) return {};
  const { uiLanguage, callLanguage, muted } = stored as Record<string, unknown>;
  return {
    ...(languages.includes(uiLanguage as Language) ? { uiLanguage: uiLanguage as Language } : {}),
    ...(languages.includes(callLanguage as Language) ? { callLanguage: callLanguage as Language } : {}),
    ...(typeof muted === 'boolean' ? { muted } : {}),
  };
}
