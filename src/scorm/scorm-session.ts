import { cmiTimespan } from '../engine/scorm/cmi-time';
import type { CallResults, ScormReport } from '../engine/scorm/scorm-result';
import { decodeSuspendData, encodeSuspendData } from '../engine/scorm/suspend-data';
import type { SuspendRead } from '../engine/scorm/suspend-data';
import type { Scorm12Api } from './scorm12-api';

/*
 * One launch of the package as the LMS sees it: LMSInitialize, what the LMS tells about the learner, a
 * report after each call (score, status, suspend data, session time, then LMSCommit), LMSFinish at the end.
 * Every refusal of the LMS is passed on with its code, LMSGetErrorString and LMSGetDiagnostic, so the
 * learner (and whoever helps them) can see what went wrong.
 */

/** Something the LMS refused. */
export interface LmsError {
  /** The call refused, e.g. « LMSSetValue(cmi.core.score.raw) ». */
  call: string;
  /** LMSGetLastError's code ("0" when the LMS refused without saying why). */
  code: string;
  /** LMSGetErrorString for that code. */
  message: string;
  /** LMSGetDiagnostic for that code (LMS-specific detail, often empty). */
  diagnostic: string;
}

/** The learner the LMS launched the package for. */
export interface Learner {
  /** cmi.core.student_id. */
  id: string;
  /** cmi.core.student_name, « Last, First ». */
  name: string;
}

/** An open session with the LMS. */
export interface ScormSession {
  /** Who plays. */
  learner: Learner;
  /** What the package stored in the LMS during earlier launches. */
  carried: SuspendRead;
  /** The LMS's mastery score (cmi.student_data.mastery_score), when it gives one. */
  masteryScore: number | undefined;
  /** cmi.student_preference.language ('' when the LMS does not say). */
  language: string;
  /** Launched for review (cmi.core.lesson_mode = review): the LMS records nothing, nothing is sent. */
  review: boolean;
  /** Sends the assignment's score and status with the results behind them, then commits. */
  report: (report: ScormReport, results: CallResults) => boolean;
  /** Sends the session time and ends the session (LMSFinish); later calls do nothing. */
  finish: () => boolean;
  /** Whether finish has been called. */
  isFinished: () => boolean;
}

/** Options of a session. */
export interface SessionOptions {
  /** Clock (tests). */
  now?: () => number;
  /** Told of every refusal. */
  onError?: (error: LmsError) => void;
}

const accepted = (answer: unknown) => String(answer) === 'true';
const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Opens a session: LMSInitialize, then reads the learner and what earlier launches left. */
export function openScormSession(
  api: Scorm12Api,
  { now = Date.now, onError = () => undefined }: SessionOptions = {},
): { ok: true; session: ScormSession } | { ok: false; error: LmsError } {
  const errorOf = (call: string, thrown?: unknown): LmsError => {
    if (thrown !== undefined) return { call, code: '', message: String(thrown), diagnostic: '' };
    try {
      const code = text(api.LMSGetLastError());
      return {
        call,
        code,
        message: text(api.LMSGetErrorString(code)),
        diagnostic: text(api.LMSGetDiagnostic(code)),
      };
    } catch (error) {
      return { call, code: '', message: String(error), diagnostic: '' };
    }
  };
  /** Runs one API call; a refusal (or an exception) is reported and answers false. */
  const attempt = (call: string, run: () => unknown): boolean => {
    let answer: unknown;
    try {
      answer = run();
    } catch (error) {
      onError(errorOf(call, error));
      return false;
    }
    if (accepted(answer)) return true;
    onError(errorOf(call));
    return false;
  };
  // Reading an optional element an LMS does not implement is not worth a message: it reads as ''.
  const get = (element: string) => {
    try {
      return text(api.LMSGetValue(element));
    } catch {
      return '';
    }
  };
  const set = (element: string, value: string) =>
    attempt(`LMSSetValue(${element})`, () => api.LMSSetValue(element, value));

  let initialized: unknown;
  try {
    initialized = api.LMSInitialize('');
  } catch (error) {
    return { ok: false, error: errorOf('LMSInitialize', error) };
  }
  if (!accepted(initialized)) return { ok: false, error: errorOf('LMSInitialize') };

  const startedAt = now();
  const review = get('cmi.core.lesson_mode') === 'review';
  const mastery = get('cmi.student_data.mastery_score').trim();
  const masteryScore = mastery === '' || !Number.isFinite(Number(mastery)) ? undefined : Number(mastery);
  let finished = false;
  const sessionTime = () => cmiTimespan(now() - startedAt);
  // A learner who stops half-way comes back to where they were: the LMS keeps the data for a resume.
  const exitFor = (status: string) => (status === 'incomplete' ? 'suspend' : '');

  const status = get('cmi.core.lesson_status');
  const firstLaunch = status === 'not attempted' || status === '';
  /** The status the LMS holds now (as this package last set it, or as it was at launch). */
  let lastStatus: string = firstLaunch ? 'incomplete' : status;
  if (!review && firstLaunch) {
    set('cmi.core.lesson_status', 'incomplete');
    attempt('LMSCommit', () => api.LMSCommit(''));
  }

  const session: ScormSession = {
    learner: { id: get('cmi.core.student_id'), name: get('cmi.core.student_name') },
    carried: decodeSuspendData(get('cmi.suspend_data')),
    masteryScore,
    language: get('cmi.student_preference.language'),
    review,
    report(report, results) {
      if (finished || review) return false;
      lastStatus = report.status;
      // Each value is sent even when an earlier one was refused: one refusal must not lose the rest.
      const sent = [
        set('cmi.core.score.min', '0'),
        set('cmi.core.score.max', '100'),
        set('cmi.core.score.raw', String(report.raw)),
        set('cmi.core.lesson_status', report.status),
        set('cmi.suspend_data', encodeSuspendData(results)),
        set('cmi.core.exit', exitFor(report.status)),
        set('cmi.core.session_time', sessionTime()),
      ];
      const committed = attempt('LMSCommit', () => api.LMSCommit(''));
      return committed && sent.every(Boolean);
    },
    finish() {
      if (finished) return false;
      finished = true;
      const sent = review
        ? true
        : [set('cmi.core.exit', exitFor(lastStatus)), set('cmi.core.session_time', sessionTime())].every(
            Boolean,
          );
      return attempt('LMSFinish', () => api.LMSFinish('')) && sent;
    },
    isFinished: () => finished,
  };
  return { ok: true, session };
}
