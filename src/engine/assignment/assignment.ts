import type { Language } from '../call-types';
import type { Mode } from '../progress/attempt';

/** Where a trainee's learning records go, when the trainer has a learning record store (xAPI). */
export interface LrsConfig {
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi/ (must end with a slash). */
  endpoint: string;
  /** The HTTP Basic credentials' key (user name) the LRS gave the trainer. */
  username: string;
  /** The matching secret. Anybody holding the link can read it: give a write-only key. */
  password: string;
}

/** Work a trainer gives a group: a set of calls, how to play them, by when, and the mark to pass. */
export interface Assignment {
  /** Random unique id (also the xAPI registration of the trainee's attempts). */
  id: string;
  /** Title the trainee sees, e.g. « Semaine 3 — appels entrants ». */
  title: string;
  /** Scenario ids (without language), in the order the trainer wants them played. */
  scenarios: string[];
  /** Practice (feedback as you go) or exam (like the validation test). */
  mode: Mode;
  /** Language the calls are played in. */
  callLanguage: Language;
  /** Last day, ISO date (YYYY-MM-DD), or absent when open-ended. */
  due?: string;
  /** Overall score (0–100) a call needs to count as passed. */
  passMark: number;
  /** Learning record store the results go to, when the trainer set one. */
  lrs?: LrsConfig;
  /** Who set it (shown to the trainee), e.g. the trainer's name and centre. */
  issuedBy?: string;
  /** When it was composed (ms since epoch). */
  createdAt: number;
}
