import type { Language } from '../engine/call-types';
import type { MisspelledWord } from '../engine/wrapup/wrap-up-log';

/** What the page asks the spelling worker. */
export type SpellRequest =
  | {
      /** Start loading a language's dictionary now (it takes seconds for French). */
      type: 'load';
      language: Language;
    }
  | {
      /** Check a text; the answer carries the same id. */
      type: 'check';
      id: number;
      language: Language;
      text: string;
      /** Words of the call (names, streets) to accept. */
      allow: string[];
    };

/** What the spelling worker answers. */
export type SpellResponse =
  | {
      /** A dictionary is loaded; `ms` is how long fetching and parsing took, in the worker. */
      type: 'loaded';
      language: Language;
      ms: number;
    }
  | {
      /** The misspelt words of the text of request `id`. */
      type: 'result';
      id: number;
      misspelled: MisspelledWord[];
    }
  | {
      /** Loading or checking failed (for request `id`, when there was one). */
      type: 'error';
      id?: number;
      language: Language;
      message: string;
    };
