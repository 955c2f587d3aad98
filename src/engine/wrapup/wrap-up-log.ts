/** A callback booked in the wrap-up of an outbound call: when, and whom to ask for. */
export interface CallbackBooking {
  /** Day of the callback, `YYYY-MM-DD` (as a date input gives it). */
  date: string;
  /** Time of the callback, `HH:MM` (24 h). */
  time: string;
  /** The person to call back (the absent respondent, or whoever asked for the callback). */
  person: string;
}

/** One word the spelling checker did not know, with what it proposes instead. */
export interface MisspelledWord {
  /** The word as typed. */
  word: string;
  /** Corrections, best first (may be empty). */
  suggestions: string[];
}

/**
 * The spelling checker's verdict on the note, stored so the debrief and the score stay pure and survive a
 * reload: `checked` with the exact text it read, or `unavailable` when the checker could not run.
 */
export type SpellingRecord =
  | {
      /** The checker read the note. */
      status: 'checked';
      /** The note exactly as checked (a later edit makes the verdict stale). */
      text: string;
      /** Words not in the dictionary nor in the call's own names. */
      misspelled: MisspelledWord[];
    }
  | {
      /** The checker could not load (no worker, dictionary missing): spelling is not scored. */
      status: 'unavailable';
    };

/** The after-call work: the note, the disposition code, the callback, and how long it took. */
export interface WrapUpLog {
  /** The free-text wrap-up note, in the call's language. */
  note: string;
  /** The disposition code chosen (an id of src/engine/wrapup/dispositions.ts), if any. */
  disposition?: string;
  /** The callback booked (outbound calls), if any. */
  callback?: CallbackBooking;
  /** The spelling checker's last verdict on the note, if it ran. */
  spelling?: SpellingRecord;
  /** Day the after-call work ended (`YYYY-MM-DD`, local): « not in the past » is judged against it. */
  doneOn?: string;
  /** How long the after-call work took, ms, from the end of the call to the debrief. */
  afterCallMs?: number;
}

/** What the wrap-up screen may change (the session stamps the end itself). */
export type WrapUpEdit = Partial<Pick<WrapUpLog, 'note' | 'disposition' | 'callback' | 'spelling'>>;

export const emptyWrapUp = (): WrapUpLog => ({ note: '' });

/**
 * Applies an edit. A spelling verdict that no longer matches the note is kept as it is: the assessment
 * treats it as stale (not scored) rather than guessing.
 */
export function editWrapUp(wrapUp: WrapUpLog | undefined, edit: WrapUpEdit): WrapUpLog {
  return { ...(wrapUp ?? emptyWrapUp()), ...edit };
}

/** Local calendar day of a time, `YYYY-MM-DD`. */
export function localDay(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Closes the after-call work: stamps its day and adds its duration. */
export function finishWrapUp(wrapUp: WrapUpLog | undefined, at: number, afterCallMs: number): WrapUpLog {
  const current = wrapUp ?? emptyWrapUp();
  return {
    ...current,
    doneOn: localDay(at),
    afterCallMs: (current.afterCallMs ?? 0) + Math.max(0, afterCallMs),
  };
}
