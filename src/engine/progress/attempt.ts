import type { DeskLog } from '../desk/desk-log';
import type { Outcome } from '../scenario/types';

/** Practice shows feedback after each answer and allows pauses; exam behaves like a validation test. */
export const modes = ['practice', 'exam'] as const;
export type Mode = (typeof modes)[number];

/** One answer as it was given, with its timing. */
export interface DecisionRecord {
  /** Step the answer was given in. */
  stepId: string;
  /** The option chosen. */
  optionId: string;
  /** Milliseconds from pick-up to the answer. */
  atMs: number;
}

/** A competency's result in one attempt. */
export interface CompetencyResult {
  /** Competency id. */
  competency: string;
  /** 0–100. */
  percent: number;
}

/** One play of one scenario by one trainee, written as it happens. */
export interface Attempt {
  /** Random unique id. */
  id: string;
  /** The trainee. */
  profileId: string;
  /** `<id>.<language>` of the scenario. */
  scenarioKey: string;
  /** The scenario's version (content hash) when the call started; absent in records made before versions. */
  scenarioVersion?: string;
  /** Practice or exam. */
  mode: Mode;
  /** The trainer's assignment the call was played for, if any. */
  assignmentId?: string;
  /** Seed of the order the options were shown in (a resumed call looks the same). */
  seed: number;
  /** When the call was picked up (ms since epoch). */
  startedAt: number;
  /** When it ended, if it has. */
  endedAt?: number;
  /** in-progress until an ending is reached (ended) or the trainee hangs up (abandoned). */
  status: 'in-progress' | 'ended' | 'abandoned';
  /** Every answer, in order. */
  decisions: DecisionRecord[];
  /** The screen work so far (panels opened, form), when the desktop was used. */
  desk?: DeskLog;
  /** The verdict, once ended. */
  outcome?: Outcome;
  /** 0–100 overall, once ended. */
  overall?: number;
  /** Per competency, once ended. */
  competencies?: CompetencyResult[];
}

/** A trainee using this browser. */
export interface Profile {
  /** Random unique id. */
  id: string;
  /** Name shown on the profile list. */
  name: string;
  /** When it was created (ms since epoch). */
  createdAt: number;
  /** Salted SHA-256 of the optional 4-digit PIN (keeps classmates out, not the computer's owner). */
  pin?: { salt: string; hash: string };
}
