import type { StateCreator } from 'zustand';
import type { Language } from '../engine/call-types';
import { languages } from '../engine/call-types';
import { modes } from '../engine/progress/attempt';
import type { Mode } from '../engine/progress/attempt';

/** How the trainee answers in a call: picks one of the options, or types what they would say. */
export const answerModes = ['choices', 'free-text'] as const;
export type AnswerMode = (typeof answerModes)[number];

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
  /** The caller's voice is heard (the text is always on screen). */
  voiceOn: boolean;
  /** Master volume, 0–1. */
  volume: number;
  /** A call-centre murmur plays behind calls (off by default: it makes listening harder, on purpose). */
  backgroundOn: boolean;
  setBackgroundOn: (on: boolean) => void;
  /** Choices, or free text where the scenario allows it (the typed answer is matched to an option). */
  answerMode: AnswerMode;
  setAnswerMode: (mode: AnswerMode) => void;
  setVoiceOn: (on: boolean) => void;
  setVolume: (volume: number) => void;
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
  voiceOn: true,
  volume: 0.8,
  backgroundOn: false,
  setBackgroundOn: (backgroundOn) => set({ backgroundOn }),
  answerMode: 'choices',
  setAnswerMode: (answerMode) => set({ answerMode }),
  setCallMode: (callMode) => set({ callMode }),
  setVoiceOn: (voiceOn) => set({ voiceOn }),
  setVolume: (volume) => set({ volume: Math.max(0, Math.min(1, volume)) }),
  setUiLanguage: (uiLanguage) => set({ uiLanguage }),
  setCallLanguage: (callLanguage) => set({ callLanguage }),
  setMuted: (muted) => set({ muted }),
});

/** Keeps only well-formed settings from storage: a corrupted entry falls back to defaults, field by field. */
export function sanitizeSettings(
  stored: unknown,
): Partial<
  Pick<
    SettingsSlice,
    | 'uiLanguage'
    | 'callLanguage'
    | 'muted'
    | 'callMode'
    | 'voiceOn'
    | 'volume'
    | 'backgroundOn'
    | 'answerMode'
  >
> {
  if (typeof stored !== 'object' || stored === null) return {};
  const { uiLanguage, callLanguage, muted, callMode, voiceOn, volume, backgroundOn, answerMode } =
    stored as Record<string, unknown>;
  return {
    ...(typeof backgroundOn === 'boolean' ? { backgroundOn } : {}),
    ...(answerModes.includes(answerMode as AnswerMode) ? { answerMode: answerMode as AnswerMode } : {}),
    ...(typeof voiceOn === 'boolean' ? { voiceOn } : {}),
    ...(typeof volume === 'number' && volume >= 0 && volume <= 1 ? { volume } : {}),
    ...(modes.includes(callMode as Mode) ? { callMode: callMode as Mode } : {}),
    ...(languages.includes(uiLanguage as Language) ? { uiLanguage: uiLanguage as Language } : {}),
    ...(languages.includes(callLanguage as Language) ? { callLanguage: callLanguage as Language } : {}),
    ...(typeof muted === 'boolean' ? { muted } : {}),
  };
}
