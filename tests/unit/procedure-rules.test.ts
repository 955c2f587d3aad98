import { describe, expect, it } from 'vitest';
import { findingsOf, replayCall } from '../../src/engine/call/call-state';
import type { Act, CallerSignal } from '../../src/engine/acts';
import type { CallType } from '../../src/engine/call-types';
import type { RuleId } from '../../src/engine/procedures/finding';
import { mainPath, transcriptScenario } from '../support/scenario-builder';

type Turn = { acts: Act[]; signals?: CallerSignal[] };

/** Plays a golden transcript (the acts in order) and returns the verdicts on one rule. */
function verdicts(
  callType: CallType,
  rule: RuleId,
  turns: Turn[],
  endedBy: 'trainee' | 'caller' = 'trainee',
): boolean[] {
  const scenario = transcriptScenario(callType, turns, endedBy);
  return findingsOf(replayCall(scenario, mainPath(scenario)))
    .filter((finding) => finding.rule === rule)
    .map((finding) => finding.ok);
}

describe('emergency procedure (112)', () => {
  it('accepts the location as the first question', () => {
    expect(
      verdicts('emergency', 'location-first', [
        { acts: ['greet', 'ask-location'] },
        { acts: ['ask-nature'] },
        { acts: ['close', 'end-call'] },
      ]),
    ).toEqual([true]);
  });

  it('flags the caller’s name asked before the location', () => {
    expect(
      verdicts('emergency', 'location-first', [
        { acts: ['ask-caller-name'] },
        { acts: ['ask-location'] },
        { acts: ['end-call'] },
      ]),
    ).toEqual([false]);
  });

  it('flags the nature of the emergency asked before the location', () => {
    expect(
      verdicts('emergency', 'location-first', [
        { acts: ['ask-nature', 'ask-location'] },
        { acts: ['end-call'] },
      ]),
    ).toEqual([false]);
  });

  it('flags a call that ends without the location ever asked', () => {
    expect(verdicts('emergency', 'location-first', [{ acts: ['greet'] }, { acts: ['end-call'] }])).toEqual([
      false,
    ]);
  });

  it('requires a callback number before the end', () => {
    expect(
      verdicts('emergency', 'callback-number', [
        { acts: ['ask-location'] },
        { acts: ['ask-callback-number'] },
        { acts: ['end-call'] },
      ]),
    ).toEqual([true]);
    expect(
      verdicts('emergency', 'callback-number', [{ acts: ['ask-location'] }, { acts: ['end-call'] }]),
    ).toEqual([false]);
  });

  it('wants the operator, not the caller, to end the call', () => {
    expect(
      verdicts(
        'emergency',
        'operator-ends-call',
        [{ acts: ['ask-location'] }, { acts: ['end-call'] }],
        'trainee',
      ),
    ).toEqual([true]);
    expect(
      verdicts('emergency', 'operator-ends-call', [{ acts: ['ask-location'] }, { acts: [] }], 'caller'),
    ).toEqual([false]);
  });

  it('does not demand a recording notice, and flags one that delays the location', () => {
    expect(
      verdicts('emergency', 'no-recording-notice-in-emergency', [
        { acts: ['announce-recording', 'ask-location'] },
        { acts: ['end-call'] },
      ]),
    ).toEqual([false]);
    expect(
      verdicts('emergency', 'recording-before-personal-data', [
        { acts: ['ask-location', 'ask-caller-name'] },
        { acts: ['end-call'] },
      ]),
    ).toEqual([]);
  });

  it('counts resisting a tempting recording notice as respecting the rule', () => {
    const scenario = transcriptScenario('emergency', [{ acts: ['ask-location'] }, { acts: ['end-call'] }]);
    const step = scenario.steps['t0'];
    step?.options.push({
      id: 'tentation',
      text: 'Cet appel est enregistré.',
      next: 't1',
      acts: ['announce-recording'],
      rating: 'wrong',
      tags: [],
      feedback: 'non',
    });
    const findings = findingsOf(replayCall(scenario, mainPath(scenario))).filter(
      (f) => f.rule === 'no-recording-notice-in-emergency',
    );
    expect(findings.map((f) => f.ok)).toEqual([true]);
  });
});

