import 'fake-indexeddb/auto';
import { Scorm12API } from 'scorm-again';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/engine/assignment/assignment';
import { encodeSuspendData } from '../../src/engine/scorm/suspend-data';
import { learnerProfilesKey } from '../../src/scorm/learner-profile';
import { startSco } from '../../src/scorm/sco-controller';
import { findScormApi, maxSearchDepth } from '../../src/scorm/scorm12-api';
import type { Scorm12Api } from '../../src/scorm/scorm12-api';
import { openScormSession } from '../../src/scorm/scorm-session';
import type { LmsError } from '../../src/scorm/scorm-session';
import { openProgressDb } from '../../src/store/progress/progress-db';
import { progressRepository } from '../../src/store/progress/progress-repository';
import { createProgressStore } from '../../src/store/progress/progress-store';
import type { ProgressStore } from '../../src/store/progress/progress-store';

/*
 * The package's side of SCORM 1.2, run against scorm-again's Scorm12API: an LMS-side run-time written
 * independently of this project, strict about the data model's types and vocabularies.
 */

type Lms = InstanceType<typeof Scorm12API>;

/** An LMS session as scorm-again keeps it; `sent` logs every value the package set, in order. */
function lms(cmi: Record<string, unknown> = {}) {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  api.loadFromJSON({ core: { student_id: 'stg-042', student_name: 'Dupont, Marie' }, ...cmi });
  const sent: [string, string][] = [];
  api.on('LMSSetValue.cmi.*', (element: string, value: string) => void sent.push([element, value]));
  const commits: number[] = [];
  api.on('LMSCommit', () => void commits.push(sent.length));
  return {
    api,
    sent,
    commits,
    value: (element: string) => sent.filter(([e]) => e === element).map(([, v]) => v),
  };
}

const asApi = (api: Lms) => api as unknown as Scorm12Api;

const clock = (start = 1_000_000) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

const timespan = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

