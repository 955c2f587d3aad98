import { useCallback, useEffect, useState } from 'react';
import { assignmentPayloadOf } from '../../engine/assignment/assignment-fragment';

/**
 * The payload of an assignment link in the address bar — when the app opens on it, or when one is pasted
 * into an open tab — and a way to remove it from the address once the trainee has decided. First-screen
 * code: it only looks at the fragment; the decoder loads when there is one.
 */
export function useAssignmentLink(): { payload: string | undefined; clear: () => void } {
  const [payload, setPayload] = useState(() => assignmentPayloadOf(window.location.hash));
  useEffect(() => {
    const read = () => setPayload(assignmentPayloadOf(window.location.hash));
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const clear = useCallback(() => {
    // replaceState: the link leaves the address bar without a new history entry or a reload.
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    setPayload(undefined);
  }, []);
  return { payload, clear };
}
