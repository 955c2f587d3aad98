import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmiTimespan } from '../../src/engine/scorm/cmi-time';
import { learnerDisplayName } from '../../src/engine/scorm/learner-name';
import { scormLaunchSelector } from '../../src/engine/scorm/launch-marker';
import { scormLaunchPage } from '../../src/engine/scorm/launch-page';
import { readPackagedAssignment } from '../../src/engine/scorm/packaged-assignment';
import {
  canStillCount,
  countCallResult,
  hasPassMark,
  scormReport,
} from '../../src/engine/scorm/scorm-result';
import { decodeSuspendData, encodeSuspendData, suspendDataLimit } from '../../src/engine/scorm/suspend-data';
import { escapeXml } from '../../src/engine/scorm/xml';
import { isXsId, xsId } from '../../src/engine/scorm/xs-id';

describe('counting a call', () => {
  it('keeps the best result in practice', () => {
    const once = countCallResult({}, 'colis', 62, 'practice');
    expect(once).toEqual({ colis: 62 });
    expect(countCallResult(once, 'colis', 80, 'practice')).toEqual({ colis: 80 });
    expect(countCallResult(once, 'colis', 40, 'practice')).toBe(once);
    expect(canStillCount(once, 'colis', 'practice')).toBe(true);
  });

  it('keeps the first result of an exam, whatever comes after', () => {
    const once = countCallResult({}, 'colis', 55, 'exam');
    expect(countCallResult(once, 'colis', 95, 'exam')).toBe(once);
    expect(canStillCount(once, 'colis', 'exam')).toBe(false);
    expect(canStillCount(once, 'autre', 'exam')).toBe(true);
  });

  it('rounds and bounds a score to 0–100', () => {
    expect(countCallResult({}, 'a', 79.6, 'practice')).toEqual({ a: 80 });
    expect(countCallResult({}, 'a', 140, 'practice')).toEqual({ a: 100 });
  });
});

describe('the score and status sent to the LMS', () => {
  const calls = ['a', 'b'];

  it('is incomplete while calls remain, with the unplayed ones counting 0', () => {
    expect(scormReport(calls, {}, 70)).toEqual({ raw: 0, status: 'incomplete', played: 0, total: 2 });
    expect(scormReport(calls, { a: 90 }, 70)).toEqual({ raw: 45, status: 'incomplete', played: 1, total: 2 });
  });

  it('is passed or failed on the mean once every call is played', () => {
    expect(scormReport(calls, { a: 90, b: 51 }, 70)).toMatchObject({ raw: 71, status: 'passed' });
    expect(scormReport(calls, { a: 90, b: 49 }, 70)).toMatchObject({ raw: 70, status: 'passed' });
    expect(scormReport(calls, { a: 90, b: 47 }, 70)).toMatchObject({ raw: 69, status: 'failed' });
  });

  it('is completed when there is no pass mark', () => {
    expect(hasPassMark(0)).toBe(false);
    expect(scormReport(calls, { a: 10, b: 20 }, 0)).toMatchObject({ raw: 15, status: 'completed' });
    expect(scormReport(calls, { a: 10, b: 20 }, undefined)).toMatchObject({ status: 'completed' });
  });

  it('ignores results of calls that are not in the assignment', () => {
    expect(scormReport(['a'], { a: 80, old: 0 }, 70)).toEqual({
      raw: 80,
      status: 'passed',
      played: 1,
      total: 1,
    });
  });
});

describe('SCORM 1.2 session time (CMITimespan)', () => {
  it('is HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(725_400)).toBe('0000:12:05.40');
    expect(cmiTimespan(3 * 3600_000 + 61_005)).toBe('0003:01:01.01');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
    expect(cmiTimespan(10_000 * 3600_000)).toBe('9999:59:59.99');
    expect(cmiTimespan(1234)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  });
});

describe('suspend data', () => {
  it('carries the counted results from one launch to the next', () => {
    const text = encodeSuspendData({ colis: 80, vpn: 45 });
    expect(text.length).toBeLessThan(suspendDataLimit);
    expect(decodeSuspendData(text)).toEqual({ results: { colis: 80, vpn: 45 } });
  });

  it('sets aside what another package or a broken LMS left', () => {
    expect(decodeSuspendData('')).toEqual({ results: {} });
    expect(decodeSuspendData('{oops')).toEqual({ results: {}, problem: 'not-json' });
    expect(decodeSuspendData('{"bookmark":3}')).toEqual({ results: {}, problem: 'foreign' });
    expect(decodeSuspendData('{"format":"decroche","version":1,"results":{"a":"x","b":101,"c":40}}')).toEqual(
      {
        results: { c: 40 },
      },
    );
  });
});

describe('small pieces', () => {
  it('writes the LMS’s « Last, First » name as people read it', () => {
    expect(learnerDisplayName('Dupont, Marie')).toBe('Marie Dupont');
    expect(learnerDisplayName('Van den Berg,  Jan ')).toBe('Jan Van den Berg');
    expect(learnerDisplayName('Marie')).toBe('Marie');
    expect(learnerDisplayName('')).toBe('');
  });

  it('makes xs:ID values from any text', () => {
    expect(xsId('ORG', 'a1b2-c3')).toBe('ORG-a1b2-c3');
    expect(xsId('ITEM', 'élève 2/3')).toBe('ITEM-eleve-2-3');
    expect(isXsId('1abc')).toBe(false);
    expect(isXsId('a:b')).toBe(false);
    expect(() => xsId('1', 'x')).toThrow();
  });

  it('escapes XML special characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0007`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });

  it('marks the launch page, or says it is not a page', () => {
    expect(scormLaunchPage('<html><head><title>x</title></head></html>')).toContain(
      '<head>\n    <meta name="decroche-launch" content="scorm" /><title>',
    );
    expect(scormLaunchPage('<p>no head</p>')).toBeUndefined();
  });
});

describe('the packaged assignment file', () => {
  const good = {
    id: 'x1',
    title: 'Semaine 3',
    scenarios: ['colis-en-retard'],
    mode: 'exam',
    callLanguage: 'nl',
    passMark: 60,
    createdAt: 1,
  };

  it('reads a well-formed file', () => {
    expect(readPackagedAssignment(good)).toEqual({ ok: true, assignment: good });
    expect(readPackagedAssignment({ ...good, due: '2026-03-01', issuedBy: 'Anne' })).toMatchObject({
      ok: true,
    });
  });

  it('names the first field that is wrong', () => {
    expect(readPackagedAssignment([])).toEqual({
      ok: false,
      problem: { field: '(file)', expected: 'a JSON object' },
    });
    expect(readPackagedAssignment({ ...good, scenarios: ['a', 3] })).toEqual({
      ok: false,
      problem: { field: 'scenarios[1]', expected: 'a scenario id' },
    });
    expect(readPackagedAssignment({ ...good, mode: 'quiz' })).toMatchObject({ problem: { field: 'mode' } });
    expect(readPackagedAssignment({ ...good, callLanguage: 'de' })).toMatchObject({
      problem: { field: 'callLanguage' },
    });
    expect(readPackagedAssignment({ ...good, passMark: 120 })).toMatchObject({
      problem: { field: 'passMark' },
    });
    expect(readPackagedAssignment({ ...good, due: '1/3/2026' })).toMatchObject({ problem: { field: 'due' } });
  });
});

describe('the launch marker', () => {
  it('is the one main.tsx looks for', () => {
    const main = readFileSync(join(process.cwd(), 'src/main.tsx'), 'utf8');
    expect(main).toContain(`document.querySelector('${scormLaunchSelector}')`);
  });
});