describe('a session with the LMS', () => {
  it('initialises, reads the learner and marks a first launch incomplete', () => {
    const { api, sent, commits } = lms();
    const opened = openScormSession(asApi(api));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(api.isInitialized()).toBe(true);
    expect(opened.session.learner).toEqual({ id: 'stg-042', name: 'Dupont, Marie' });
    expect(opened.session.carried).toEqual({ results: {} });
    expect(opened.session.review).toBe(false);
    expect(sent).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    expect(commits).toEqual([1]);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
  });

  it('reports a passed assignment: score 0–100, status, results, no suspend, session time; then commits', () => {
    const { api, value, commits, sent } = lms();
    const time = clock();
    const opened = openScormSession(asApi(api), { now: time.now });
    if (!opened.ok) throw new Error('not opened');
    time.advance(754_300);
    const accepted = opened.session.report({ raw: 84, status: 'passed', played: 1, total: 1 }, { colis: 84 });
    expect(accepted).toBe(true);
    expect(api.cmi.core.score.raw).toBe('84');
    expect(api.cmi.core.score.min).toBe('0');
    expect(api.cmi.core.score.max).toBe('100');
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(value('cmi.core.exit')).toEqual(['']);
    expect(value('cmi.core.session_time')).toEqual(['0000:12:34.30']);
    expect(value('cmi.suspend_data')).toEqual([encodeSuspendData({ colis: 84 })]);
    expect(commits.at(-1)).toBe(sent.length);
  });

  it('reports failed, and incomplete with suspend so the learner can come back', () => {
    const { api, value } = lms();
    const opened = openScormSession(asApi(api));
    if (!opened.ok) throw new Error('not opened');
    opened.session.report({ raw: 30, status: 'incomplete', played: 1, total: 2 }, { a: 60 });
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(value('cmi.core.exit')).toEqual(['suspend']);
    opened.session.report({ raw: 45, status: 'failed', played: 2, total: 2 }, { a: 60, b: 30 });
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(api.cmi.core.score.raw).toBe('45');
    expect(value('cmi.core.exit')).toEqual(['suspend', '']);
  });

  it('finishes once, with a valid session time, and reports nothing after', () => {
    const { api, value } = lms();
    const time = clock();
    const opened = openScormSession(asApi(api), { now: time.now });
    if (!opened.ok) throw new Error('not opened');
    time.advance(3_723_456);
    expect(opened.session.finish()).toBe(true);
    expect(api.isTerminated()).toBe(true);
    expect(value('cmi.core.session_time')).toEqual(['0001:02:03.46']);
    expect(value('cmi.core.session_time').every((t) => timespan.test(t))).toBe(true);
    expect(value('cmi.core.exit')).toEqual(['suspend']);
    expect(opened.session.finish()).toBe(false);
    expect(opened.session.report({ raw: 1, status: 'failed', played: 1, total: 1 }, {})).toBe(false);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
  });

  it('takes up what an earlier launch left, and the LMS’s mastery score and language', () => {
    const { api, sent } = lms({
      core: {
        student_id: 'stg-042',
        student_name: 'Dupont, Marie',
        lesson_status: 'incomplete',
        entry: 'resume',
      },
      suspend_data: encodeSuspendData({ colis: 72 }),
      student_data: { mastery_score: '65' },
      student_preference: { language: 'nl-BE' },
    });
    const opened = openScormSession(asApi(api));
    if (!opened.ok) throw new Error('not opened');
    expect(opened.session.carried.results).toEqual({ colis: 72 });
    expect(opened.session.masteryScore).toBe(65);
    expect(opened.session.language).toBe('nl-BE');
    expect(sent).toEqual([]); // not a first launch: the status stays as the LMS has it
  });

  it('sends nothing in review mode, and still finishes', () => {
    const { api, sent } = lms({ core: { student_id: 's', student_name: 'S', lesson_mode: 'review' } });
    const opened = openScormSession(asApi(api));
    if (!opened.ok) throw new Error('not opened');
    expect(opened.session.review).toBe(true);
    expect(opened.session.report({ raw: 90, status: 'passed', played: 1, total: 1 }, {})).toBe(false);
    expect(opened.session.finish()).toBe(true);
    expect(sent).toEqual([]);
  });

  it('passes on a refused LMSInitialize with the LMS’s own code and message', () => {
    const { api } = lms();
    api.LMSInitialize(''); // someone initialised already: the LMS refuses a second time
    const opened = openScormSession(asApi(api));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.call).toBe('LMSInitialize');
    expect(opened.error.code).toBe('101');
    expect(opened.error.message).toBe(api.LMSGetErrorString('101'));
    expect(opened.error.message).not.toBe('');
  });

  it('passes on each refused value (LMSGetLastError, LMSGetErrorString) and still sends the others', () => {
    const { api } = lms();
    // An LMS that chokes on suspend data: it answers as scorm-again does to a value of the wrong type.
    const picky: Scorm12Api = {
      LMSInitialize: () => api.LMSInitialize(''),
      LMSFinish: () => api.LMSFinish(''),
      LMSGetValue: (element) => api.LMSGetValue(element),
      LMSSetValue: (element, value) =>
        element === 'cmi.suspend_data'
          ? api.LMSSetValue('cmi.core.score.raw', 'beaucoup')
          : api.LMSSetValue(element, value),
      LMSCommit: () => api.LMSCommit(''),
      LMSGetLastError: () => api.LMSGetLastError(),
      LMSGetErrorString: (code) => api.LMSGetErrorString(code),
      LMSGetDiagnostic: (code) => api.LMSGetDiagnostic(code),
    };
    const errors: LmsError[] = [];
    const opened = openScormSession(picky, { onError: (error) => errors.push(error) });
    if (!opened.ok) throw new Error('not opened');
    expect(opened.session.report({ raw: 80, status: 'passed', played: 1, total: 1 }, { a: 80 })).toBe(false);
    expect(errors).toEqual([
      {
        call: 'LMSSetValue(cmi.suspend_data)',
        code: '405',
        message: 'Incorrect Data Type',
        diagnostic: expect.any(String),
      },
    ]);
    expect(api.cmi.core.lesson_status).toBe('passed');
  });

  it('passes on an API that throws instead of answering', () => {
    const broken = {
      LMSInitialize: () => {
        throw new Error('LMS down');
      },
    };
    const opened = openScormSession({ ...asApi(new Scorm12API()), ...broken } as Scorm12Api);
    expect(opened).toMatchObject({ ok: false, error: { call: 'LMSInitialize', message: 'Error: LMS down' } });
  });
});

