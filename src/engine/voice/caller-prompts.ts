import type { Language } from '../call-types';

/** Why the caller speaks up on their own. */
export const promptKinds = ['silence', 'hold', 'hurry'] as const;
export type PromptKind = (typeof promptKinds)[number];

/**
 * What a caller says when left without an answer, on hold too long, or past the answer's time limit, in
 * the call's language. These are the caller's words (content, with their own clips), not interface strings.
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
  // The step's time limit ran out: the caller presses for an answer.
  hurry: {
    fr: 'Allô ? Vous m’entendez ? Répondez-moi, s’il vous plaît !',
    nl: 'Hallo? Hoort u mij? Antwoord alstublieft!',
    en: 'Hello? Can you hear me? Please answer me!',
  },
};

/** How each prompt sounds (its prosody follows the matching emotion). */
export const promptEmotion = { silence: 'hesitant', hold: 'annoyed', hurry: 'anxious' } as const;
