import { currentEnding, currentStep, currentStepId } from '../engine/call/call-state';
import type { CallState } from '../engine/call/call-state';
import type { VoiceLine } from '../audio/sound-player';

/** Where the clip of a caller's line lives (made by `npm run voices`). */
export function clipPath(scenarioKey: string, lineId: string): string {
  return `audio/voices/${scenarioKey}/${lineId}.ogg`;
}

/** The line the caller says now: the current step's, or the ending's last words. */
export function voiceLineOf(call: CallState): VoiceLine | undefined {
  const { scenario } = call;
  const key = `${scenario.id}.${scenario.language}`;
  const step = currentStep(call);
  const stepId = currentStepId(call);
  if (step?.caller && stepId)
    return { clip: clipPath(key, stepId), text: step.caller, lang: scenario.language };
  const ending = currentEnding(call);
  if (ending?.caller)
    return { clip: clipPath(key, `end-${ending.id}`), text: ending.caller, lang: scenario.language };
  return undefined;
}

/** Clips that may be needed after the current step: whatever the trainee answers, they start at once. */
export function nextClips(call: CallState): string[] {
  const { scenario } = call;
  const key = `${scenario.id}.${scenario.language}`;
  const targets = new Set((currentStep(call)?.options ?? []).map((o) => o.next));
  return [...targets].flatMap((id) => {
    if (scenario.steps[id]?.caller) return [clipPath(key, id)];
    if (scenario.endings[id]?.caller) return [clipPath(key, `end-${id}`)];
    return [];
  });
}
