import type { Language } from '../engine/call-types';

/** Why the caller speaks up on their own. */
export type PromptKind = 'silence' | 'hold';

/**
 * What a caller says when left without an answer or on hold too long, in the call's language. These are
 * the caller's words (content), not interface strings.
 */
export const callerPrompts: Record<PromptKind, Record<Language, string>> = {
  silence: {
    fr: 'Allô ? Vous êtes toujours là ?',
    nl: 'Hallo? Bent u daar nog?',
    en: 'Hello? Are you still there?',
  },
  hold: {
    fr: 'Allô ? Ça fait un moment que j’attends, là…',
    nl: 'Hallo? Ik wacht nu al een hele tijd…',
    en: 'Hello? I’ve been waiting for quite a while now…',
  },
};

/** A prompt as it happened: after how many answers, and why. */
export interface CallerPrompt {
  /** Number of answers given when the caller spoke up (places it in the transcript). */
  afterAnswers: number;
  /** Silence or long hold. */
  kind: PromptKind;
}