describe('inbound and helpdesk procedure', () => {
  for (const callType of ['inbound', 'helpdesk'] as const) {
    it(`${callType}: wants the recording notice before any personal data`, () => {
      expect(
        verdicts(callType, 'recording-before-personal-data', [
          { acts: ['greet', 'announce-recording'] },
          { acts: ['ask-personal-data'] },
          { acts: ['recap', 'close'] },
        ]),
      ).toEqual([true]);
      expect(
        verdicts(callType, 'recording-before-personal-data', [
          { acts: ['greet', 'ask-personal-data'] },
          { acts: ['announce-recording'] },
          { acts: ['close'] },
        ]),
      ).toEqual([false]);
    });

    it(`${callType}: flags account data disclosed before the identity is confirmed`, () => {
      expect(
        verdicts(callType, 'identity-before-account-data', [
          { acts: ['verify-identity'] },
          { acts: ['disclose-account-data'], signals: ['identity-confirmed'] },
          { acts: ['close'] },
        ]),
      ).toEqual([true]);
      expect(
        verdicts(callType, 'identity-before-account-data', [
          { acts: ['disclose-account-data'] },
          { acts: ['verify-identity'] },
          { acts: ['close'] },
        ]),
      ).toEqual([false]);
    });

    it(`${callType}: flags account data disclosed after a failed identity check`, () => {
      expect(
        verdicts(callType, 'identity-before-account-data', [
          { acts: ['verify-identity'] },
          { acts: ['disclose-account-data'], signals: ['identity-failed'] },
          { acts: ['close'] },
        ]),
      ).toEqual([false]);
      expect(
        verdicts(callType, 'identity-before-account-data', [
          { acts: ['verify-identity'] },
          { acts: ['refer'], signals: ['identity-failed'] },
          { acts: ['close'] },
        ]),
      ).toEqual([true]);
    });

    it(`${callType}: wants a rephrase before the solution`, () => {
      expect(
        verdicts(callType, 'rephrase-before-solution', [
          { acts: ['rephrase'] },
          { acts: ['propose-solution'] },
          { acts: ['close'] },
        ]),
      ).toEqual([true]);
      expect(
        verdicts(callType, 'rephrase-before-solution', [
          { acts: ['propose-solution'] },
          { acts: ['rephrase'] },
          { acts: ['close'] },
        ]),
      ).toEqual([false]);
    });
  }

  it('never accepts a card number read back', () => {
    expect(
      verdicts('inbound', 'no-card-readback', [
        { acts: ['read-card-number'] },
        { acts: ['read-card-number'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false, false]);
  });
});

describe('outbound procedures', () => {
  it('wants who, which company and why before any question', () => {
    expect(
      verdicts('outbound-sales', 'opening-who-what-why', [
        { acts: ['greet', 'introduce-self', 'state-purpose'] },
        { acts: ['ask-needs'] },
        { acts: ['close'] },
      ]),
    ).toEqual([true]);
    expect(
      verdicts('outbound-sales', 'opening-who-what-why', [
        { acts: ['greet', 'introduce-self'] },
        { acts: ['ask-needs'] },
        { acts: ['state-purpose', 'close'] },
      ]),
    ).toEqual([false]);
    expect(
      verdicts('outbound-survey', 'opening-who-what-why', [
        { acts: ['state-purpose', 'introduce-self'] },
        { acts: ['ask-survey-question'] },
        { acts: ['close'] },
      ]),
    ).toEqual([true]);
  });

  it('stops selling at once after « Ne m’appelez plus »', () => {
    expect(
      verdicts('outbound-sales', 'do-not-call-honoured', [
        { acts: ['introduce-self', 'state-purpose'] },
        { acts: ['honour-objection'], signals: ['do-not-call'] },
        { acts: ['close'] },
      ]),
    ).toEqual([true]);
    expect(
      verdicts('outbound-sales', 'do-not-call-honoured', [
        { acts: ['introduce-self', 'state-purpose'] },
        { acts: ['handle-objection'], signals: ['do-not-call'] },
        { acts: ['present-offer'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false, false]);
  });

  it('does not judge the objection rule when nobody objected', () => {
    expect(
      verdicts('outbound-sales', 'do-not-call-honoured', [
        { acts: ['introduce-self', 'state-purpose'] },
        { acts: ['present-offer'] },
        { acts: ['close'] },
      ]),
    ).toEqual([]);
  });

  it('wants the needs before the offer, and the conditions before the closing question', () => {
    expect(
      verdicts('outbound-sales', 'needs-before-offer', [
        { acts: ['present-offer'] },
        { acts: ['ask-needs'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false]);
    expect(
      verdicts('outbound-sales', 'conditions-before-closing', [
        { acts: ['inform-conditions'] },
        { acts: ['closing-question'] },
        { acts: ['close'] },
      ]),
    ).toEqual([true]);
    expect(
      verdicts('outbound-sales', 'conditions-before-closing', [
        { acts: ['closing-question'] },
        { acts: ['inform-conditions'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false]);
  });

  it('books a callback for an absent respondent and never interviews a substitute', () => {
    expect(
      verdicts('outbound-survey', 'no-substitute-respondent', [
        { acts: ['introduce-self'] },
        { acts: ['book-callback'], signals: ['respondent-absent'] },
        { acts: ['close'] },
      ]),
    ).toEqual([true]);
    expect(
      verdicts('outbound-survey', 'no-substitute-respondent', [
        { acts: ['introduce-self'] },
        { acts: ['interview-substitute'], signals: ['respondent-absent'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false]);
  });

  it('flags selling during a survey', () => {
    expect(
      verdicts('outbound-survey', 'no-selling-in-survey', [
        { acts: ['ask-survey-question'] },
        { acts: ['present-offer'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false]);
  });
});

describe('every call', () => {
  it('wants a recap before the closing', () => {
    expect(
      verdicts('helpdesk', 'recap-before-close', [
        { acts: ['greet'] },
        { acts: ['recap'] },
        { acts: ['close'] },
      ]),
    ).toEqual([true]);
    expect(
      verdicts('helpdesk', 'recap-before-close', [
        { acts: ['greet'] },
        { acts: ['close'] },
        { acts: ['recap'] },
      ]),
    ).toEqual([false]);
    expect(
      verdicts('emergency', 'recap-before-close', [{ acts: ['ask-location'] }, { acts: ['end-call'] }]),
    ).toEqual([false]);
  });

  it('wants a proper closing when the agent ends the call', () => {
    expect(
      verdicts('inbound', 'proper-closing', [{ acts: ['greet'] }, { acts: ['recap', 'close'] }]),
    ).toEqual([true]);
    expect(verdicts('inbound', 'proper-closing', [{ acts: ['greet'] }, { acts: ['recap'] }])).toEqual([
      false,
    ]);
  });

  it('flags asking again for data the screen already shows', () => {
    expect(
      verdicts('helpdesk', 'no-reasking-screen-data', [
        { acts: ['ask-again-known-data'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false]);
    expect(
      verdicts('emergency', 'no-reasking-screen-data', [{ acts: ['ask-location'] }, { acts: ['end-call'] }]),
    ).toEqual([]);
  });

  it('flags « tu », jargon, blame and interruptions each time', () => {
    expect(
      verdicts('inbound', 'polite-register', [
        { acts: ['tutoiement'] },
        { acts: ['use-jargon'] },
        { acts: ['close'] },
      ]),
    ).toEqual([false, false]);
    expect(verdicts('inbound', 'no-blame', [{ acts: ['blame-other'] }, { acts: ['close'] }])).toEqual([
      false,
    ]);
    expect(
      verdicts('emergency', 'let-caller-speak', [
        { acts: ['interrupt', 'ask-location'] },
        { acts: ['end-call'] },
      ]),
    ).toEqual([false]);
  });
});
