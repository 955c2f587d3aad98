import type { StateCreator } from 'zustand';
import type { Language } from '../engine/call-types';
import { languages } from '../engine/call-types';
import { modes } from '../engine/progress/attempt';
import type { Mode } from '../engine/progress/attempt';

/** Preferences of whoever uses this browser. */
export interface SettingsSlice {
  /** Language of the interface (the call's language is the scenario's). */
  uiLanguage: Language;
  /** Language the calls are played in; practising a Dutch call with a French interface is a real use. */
  callLanguage: Language;
  /** True when every sound is off. */
  muted: boolean;
  /** Practice or exam, for the next call. */
  callMode: Mode;
  setCallMode: (mode: Mode) => void;
  setUiLanguage: (language: Language) => void;
  setCallLanguage: (language: Language) => void;
  setMuted: (muted: boolean) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  uiLanguage: 'fr',
  callLanguage: 'fr',
  muted: false,
  callMode: 'practice',
  setCallMode: (callMode) => set({ callMode }),
  setUiLanguage: (uiLanguage) => set({ uiLanguage }),
  setCallLanguage: (callLanguage) => set({ callLanguage }),
  setMuted: (muted) => set({ muted }),
});

/** Keeps only well-formed settings from storage: a corrupted entry falls back to defaults, field by field. */
export function sanitizeSettings(
  stored: unknown,
): Partial<Pick<SettingsSlice, 'uiLanguage' | 'callLanguage' | 'muted' | 'callMode'>> {
  if (typeof stored !== 'object' || stored === null) return {};
  const { uiLanguage, callLanguage, muted, callMode } = stored as Record<string, unknown>;
  return {
    ...(modes.includes(callMode as Mode) ? { callMode: callMode as Mode } : {}),
    ...(languages.includes(uiLanguage as Language) ? { uiLanguage: uiLanguage as Language } : {}),
    ...(languages.includes(callLanguage as Language) ? { callLanguage: callLanguage as Language } : {}),
    ...(typeof muted === 'boolean' ? { muted } : {}),
  };
}