describe('finding the LMS’s API', () => {
  // Vitest's `window` is its own global, not jsdom's window object: frames' parents are the latter.
  const frameIn = (doc: Document) => {
    const frame = doc.createElement('iframe');
    doc.body.append(frame);
    return frame.contentWindow as Window;
  };
  const lmsWindow = () => frameIn(document).parent as Window & { API?: unknown };

  afterEach(() => {
    delete lmsWindow().API;
    document.body.innerHTML = '';
  });

  it('finds it on a parent window (the package in the LMS’s frame, or frames deeper)', () => {
    const api = new Scorm12API();
    lmsWindow().API = api;
    const child = frameIn(document);
    expect(findScormApi(child)).toBe(api);
    expect(findScormApi(frameIn(child.document))).toBe(api);
  });

  it('finds nothing when no window around has it', () => {
    expect(findScormApi(frameIn(document))).toBeUndefined();
    lmsWindow().API = { LMSInitialize: () => 'true' }; // not a whole API
    expect(findScormApi(frameIn(document))).toBeUndefined();
  });

  /** A chain of stand-in windows, the first at the bottom; `at` gets the API. */
  function chain(length: number, at: number, api: unknown) {
    const wins: Record<string, unknown>[] = Array.from({ length }, () => ({}));
    wins.forEach((win, index) => {
      win.parent = wins[index + 1] ?? win;
      win.top = wins[length - 1];
      if (index === at) win.API = api;
    });
    return wins as unknown as Window[];
  }

  it('looks up to seven parents, and no further', () => {
    const api = new Scorm12API();
    expect(findScormApi(chain(12, maxSearchDepth, api)[0] as Window)).toBe(api);
    expect(findScormApi(chain(12, maxSearchDepth + 1, api)[0] as Window)).toBeUndefined();
  });

  it('finds it through the window that opened the package (a pop-up)', () => {
    const api = new Scorm12API();
    const [opener] = chain(2, 1, api);
    const [popup] = chain(1, -1, undefined);
    (popup as unknown as Record<string, unknown>).opener = opener;
    expect(findScormApi(popup as Window)).toBe(api);
  });

  it('skips a window of another origin instead of failing', () => {
    const api = new Scorm12API();
    const [bottom, foreign] = chain(3, 2, api);
    Object.defineProperty(foreign, 'API', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScormApi(bottom as Window)).toBe(api);
  });
});

