import type { HandleTimeParts } from '../engine/timing/handle-time';
import type { CallSessionContext } from './call-session-machine';

/** The session's clock readings as handle-time parts (talk, hold, after-call work), in ms. */
export function handleTimeParts(context: CallSessionContext): HandleTimeParts {
  const { pickedUpAt, endedAt, debriefAt, holdMs } = context;
  const callMs = pickedUpAt !== undefined && endedAt !== undefined ? Math.max(0, endedAt - pickedUpAt) : 0;
  return {
    talkMs: Math.max(0, callMs - holdMs),
    holdMs,
    afterCallMs: endedAt !== undefined && debriefAt !== undefined ? Math.max(0, debriefAt - endedAt) : 0,
  };
}
