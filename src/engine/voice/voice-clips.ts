// Which caller lines are heard, and how: pure data and functions shared by scripts/audio/make-voices.ts
// (which renders the clips with espeak-ng and sox), the app (which plays them) and the clip test.
import type { Language } from '../call-types';
import { languages } from '../call-types';
import type { Emotion, Scenario } from '../scenario/types';
import { callerPrompts, promptEmotion, promptKinds } from './caller-prompts';
import { defaultVoice, endingClipKey, promptClipKey, spokenLine, stepClipKey } from './voice-keys';
import type { Voice } from './voice-keys';

export {
  clipUrl,
  defaultVoice,
  endingClipKey,
  isSpeakable,
  promptClipKey,
  spokenLine,
  spokenText,
  stepClipKey,
} from './voice-keys';
export type { Voice } from './voice-keys';

/** Bump when the rendering changes outside this file (sox filter, Vorbis quality…): every clip is remade. */
export const VOICE_SETTINGS_VERSION = 1;

/** The espeak-ng voice (language + variant) for each language and voice. */
export const espeakVoices: Readonly<Record<Language, Readonly<Record<Voice, string>>>> = {
  fr: { female: 'fr-be+f3', male: 'fr-be+m3' },
  nl: { female: 'nl+f3', male: 'nl+m3' },
  en: { female: 'en-gb+f3', male: 'en-gb+m3' },
};

/** Speaking rate (espeak-ng -s, words per minute) and pitch (-p, 0–99, 50 = the voice's own) by emotion. */
export const emotionProsody: Readonly<Record<Emotion, { speed: number; pitch: number }>> = {
  neutral: { speed: 155, pitch: 50 },
  calm: { speed: 150, pitch: 46 },
  friendly: { speed: 155, pitch: 54 },
  hesitant: { speed: 142, pitch: 48 },
  confused: { speed: 142, pitch: 50 },
  annoyed: { speed: 165, pitch: 50 },
  angry: { speed: 172, pitch: 56 },
  anxious: { speed: 165, pitch: 58 },
  panicked: { speed: 180, pitch: 64 },
  suspicious: { speed: 150, pitch: 48 },
  hurried: { speed: 180, pitch: 54 },
  relieved: { speed: 150, pitch: 52 },
  satisfied: { speed: 152, pitch: 52 },
};

/** Prosody of a caller's last words (endings carry no emotion). */
export const endingProsody = { speed: 152, pitch: 50 } as const;

/** Personas at least this old speak more slowly. */
export const elderlyAge = 75;

/** How much slower (words per minute) an elderly persona speaks. */
export const elderlySlowdown = 15;

/** How one clip is rendered: everything the hash covers besides the text. */
export interface ClipSettings {
  /** Language of the line. */
  language: Language;
  /** The persona's voice. */
  voice: Voice;
  /** The espeak-ng voice name, e.g. fr-be+f3. */
  espeakVoice: string;
  /** Words per minute. */
  speed: number;
  /** Pitch, 0–99. */
  pitch: number;
}

/** One caller line that needs a clip. */
export interface VoiceClip {
  /** `${scenario id}.${language}/${step id}`, or `/end-${ending id}` for an ending. */
  key: string;
  /** What is spoken: the caller line without its stage directions in parentheses. */
  text: string;
  /** Hash of the text and the rendering settings; a clip whose hash differs is out of date. */
  hash: string;
  /** How to render it. */
  settings: ClipSettings;
}

/** cyrb53: a small, fast, non-cryptographic 53-bit string hash, as 14 hex digits. */
export function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The hash of a clip: its text, language, voice, rendering settings and VOICE_SETTINGS_VERSION. */
export function clipHash(text: string, settings: ClipSettings): string {
  return cyrb53(
    JSON.stringify([
      VOICE_SETTINGS_VERSION,
      settings.language,
      settings.voice,
      settings.espeakVoice,
      settings.speed,
      settings.pitch,
      text,
    ]),
  );
}

/** The rendering settings of a line of a scenario, from its persona and (for steps) its emotion. */
export function clipSettings(scenario: Scenario, emotion?: Emotion): ClipSettings {
  const voice = scenario.persona.voice ?? defaultVoice;
  const prosody = emotion ? emotionProsody[emotion] : endingProsody;
  const elderly = (scenario.persona.age ?? 0) >= elderlyAge;
  return {
    language: scenario.language,
    voice,
    espeakVoice: espeakVoices[scenario.language][voice],
    speed: prosody.speed - (elderly ? elderlySlowdown : 0),
    pitch: prosody.pitch,
  };
}

/** Every clip a scenario needs: one per step or ending whose caller line has something to say. */
export function voiceClips(scenario: Scenario): VoiceClip[] {
  const clips: VoiceClip[] = [];
  const add = (key: string, line: string | undefined, settings: ClipSettings) => {
    const text = spokenLine(line);
    if (text === undefined) return;
    clips.push({ key, text, hash: clipHash(text, settings), settings });
  };
  for (const [stepId, step] of Object.entries(scenario.steps))
    add(stepClipKey(scenario, stepId), step.caller, clipSettings(scenario, step.emotion));
  for (const [endingId, ending] of Object.entries(scenario.endings))
    add(endingClipKey(scenario, endingId), ending.caller, clipSettings(scenario));
  return clips;
}

/** The clips of the caller prompts: every kind, in every language and voice. */
export function promptClips(): VoiceClip[] {
  return promptKinds.flatMap((kind) =>
    languages.flatMap((language) =>
      (['female', 'male'] as const).map((voice): VoiceClip => {
        const prosody = emotionProsody[promptEmotion[kind]];
        const settings: ClipSettings = {
          language,
          voice,
          espeakVoice: espeakVoices[language][voice],
          speed: prosody.speed,
          pitch: prosody.pitch,
        };
        const text = callerPrompts[kind][language];
        return { key: promptClipKey(kind, language, voice), text, hash: clipHash(text, settings), settings };
      }),
    ),
  );
}