describe('the package following the calls', () => {
  let databases = 0;
  let progress: ProgressStore;
  const assignment: Assignment = {
    id: 'asg-1',
    title: 'Semaine 3',
    scenarios: ['colis', 'vpn'],
    mode: 'practice',
    callLanguage: 'fr',
    passMark: 70,
    createdAt: 0,
  };

  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    const name = `scorm-runtime-${++databases}`;
    progress = createProgressStore(async () => progressRepository(await openProgressDb(name)));
    await progress.getState().init();
  });

  /** Plays a call to its end (or hangs up) as the call screen records it. */
  async function play(
    scenarioKey: string,
    overall: number | undefined,
    mode: 'practice' | 'exam' = 'practice',
  ) {
    const attempt = await progress.getState().startAttempt({ scenarioKey, mode, seed: 1 });
    await progress
      .getState()
      .finishAttempt(
        attempt.id,
        overall === undefined ? { status: 'abandoned' } : { status: 'ended', overall },
      );
  }

  it('opens (then reopens) the learner’s own profile, named as people write it', async () => {
    const { api } = lms();
    await startSco({ assignment, api: asApi(api), progress });
    const profile = progress.getState().profiles[0];
    expect(profile?.name).toBe('Marie Dupont');
    expect(progress.getState().activeProfileId).toBe(profile?.id);
    expect(JSON.parse(localStorage.getItem(learnerProfilesKey) ?? '{}')).toEqual({ 'stg-042': profile?.id });
    progress.getState().closeProfile();
    await startSco({ assignment, api: asApi(lms().api), progress });
    expect(progress.getState().profiles).toHaveLength(1);
    expect(progress.getState().activeProfileId).toBe(profile?.id);
  });

  it('reports incomplete after the first call, then passed with the mean after the second', async () => {
    const { api } = lms();
    const sco = await startSco({ assignment, api: asApi(api), progress });
    await play('colis.fr', 80);
    expect(sco.getState().report).toEqual({ raw: 40, status: 'incomplete', played: 1, total: 2 });
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(api.cmi.core.score.raw).toBe('40');
    await play('vpn.fr', 64);
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(api.cmi.core.score.raw).toBe('72');
    expect(sco.getState().sent).toBe(true);
    sco.getState().finish();
    expect(api.isTerminated()).toBe(true);
    expect(sco.getState().lms).toBe('finished');
  });

  it('counts neither hung-up calls, nor other calls, nor the calls played before the launch', async () => {
    await play('colis.fr', 100);
    const { api, sent } = lms();
    const sco = await startSco({ assignment, api: asApi(api), progress });
    await play('colis.fr', undefined);
    await play('colis.nl', 90);
    await play('autre.fr', 90);
    expect(sco.getState().results).toEqual({});
    expect(sent.map(([element]) => element)).toEqual(['cmi.core.lesson_status']);
  });

  it('fails an exam on its first results, and a replay changes nothing', async () => {
    const { api } = lms();
    const sco = await startSco({ assignment: { ...assignment, mode: 'exam' }, api: asApi(api), progress });
    await play('colis.fr', 50, 'exam');
    await play('vpn.fr', 60, 'exam');
    expect(api.cmi.core.lesson_status).toBe('failed');
    await play('vpn.fr', 100, 'exam');
    expect(sco.getState().results).toEqual({ colis: 50, vpn: 60 });
    expect(api.cmi.core.score.raw).toBe('55');
  });

  it('keeps counting on top of what the LMS kept from an earlier launch, against the LMS’s mastery score', async () => {
    const { api } = lms({
      core: {
        student_id: 'stg-042',
        student_name: 'Dupont, Marie',
        lesson_status: 'incomplete',
        entry: 'resume',
      },
      suspend_data: encodeSuspendData({ colis: 90 }),
      student_data: { mastery_score: '80' },
    });
    const sco = await startSco({ assignment, api: asApi(api), progress });
    expect(sco.getState().passMark).toBe(80);
    await play('vpn.fr', 66);
    expect(api.cmi.core.score.raw).toBe('78');
    expect(api.cmi.core.lesson_status).toBe('failed');
  });

  it('without an LMS, counts the calls on screen and reports nothing', async () => {
    const sco = await startSco({ assignment, api: undefined, progress });
    expect(sco.getState().lms).toBe('missing');
    await play('colis.fr', 80);
    expect(sco.getState().results).toEqual({ colis: 80 });
    expect(sco.getState().sent).toBeUndefined();
  });

  it('keeps the refusal of LMSInitialize to show it', async () => {
    const { api } = lms();
    api.LMSInitialize('');
    const sco = await startSco({ assignment, api: asApi(api), progress });
    expect(sco.getState().lms).toBe('refused');
    expect(sco.getState().errors).toMatchObject([{ call: 'LMSInitialize', code: '101' }]);
  });
});
