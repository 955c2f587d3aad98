import type { Act, CallerSignal } from '../acts';
import type { CallType, Language, Level } from '../call-types';
import type { DispositionCode } from '../wrapup/dispositions';

/** The scenario file format version this build reads; older versions go through migrations. */
export const currentSchemaVersion = 2;

/** How the caller sounds in a line; drives the emotion label (and later the voice). */
export const emotions = [
  'neutral',
  'calm',
  'friendly',
  'hesitant',
  'confused',
  'annoyed',
  'angry',
  'anxious',
  'panicked',
  'suspicious',
  'hurried',
  'relieved',
  'satisfied',
] as const;
export type Emotion = (typeof emotions)[number];

/** How good an option is, as the author judges it; the best one is shown as « better option » in debriefs. */
export const ratings = ['best', 'good', 'weak', 'wrong'] as const;
export type Rating = (typeof ratings)[number];

/** How a call ended, for the ending screen and the trainer's results. */
export const outcomes = ['success', 'partial', 'failure'] as const;
export type Outcome = (typeof outcomes)[number];

/** One scenario: a whole simulated call, authored as data. */
export interface Scenario {
  /** Format version of the file, see scenarios/README.md. */
  schemaVersion: number;
  /** Unique id across the library, kebab-case. */
  id: string;
  /** Title shown in the list. */
  title: string;
  /** Which procedure machine judges the call. */
  callType: CallType;
  /** Difficulty level. */
  level: Level;
  /** Language the caller speaks and the options are written in. */
  language: Language;
  /** One or two sentences telling the trainee what the call is about. */
  summary: string;
  /** Competency ids the call mainly trains (shown in the list). */
  competencies: string[];
  /** Who calls (or is called). */
  persona: Persona;
  /** The organisation the trainee works for in this call. */
  company: Company;
  /** The customer record on the agent's screen (opened by the trainee during the call). */
  screen: ScreenField[];
  /** Knowledge-base articles and scripts the trainee can search during the call (schemaVersion 2). */
  knowledgeBase?: Article[];
  /** The call type's form, with the truth what the trainee types is compared to (schemaVersion 2). */
  form?: FormField[];
  /** False when the trainee must pick the answers even with free text on (the exact wording is trained). */
  freeText?: boolean;
  /** Time pressure and the handle time the call should fit in. */
  timing?: Timing;
  /** Id of the first step. */
  start: string;
  /** The steps by id, each a caller line and the trainee's options. */
  steps: Record<string, Step>;
  /** The endings by id. */
  endings: Record<string, Ending>;
}

/** A scenario's clock, in seconds. */
export interface Timing {
  /** Time the trainee has for each answer (a step's own `timeLimit` overrides it); none when absent. */
  answerLimit?: number;
  /** Handle time (talk + hold + after-call work) a good agent reaches, shown beside the trainee's. */
  targetHandle?: number;
}

/** The simulated caller. */
export interface Persona {
  /** Full name as it appears on screen (or how they introduce themselves). */
  name: string;
  /** Age in years, when it matters for the call. */
  age?: number;
  /** Their situation in one or two sentences. */
  situation: string;
  /** What they want from the call. */
  wants: string;
  /** What they do not say at first. */
  hidden?: string;
  /** Patience at pick-up, from 0 (about to hang up) to 10 (endless). */
  patience: number;
  /** Which synthetic voice reads their lines (clips are made with espeak-ng). */
  voice?: 'female' | 'male';
}

/** The employer in the scenario (fictional but credible). */
export interface Company {
  /** Company or service name. */
  name: string;
  /** Sector, for context. */
  sector: string;
  /** The name the trainee's agent uses. */
  agentName: string;
  /** Services and teams a call can be transferred or escalated to (listed in the handover panel). */
  services?: string[];
}

/** One line of the agent's screen. */
export interface ScreenField {
  /** Field label as shown. */
  label: string;
  /** Field value as shown. */
  value: string;
  /** Heading the line is grouped under (identity, contracts, orders, tickets, history...). */
  section?: string;
}

/** A knowledge-base article or script, found by searching during the call. */
export interface Article {
  /** Unique id within the scenario; steps refer to it as `kb:<id>`. */
  id: string;
  /** Title shown in the results. */
  title: string;
  /** The article's text. */
  body: string;
  /** Extra search terms (synonyms the trainee may type). */
  keywords?: string[];
}

/** What a form field stands for, so the engine knows which rule judges it. */
export const fieldKinds = ['data', 'services', 'priority'] as const;
export type FieldKind = (typeof fieldKinds)[number];

/** One field of the call's form. */
export interface FormField {
  /** Unique id within the form. */
  id: string;
  /** Label shown. */
  label: string;
  /** Input type. */
  type: 'text' | 'phone' | 'textarea' | 'select' | 'multiselect';
  /** Choices, for select and multiselect. */
  choices?: string[];
  /** The truth: what a careful agent types or chooses (a list for multiselect). */
  expected: string | string[];
  /** data (default): typed data; services: 112 services sent; priority: ITIL priority. */
  kind?: FieldKind;
}

/** One turn: what the caller says, then what the trainee may answer. */
export interface Step {
  /** What the caller says (absent when the trainee speaks first, e.g. at pick-up). */
  caller?: string;
  /** A short stage direction shown in italics (a noise, a silence, what appears on screen). */
  situation?: string;
  /** How the caller sounds. */
  emotion: Emotion;
  /** What the line reveals that procedures must react to. */
  signals?: CallerSignal[];
  /** Seconds to answer this step (overrides the scenario's `timing.answerLimit`). */
  timeLimit?: number;
  /** Screen work the situation calls for before answering: `record`, or `kb:<article id>`. */
  consult?: string[];
  /** The trainee's choices, three or four. */
  options: Option[];
}

/** One answer the trainee may give. */
export interface Option {
  /** Unique id within the scenario, shared across its translations. */
  id: string;
  /** What the trainee says. */
  text: string;
  /** Id of the next step or ending. */
  next: string;
  /** What the answer does, from the controlled vocabulary (procedure machines judge these). */
  acts: Act[];
  /** The author's judgement of the answer. */
  rating: Rating;
  /** Competencies this answer shows (positive score) or fails (negative score). */
  tags: CompetencyTag[];
  /** What the answer did, why it matters, the rule behind it, what would have been better. */
  feedback: string;
  /** Change of the caller's patience (−3 … +3). */
  mood?: number;
  /** For a transfer or an escalation: who should take it, and what the handover summary must say. */
  handover?: Handover;
}

/** What a good handover looks like for an option that transfers or escalates the call. */
export interface Handover {
  /** The service that should take the call (one of the company's `services`). */
  to: string;
  /** Key facts the summary must mention so the next person need not ask again (matched loosely). */
  facts?: string[];
}

/** A competency evidenced by an option. */
export interface CompetencyTag {
  /** Competency id from the catalogue. */
  competency: string;
  /** Evidence from −2 (clear failure) to +2 (clear success). */
  score: number;
}

/** How the call ends. */
export interface Ending {
  /** Well handled, partly handled or failed. */
  outcome: Outcome;
  /** Who hung up. */
  endedBy: 'trainee' | 'caller';
  /** The caller's last words, if any. */
  caller?: string;
  /** What happened, told to the trainee on the debrief. */
  summary: string;
  /** The wrap-up's disposition code, when the one derived from the path's acts would be wrong (optional). */
  disposition?: DispositionCode;
}
