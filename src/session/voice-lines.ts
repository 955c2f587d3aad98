import { currentEnding, currentStep, currentStepId } from '../engine/call/call-state';
import type { CallState } from '../engine/call/call-state';
import type { VoiceLine } from '../audio/sound-player';
import { clipUrl, endingClipKey, spokenLine, stepClipKey } from '../engine/voice/voice-keys';

/** The line the caller says now (the current step's, or the ending's last words), as the clips name it. */
export function voiceLineOf(call: CallState): VoiceLine | undefined {
  const { scenario } = call;
  const stepId = currentStepId(call);
  const stepText = spokenLine(currentStep(call)?.caller);
  if (stepId && stepText)
    return { clip: clipUrl(stepClipKey(scenario, stepId)), text: stepText, lang: scenario.language };
  const ending = currentEnding(call);
  const endingText = spokenLine(ending?.caller);
  if (ending && endingText)
    return { clip: clipUrl(endingClipKey(scenario, ending.id)), text: endingText, lang: scenario.language };
  return undefined;
}

/** Clips that may be needed after the current step: whatever the trainee answers, they start at once. */
export function nextClips(call: CallState): string[] {
  const { scenario } = call;
  const targets = new Set((currentStep(call)?.options ?? []).map((o) => o.next));
  return [...targets].flatMap((id) => {
    if (spokenLine(scenario.steps[id]?.caller)) return [clipUrl(stepClipKey(scenario, id))];
    if (spokenLine(scenario.endings[id]?.caller)) return [clipUrl(endingClipKey(scenario, id))];
    return [];
  });
}
