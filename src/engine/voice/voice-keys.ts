// The names of the caller's clips, and what a line says aloud: the small part of the voice data the app
// needs at run time (the rendering settings and hashes in voice-clips.ts serve the clip script and tests).
import type { Language } from '../call-types';
import type { Persona, Scenario } from '../scenario/types';
import type { PromptKind } from './caller-prompts';

/** A persona's voice; personas without one are read by the female voice. */
export type Voice = NonNullable<Persona['voice']>;

/** The voice used when a persona does not say which one reads its lines. */
export const defaultVoice: Voice = 'female';

/** The spoken part of a caller line: parenthesised stage directions removed, spaces collapsed. */
export function spokenText(line: string): string {
  let text = line;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a spoken text has anything to say (not only dots, dashes or punctuation). */
export function isSpeakable(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** What a caller line says aloud, or undefined when it is only a stage direction (it then has no clip). */
export function spokenLine(line: string | undefined): string | undefined {
  if (line === undefined) return undefined;
  const text = spokenText(line);
  return isSpeakable(text) ? text : undefined;
}

/** The key of a step's clip. */
export function stepClipKey(scenario: Scenario, stepId: string): string {
  return `${scenario.id}.${scenario.language}/${stepId}`;
}

/** The key of an ending's clip. */
export function endingClipKey(scenario: Scenario, endingId: string): string {
  return `${scenario.id}.${scenario.language}/end-${endingId}`;
}

/** The key of a caller prompt's clip (« Allô ? Vous êtes toujours là ? »…), shared by every scenario. */
export function promptClipKey(kind: PromptKind, language: Language, voice: Voice): string {
  return `_prompts/${voice}/${kind}.${language}`;
}

/** The URL of a clip, relative to the app's base URL. */
export function clipUrl(key: string): string {
  return `audio/voices/${key}.ogg`;
}
