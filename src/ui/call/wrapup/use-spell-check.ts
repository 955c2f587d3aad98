import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../../../engine/call-types';
import type { MisspelledWord, SpellingRecord } from '../../../engine/wrapup/wrap-up-log';
import { SpellUnavailable } from '../../../spelling/spell-client';
import type { SpellChecker } from '../../../spelling/spell-client';

/** Where the spelling check of the note stands, for the panel to say. */
export type SpellState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'checked'; text: string; misspelled: MisspelledWord[] }
  | { status: 'unavailable' };

/** How long the trainee must stop typing before the note is checked. */
export const spellDebounceMs = 700;
/** How long « Voir le débriefing » waits for a last check before going on without it. */
const flushTimeoutMs = 4000;

/**
 * Checks the note in the spelling worker once the trainee stops typing (a newer check cancels the older),
 * and reports each verdict so it is stored with the attempt. `flush` checks the latest text at once.
 */
export function useSpellCheck(
  checker: SpellChecker,
  language: Language,
  allow: readonly string[],
  onVerdict: (record: SpellingRecord) => void,
) {
  const [state, setState] = useState<SpellState>({ status: 'idle' });
  const current = useRef<{ text: string; controller: AbortController } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const broken = useRef(false);
  const done = useRef<string | undefined>(undefined);
  const report = useRef(onVerdict);
  useEffect(() => {
    report.current = onVerdict;
  }, [onVerdict]);

  const run = useCallback(
    (text: string): Promise<void> => {
      current.current?.controller.abort();
      if (broken.current || !text.trim()) {
        setState(broken.current ? { status: 'unavailable' } : { status: 'idle' });
        return Promise.resolve();
      }
      const controller = new AbortController();
      current.current = { text, controller };
      setState({ status: 'checking' });
      return checker.check(language, text, allow, controller.signal).then(
        (misspelled) => {
          done.current = text;
          setState({ status: 'checked', text, misspelled });
          report.current({ status: 'checked', text, misspelled });
        },
        (error: unknown) => {
          if (error instanceof SpellUnavailable) {
            broken.current = true;
            setState({ status: 'unavailable' });
            report.current({ status: 'unavailable' });
          }
          // An aborted check was replaced by a newer one: nothing to say.
        },
      );
    },
    [checker, language, allow],
  );

  /** The note changed: check it when typing pauses. */
  const schedule = useCallback(
    (text: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(text), spellDebounceMs);
    },
    [run],
  );

  /** Loads the dictionary early (on focus), so the first check is quick. */
  const warm = useCallback(() => {
    if (!broken.current) checker.warm(language);
  }, [checker, language]);

  /** Checks `text` now unless it was already checked; resolves within a few seconds whatever happens. */
  const flush = useCallback(
    (text: string): Promise<void> | undefined => {
      clearTimeout(timer.current);
      if (broken.current || !text.trim() || done.current === text) return undefined;
      return Promise.race([run(text), new Promise<void>((resolve) => setTimeout(resolve, flushTimeoutMs))]);
    },
    [run],
  );

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      current.current?.controller.abort();
    },
    [],
  );
  return { state, schedule, warm, flush };
}
