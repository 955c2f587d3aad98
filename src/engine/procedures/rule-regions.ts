import type { Act } from '../acts';
import type { RuleId } from './finding';

/*
 * Each rule of the trade is one region of a parallel machine. A region waits in `watching` until the act
 * that satisfies it (a finding `ok`) or the act that breaks it (a finding not ok), then rests in `done`.
 * Regions are plain config so every call type composes the rules it needs.
 */

const act = (...list: Act[]) => ({ type: 'actIn' as const, params: { acts: list } });
const pass = (rule: RuleId) => ({ type: 'pass' as const, params: { rule } });
const fail = (rule: RuleId) => ({ type: 'fail' as const, params: { rule } });

/** Questions an emergency operator might ask; only the location may come first. */
const emergencyQuestions: Act[] = [
  'ask-nature',
  'ask-victims',
  'ask-consciousness',
  'ask-breathing',
  'ask-callback-number',
  'ask-caller-name',
  'ask-personal-data',
  'verify-identity',
  'dispatch',
  'give-instructions',
];

/** A rule satisfied by one act and broken by others coming first (or by the call ending without it). */
function orderRule(rule: RuleId, satisfiedBy: Act[], brokenBy: Act[], requiredAtEnd: boolean) {
  return {
    initial: 'watching',
    states: {
      watching: {
        on: {
          'trainee.act': [
            { guard: act(...satisfiedBy), target: 'done', actions: pass(rule) },
            { guard: act(...brokenBy), target: 'done', actions: fail(rule) },
          ],
          ...(requiredAtEnd ? { 'call.ended': { target: 'done', actions: fail(rule) } } : {}),
        },
      },
      done: {},
    },
  };
}

/**
 * A rule broken each time an act occurs. It counts as respected only if the temptation was there: one of
 * the options shown offered the act and the trainee never took it.
 */
function neverRule(rule: RuleId, brokenBy: Act[]) {
  const takes = { guard: act(...brokenBy), target: 'broken', actions: fail(rule) };
  return {
    initial: 'clean',
    states: {
      clean: {
        on: {
          'trainee.act': takes,
          'caller.turn': {
            guard: { type: 'offered' as const, params: { acts: brokenBy } },
            target: 'tempted',
          },
        },
      },
      tempted: { on: { 'trainee.act': takes, 'call.ended': { target: 'done', actions: pass(rule) } } },
      broken: { on: { 'trainee.act': { guard: act(...brokenBy), actions: fail(rule) } } },
      done: {},
    },
  };
}

export const locationFirst = orderRule('location-first', ['ask-location'], emergencyQuestions, true);
export const callbackNumber = orderRule('callback-number', ['ask-callback-number'], [], true);
export const noRecordingNoticeInEmergency = neverRule('no-recording-notice-in-emergency', [
  'announce-recording',
]);

export const operatorEndsCall = {
  initial: 'inCall',
  states: {
    inCall: {
      on: {
        'call.ended': [
          {
            guard: { type: 'endedBy' as const, params: { by: 'trainee' as const } },
            target: 'done',
            actions: pass('operator-ends-call'),
          },
          { target: 'done', actions: fail('operator-ends-call') },
        ],
      },
    },
    done: {},
  },
};

export const recordingBeforePersonalData = orderRule(
  'recording-before-personal-data',
  ['announce-recording'],
  ['ask-personal-data', 'verify-identity', 'ask-again-known-data'],
  false,
);

/** Account data may be disclosed or changed only once the caller has proved who they are. */
export const identityBeforeAccountData = {
  initial: 'unverified',
  states: {
    unverified: {
      on: {
        'caller.signal': [
          {
            guard: { type: 'signalIs' as const, params: { signal: 'identity-confirmed' as const } },
            target: 'verified',
          },
          {
            guard: { type: 'signalIs' as const, params: { signal: 'identity-failed' as const } },
            target: 'refused',
          },
        ],
        'trainee.act': { guard: act('disclose-account-data'), actions: fail('identity-before-account-data') },
      },
    },
    verified: {
      on: {
        'trainee.act': {
          guard: act('disclose-account-data'),
          target: 'done',
          actions: pass('identity-before-account-data'),
        },
      },
    },
    refused: {
      on: {
        'trainee.act': [
          {
            guard: act('disclose-account-data'),
            target: 'breached',
            actions: fail('identity-before-account-data'),
          },
          {
            guard: act('refer', 'escalate', 'close'),
            target: 'done',
            actions: pass('identity-before-account-data'),
          },
        ],
      },
    },
    breached: {
      on: {
        'trainee.act': { guard: act('disclose-account-data'), actions: fail('identity-before-account-data') },
      },
    },
    done: {},
  },
};

export const noCardReadback = neverRule('no-card-readback', ['read-card-number']);
export const rephraseBeforeSolution = orderRule(
  'rephrase-before-solution',
  ['rephrase'],
  ['propose-solution'],
  false,
);

