import type { PromptKind } from '../engine/voice/caller-prompts';

export { callerPrompts } from '../engine/voice/caller-prompts';
export type { PromptKind } from '../engine/voice/caller-prompts';

/** A prompt as it happened: after how many answers, and why. */
export interface CallerPrompt {
  /** Number of answers given when the caller spoke up (places it in the transcript). */
  afterAnswers: number;
  /** Silence, long hold, or the answer's time limit ran out. */
  kind: PromptKind;
}
