import type { CallType, Language, Level } from '../engine/call-types';

/** What the scenario list shows about a scenario, without loading the whole call. */
export interface ScenarioSummary {
  /** `<id>.<language>`, unique in the library. */
  key: string;
  /** Scenario id, shared by its translations. */
  id: string;
  /** Language of the call. */
  language: Language;
  /** Title. */
  title: string;
  /** Call type. */
  callType: CallType;
  /** Difficulty. */
  level: Level;
  /** One or two sentences. */
  summary: string;
  /** Targeted competency ids. */
  competencies: string[];
  /** Caller's name. */
  caller: string;
  /** Company the trainee works for. */
  company: string;
  /** Short hash of the scenario's content (scripts/scenario-version.ts): changes with every edit. */
  version: string;
}
