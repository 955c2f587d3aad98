import { chooseOption, startCall } from '../call/call-state';
import type { CallState } from '../call/call-state';
import type { Scenario } from '../scenario/types';

/**
 * Replays many routes through one scenario, sharing the work of common prefixes: routes fan out from the
 * same first answers, so each state along the way is computed once.
 */
export function replayPaths(scenario: Scenario, routes: readonly (readonly string[])[]): CallState[] {
  const start = startCall(scenario);
  const cache = new Map<string, CallState>();
  return routes.map((route) => {
    let state = start;
    let key = '';
    for (const optionId of route) {
      key += `/${optionId}`;
      let next = cache.get(key);
      if (!next) {
        next = chooseOption(state, optionId);
        cache.set(key, next);
      }
      state = next;
    }
    return state;
  });
}
