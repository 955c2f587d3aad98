import type { Activity, Agent, Context, Result, Statement } from '@xapi/xapi';
import type { Assignment } from '../assignment/assignment';
import type { Mode } from '../progress/attempt';
import type { Outcome, Scenario } from '../scenario/types';
import {
  assignmentActivity,
  competencyActivity,
  languageTags,
  rightRatings,
  scenarioActivity,
  stepActivity,
} from './activities';
import { isoDuration } from './duration';
import { extensionIris } from './iris';
import { verbs } from './verbs';

/*
 * The learning records of one call (xAPI 1.0.3): `launched` at pick-up, one `answered` per decision,
 * then `completed` and `passed` or `failed` at the debrief, or `terminated` when the trainee hung up
 * first. Pure: ids and clocks come from the caller, so the same call gives the same records in tests.
 */

/** Name of the platform in every statement's context. */
export const platformName = 'Décroche';

/** Who played, for which assignment, which call: what every statement of an attempt shares. */
export interface AttemptRecordContext {
  /** The trainee: profile id (the account name), their name, and the app's origin (the account's home). */
  learner: { profileId: string; name?: string; homePage: string };
  /** The scenario played. */
  scenario: Scenario;
  /** The assignment the attempt belongs to (its id is the registration). */
  assignment: Assignment;
  /** The attempt's own id. */
  attemptId: string;
  /** Practice or exam. */
  mode: Mode;
}

/** What makes one statement unique: its id (a UUID) and when it happened. */
export interface Stamp {
  /** A fresh UUID. */
  id: string;
  /** When it happened (ms since epoch). */
  at: number;
}

/** The debriefed call: what the completed and passed/failed statements report. */
export interface CallResult {
  /** Overall score, 0–100. */
  overall: number;
  /** How the call ended, when it reached an ending. */
  outcome: Outcome | undefined;
  /** Per-competency results, 0–100. */
  competencies: readonly { competency: string; percent: number }[];
  /** Handle time (pick-up to end, hold included), ms. */
  durationMs: number;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function actorOf({ learner }: AttemptRecordContext): Agent {
  return {
    objectType: 'Agent',
    ...(learner.name ? { name: learner.name } : {}),
    account: { homePage: learner.homePage, name: learner.profileId },
  };
}

function contextOf(
  record: AttemptRecordContext,
  activities: { parent?: Activity[]; other?: Activity[] } = {},
): Context {
  const { assignment, scenario } = record;
  return {
    // xAPI wants a UUID here; an assignment from elsewhere with another kind of id just has none.
    ...(uuidPattern.test(assignment.id) ? { registration: assignment.id.toLowerCase() } : {}),
    platform: platformName,
    language: languageTags[scenario.language],
    contextActivities: {
      ...(activities.parent ? { parent: activities.parent } : {}),
      grouping: [assignmentActivity(assignment)],
      ...(activities.other?.length ? { other: activities.other } : {}),
    },
    extensions: {
      [extensionIris.attempt]: record.attemptId,
      [extensionIris.mode]: record.mode,
      [extensionIris.level]: scenario.level,
    },
  };
}

const competencyActivities = (ids: readonly string[]) => [...new Set(ids)].map(competencyActivity);

function statement(
  record: AttemptRecordContext,
  stamp: Stamp,
  parts: Pick<Statement, 'verb' | 'object' | 'context'> & { result?: Result },
): Statement {
  return {
    id: stamp.id,
    actor: actorOf(record),
    ...parts,
    timestamp: new Date(stamp.at).toISOString(),
  };
}

/** The trainee picked up (or dialled) the call. */
export function launchedStatement(record: AttemptRecordContext, stamp: Stamp): Statement {
  return statement(record, stamp, {
    verb: verbs.launched,
    object: scenarioActivity(record.scenario),
    context: contextOf(record, { other: competencyActivities(record.scenario.competencies) }),
  });
}

/**
 * One decision: the option chosen (`response`), whether it was right (rated best or good), its rating and
 * competency evidence, with the competencies its tags concern. Undefined for an unknown step or option.
 */
export function answeredStatement(
  record: AttemptRecordContext,
  stamp: Stamp,
  decision: { stepId: string; optionId: string },
): Statement | undefined {
  const { scenario } = record;
  const object = stepActivity(scenario, decision.stepId);
  const option = scenario.steps[decision.stepId]?.options.find((o) => o.id === decision.optionId);
  if (!object || !option) return undefined;
  return statement(record, stamp, {
    verb: verbs.answered,
    object,
    result: {
      response: option.id,
      success: rightRatings.includes(option.rating),
      extensions: {
        [extensionIris.rating]: option.rating,
        [extensionIris.evidence]: option.tags.map(({ competency, score }) => ({ competency, score })),
      },
    },
    context: contextOf(record, {
      parent: [scenarioActivity(scenario)],
      other: competencyActivities(option.tags.map((t) => t.competency)),
    }),
  });
}

const clampPercent = (value: number) => Math.max(0, Math.min(100, Math.round(value * 100) / 100));

function scoredResult(result: CallResult): Result {
  const raw = clampPercent(result.overall);
  return {
    score: { scaled: Math.round(raw * 100) / 10_000, raw, min: 0, max: 100 },
    completion: true,
    duration: isoDuration(result.durationMs),
    extensions: {
      ...(result.outcome ? { [extensionIris.outcome]: result.outcome } : {}),
      [extensionIris.competencyScores]: Object.fromEntries(
        result.competencies.map(({ competency, percent }) => [competency, clampPercent(percent)]),
      ),
    },
  };
}

/** True when the call's overall score reaches the assignment's pass mark. */
export const reachesPassMark = (result: CallResult, assignment: Assignment) =>
  clampPercent(result.overall) >= assignment.passMark;

/** The call reached an ending and was debriefed: its score, handle time and competency results. */
export function completedStatement(
  record: AttemptRecordContext,
  stamp: Stamp,
  result: CallResult,
): Statement {
  return statement(record, stamp, {
    verb: verbs.completed,
    object: scenarioActivity(record.scenario),
    result: scoredResult(result),
    context: contextOf(record, {
      other: competencyActivities(result.competencies.map((c) => c.competency)),
    }),
  });
}

/** Passed or failed against the assignment's pass mark, with the same score. */
export function verdictStatement(record: AttemptRecordContext, stamp: Stamp, result: CallResult): Statement {
  const success = reachesPassMark(result, record.assignment);
  const scored = scoredResult(result);
  return statement(record, stamp, {
    verb: success ? verbs.passed : verbs.failed,
    object: scenarioActivity(record.scenario),
    result: {
      ...scored,
      success,
      extensions: { ...scored.extensions, [extensionIris.passMark]: record.assignment.passMark },
    },
    context: contextOf(record, {
      other: competencyActivities(result.competencies.map((c) => c.competency)),
    }),
  });
}

/** The trainee hung up before the call reached an ending: not completed, no score. */
export function terminatedStatement(
  record: AttemptRecordContext,
  stamp: Stamp,
  durationMs: number,
): Statement {
  return statement(record, stamp, {
    verb: verbs.terminated,
    object: scenarioActivity(record.scenario),
    result: { completion: false, duration: isoDuration(durationMs) },
    context: contextOf(record),
  });
}
