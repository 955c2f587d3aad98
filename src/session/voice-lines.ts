import { currentEnding, currentStep, currentStepId } from '../engine/call/call-state';
import type { CallState } from '../engine/call/call-state';
import type { VoiceLine } from '../audio/sound-player';
import { clipUrl, isSpeakable, spokenText } from '../engine/voice/voice-clips';

/** Where the clip of a caller's line lives (made by `npm run voices`). */
export function clipPath(scenarioKey: string, lineId: string): string {
  return clipUrl(`${scenarioKey}/${lineId}`);
}

/** The line the caller says now: the current step's, or the ending's last words. */
export function voiceLineOf(call: CallState): VoiceLine | undefined {
  const { scenario } = call;
  const key = `${scenario.id}.${scenario.language}`;
  const step = currentStep(call);
  const stepId = currentStepId(call);
  // Stage directions in parentheses are not spoken; a line that is only a direction has no clip.
  if (step?.caller && stepId && isSpeakable(step.caller))
    return { clip: clipPath(key, stepId), text: spokenText(step.caller), lang: scenario.language };
  const ending = currentEnding(call);
  if (ending?.caller && isSpeakable(ending.caller))
    return {
      clip: clipPath(key, `end-${ending.id}`),
      text: spokenText(ending.caller),
      lang: scenario.language,
    };
  return undefined;
}

/** Clips that may be needed after the current step: whatever the trainee answers, they start at once. */
export function nextClips(call: CallState): string[] {
  const { scenario } = call;
  const key = `${scenario.id}.${scenario.language}`;
  const targets = new Set((currentStep(call)?.options ?? []).map((o) => o.next));
  return [...targets].flatMap((id) => {
    const stepLine = scenario.steps[id]?.caller;
    const endingLine = scenario.endings[id]?.caller;
    if (stepLine && isSpeakable(stepLine)) return [clipPath(key, id)];
    if (endingLine && isSpeakable(endingLine)) return [clipPath(key, `end-${id}`)];
    return [];
  });
}
