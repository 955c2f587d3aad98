import { createStore } from 'zustand/vanilla';
import type { Assignment } from '../engine/assignment/assignment';
import { countCallResult, scormReport } from '../engine/scorm/scorm-result';
import type { CallResults, ScormReport } from '../engine/scorm/scorm-result';
import type { Attempt } from '../engine/progress/attempt';
import type { ProgressStore } from '../store/progress/progress-store';
import { openLearnerProfile } from './learner-profile';
import type { Scorm12Api } from './scorm12-api';
import { openScormSession } from './scorm-session';
import type { LmsError, ScormSession } from './scorm-session';

/*
 * The package at run time: counts each call of the assignment as it ends (from the trainee's attempt
 * records) and reports the assignment's score and status to the LMS. Only attempts started during this
 * launch count; what earlier launches counted comes back from the LMS (suspend data), so a learner on
 * another computer keeps their results.
 */

/** How the package stands with the LMS. */
export type LmsConnection =
  /** Session open, results are reported. */
  | 'connected'
  /** No SCORM API around the page: calls play, nothing is reported. */
  | 'missing'
  /** LMSInitialize refused. */
  | 'refused'
  /** Launched for review: nothing is reported. */
  | 'review'
  /** LMSFinish done. */
  | 'finished';

/** What the package's screen shows. */
export interface ScoState {
  /** The packaged assignment. */
  assignment: Assignment;
  /** The connection to the LMS. */
  lms: LmsConnection;
  /** The learner's name as the LMS gives it (« Last, First »), '' when unknown. */
  learnerName: string;
  /** The mark the activity is judged against: the LMS's mastery score, else the assignment's. */
  passMark: number;
  /** The counted result of each call. */
  results: CallResults;
  /** The score and status as last computed. */
  report: ScormReport;
  /** Refusals of the LMS, oldest first. */
  errors: LmsError[];
  /** Whether the LMS accepted the last report (undefined before any). */
  sent: boolean | undefined;
  /** Earlier launches left data that could not be read (and was set aside). */
  carriedProblem: boolean;
  /** The learner's language as the LMS gives it (cmi.student_preference.language), '' when it does not. */
  preferredLanguage: string;
  /** Ends the session (LMSFinish). */
  finish: () => void;
}

export type ScoStore = ReturnType<typeof createScoStore>;

/** What a launch needs. */
export interface ScoInput {
  /** The packaged assignment. */
  assignment: Assignment;
  /** The LMS's API, if one was found. */
  api: Scorm12Api | undefined;
  /** The trainee's records (opened). */
  progress: ProgressStore;
  /** Where the learner → profile map is kept. */
  storage?: Storage;
  /** Clock (tests). */
  now?: () => number;
}

const keyParts = (scenarioKey: string) => {
  const dot = scenarioKey.lastIndexOf('.');
  return { id: scenarioKey.slice(0, dot), language: scenarioKey.slice(dot + 1) };
};

function createScoStore(assignment: Assignment, session: ScormSession | undefined, lms: LmsConnection) {
  const passMark = session?.masteryScore ?? assignment.passMark;
  const carried = Object.fromEntries(
    Object.entries(session?.carried.results ?? {}).filter(([id]) => assignment.scenarios.includes(id)),
  );
  return createStore<ScoState>()((set, get) => ({
    assignment,
    lms,
    learnerName: session?.learner.name ?? '',
    passMark,
    results: carried,
    report: scormReport(assignment.scenarios, carried, passMark),
    errors: [],
    sent: undefined,
    carriedProblem: session?.carried.problem !== undefined,
    preferredLanguage: session?.language ?? '',
    finish: () => {
      if (!session || session.isFinished()) return;
      session.finish();
      if (get().lms === 'connected' || get().lms === 'review') set({ lms: 'finished' });
    },
  }));
}

/** Opens the LMS session and the learner's profile, then follows the calls as they end. */
export async function startSco({ assignment, api, progress, storage, now }: ScoInput): Promise<ScoStore> {
  const refusals: LmsError[] = [];
  // Refusals before the store exists (LMSInitialize's) are kept, then the store takes them.
  let tell: (error: LmsError) => void = (error) => void refusals.push(error);
  const onError = (error: LmsError) => tell(error);
  const opened = api ? openScormSession(api, { onError, ...(now ? { now } : {}) }) : undefined;
  const session = opened?.ok ? opened.session : undefined;
  if (opened && !opened.ok) refusals.push(opened.error);
  const lms: LmsConnection = !api
    ? 'missing'
    : !session
      ? 'refused'
      : session.review
        ? 'review'
        : 'connected';
  const store = createScoStore(assignment, session, lms);
  store.setState({ errors: refusals });
  tell = (error) => store.setState((state) => ({ errors: [...state.errors, error] }));

  if (session) await openLearnerProfile(progress, session.learner, storage);
  const counted = new Set(progress.getState().attempts.map((a) => a.id));
  const countable = (attempt: Attempt) => {
    const { id, language } = keyParts(attempt.scenarioKey);
    return language === assignment.callLanguage && assignment.scenarios.includes(id);
  };
  const follow = (attempts: readonly Attempt[]) => {
    const sco = store;
    for (const attempt of attempts) {
      if (counted.has(attempt.id) || attempt.status === 'in-progress') continue;
      counted.add(attempt.id);
      // A hung-up call has no result: it neither counts nor uses up an exam.
      if (attempt.status !== 'ended' || attempt.overall === undefined || !countable(attempt)) continue;
      const { results, passMark } = sco.getState();
      const next = countCallResult(
        results,
        keyParts(attempt.scenarioKey).id,
        attempt.overall,
        assignment.mode,
      );
      if (next === results) continue;
      const report = scormReport(assignment.scenarios, next, passMark);
      sco.setState({ results: next, report });
      if (session && !session.review && !session.isFinished())
        sco.setState({ sent: session.report(report, next) });
    }
  };
  progress.subscribe((state, previous) => {
    if (state.attempts !== previous.attempts) follow(state.attempts);
  });
  return store;
}