/** Outbound opening: who is calling, for which company, and why, before any question or offer. */
export const openingWhoWhatWhy = {
  initial: 'none',
  states: {
    none: {
      on: {
        'trainee.act': [
          { guard: act('introduce-self'), target: 'introduced' },
          { guard: act('state-purpose'), target: 'purposeStated' },
          { guard: act(...outboundBusinessActs()), target: 'done', actions: fail('opening-who-what-why') },
        ],
        'call.ended': { target: 'done', actions: fail('opening-who-what-why') },
      },
    },
    introduced: {
      on: {
        'trainee.act': [
          { guard: act('state-purpose'), target: 'done', actions: pass('opening-who-what-why') },
          { guard: act(...outboundBusinessActs()), target: 'done', actions: fail('opening-who-what-why') },
        ],
        'call.ended': { target: 'done', actions: fail('opening-who-what-why') },
      },
    },
    purposeStated: {
      on: {
        'trainee.act': [
          { guard: act('introduce-self'), target: 'done', actions: pass('opening-who-what-why') },
          { guard: act(...outboundBusinessActs()), target: 'done', actions: fail('opening-who-what-why') },
        ],
        'call.ended': { target: 'done', actions: fail('opening-who-what-why') },
      },
    },
    done: {},
  },
};

function outboundBusinessActs(): Act[] {
  return [
    'ask-needs',
    'present-offer',
    'ask-survey-question',
    'ask-personal-data',
    'closing-question',
    'inform-conditions',
  ];
}

/** After « Ne m'appelez plus » or an objection to marketing, selling stops at once. */
export const doNotCallHonoured = {
  initial: 'selling',
  states: {
    selling: {
      on: {
        'caller.signal': {
          guard: { type: 'signalIs' as const, params: { signal: 'do-not-call' as const } },
          target: 'objected',
        },
      },
    },
    objected: {
      on: {
        'trainee.act': [
          { guard: act('honour-objection'), target: 'done', actions: pass('do-not-call-honoured') },
          {
            guard: act(
              'present-offer',
              'handle-objection',
              'closing-question',
              'ask-needs',
              'pressure',
              'ask-survey-question',
            ),
            target: 'breached',
            actions: fail('do-not-call-honoured'),
          },
        ],
        'call.ended': { target: 'done', actions: fail('do-not-call-honoured') },
      },
    },
    breached: {
      on: {
        'trainee.act': {
          guard: act('present-offer', 'handle-objection', 'closing-question', 'pressure'),
          actions: fail('do-not-call-honoured'),
        },
      },
    },
    done: {},
  },
};

export const needsBeforeOffer = orderRule('needs-before-offer', ['ask-needs'], ['present-offer'], false);

/** Total price, duration and the 14-day withdrawal come before the trainee asks for the decision. */
export const conditionsBeforeClosing = {
  initial: 'uninformed',
  states: {
    uninformed: {
      on: {
        'trainee.act': [
          { guard: act('inform-conditions'), target: 'informed' },
          { guard: act('closing-question'), target: 'done', actions: fail('conditions-before-closing') },
        ],
      },
    },
    informed: {
      on: {
        'trainee.act': {
          guard: act('closing-question'),
          target: 'done',
          actions: pass('conditions-before-closing'),
        },
      },
    },
    done: {},
  },
};

/** An absent respondent gets a callback, never a substitute interview. */
export const noSubstituteRespondent = {
  initial: 'present',
  states: {
    present: {
      on: {
        'caller.signal': {
          guard: { type: 'signalIs' as const, params: { signal: 'respondent-absent' as const } },
          target: 'absent',
        },
      },
    },
    absent: {
      on: {
        'trainee.act': [
          { guard: act('interview-substitute'), target: 'done', actions: fail('no-substitute-respondent') },
          { guard: act('book-callback'), target: 'done', actions: pass('no-substitute-respondent') },
        ],
        'call.ended': { target: 'done', actions: fail('no-substitute-respondent') },
      },
    },
    done: {},
  },
};

export const noSellingInSurvey = neverRule('no-selling-in-survey', ['present-offer', 'closing-question']);
export const recapBeforeClose = orderRule('recap-before-close', ['recap'], ['close', 'end-call'], true);

/** The call ends with a proper leave-taking by the agent. */
export const properClosing = {
  initial: 'open',
  states: {
    open: {
      on: {
        'trainee.act': { guard: act('close'), target: 'done', actions: pass('proper-closing') },
        'call.ended': {
          guard: { type: 'endedBy' as const, params: { by: 'trainee' as const } },
          target: 'done',
          actions: fail('proper-closing'),
        },
      },
    },
    done: {},
  },
};

export const politeRegister = neverRule('polite-register', ['tutoiement', 'use-jargon']);
export const noBlame = neverRule('no-blame', ['blame-other']);
export const letCallerSpeak = neverRule('let-caller-speak', ['interrupt']);
export const noUnfoundedPromise = neverRule('no-unfounded-promise', ['promise-unfounded']);
/** Data already on the screen is read, not asked again. */
export const noReaskingScreenData = neverRule('no-reasking-screen-data', ['ask-again-known-data']);

/** Gasping is not breathing: once the caller describes it, the operator guides compressions. */
export const cprOnGasping = {
  initial: 'watching',
  states: {
    watching: {
      on: {
        'caller.signal': {
          guard: { type: 'signalIs' as const, params: { signal: 'gasping' as const } },
          target: 'arrest',
        },
      },
    },
    arrest: {
      on: {
        'trainee.act': {
          guard: act('give-cpr-instructions'),
          target: 'done',
          actions: pass('cpr-on-gasping'),
        },
        'call.ended': { target: 'done', actions: fail('cpr-on-gasping') },
      },
    },
    done: {},
  },
};

/** Helpdesk: every incident is logged in a ticket before the call ends. */
export const ticketLogged = orderRule('ticket-logged', ['log-ticket'], [], true);
