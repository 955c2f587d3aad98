import enWrapUp from './en-wrapup';
import enFreeText from './en-freetext';
import enCallControls from './en-controls';

import type { ScreenMessages } from './fr-screens';

/** English strings of the screens that load on demand; same keys as fr-screens.ts. */
const enScreens: ScreenMessages = {
  emotions: {
    neutral: 'neutral',
    calm: 'calm',
    friendly: 'friendly',
    hesitant: 'hesitant',
    confused: 'confused',
    annoyed: 'annoyed',
    angry: 'angry',
    anxious: 'anxious',
    panicked: 'panicking',
    suspicious: 'suspicious',
    hurried: 'in a hurry',
    relieved: 'relieved',
    satisfied: 'satisfied',
  },
  ratings: { best: 'Best answer', good: 'Good answer', weak: 'Weak answer', wrong: 'Answer to avoid' },
  outcomes: { success: 'Call handled well', partial: 'Call partly successful', failure: 'Call failed' },
  call: {
    controls: 'Call controls',
    hold: 'Put on hold',
    resumeCall: 'Resume the call',
    pause: 'Pause',
    resumePractice: 'Resume',
    onHoldStatus: 'Call on hold: the caller hears the hold music.',
    pausedStatus: 'Practice paused: the clock is stopped.',
    incoming: 'Incoming call',
    outgoing: 'Outgoing call',
    ringingIncoming: '{{company}} — an incoming call is ringing.',
    ringingOutgoing: 'You are calling {{caller}} for {{company}}. Ringing…',
    pickUp: 'Pick up',
    dial: 'Place the call',
    hangUp: 'Hang up',
    hangUpConfirm: 'Hang up now? The call will be cut off.',
    abandon: 'Back to the list',
    agentScreen: 'Agent screen',
    youAre: 'You are {{agent}}, {{company}}',
    transcript: 'Conversation',
    options: 'Your replies',
    you: 'You',
    caller: '{{name}}',
    callerEmotion: '{{name}} ({{emotion}})',
    patience: 'Patience of the person on the line',
    patienceValue: '{{value}} out of 10',
    feedback: 'Feedback on your reply',
    competencies: 'Competencies:',
    ended: 'Call ended',
    endedByCaller: 'The person on the line hung up.',
    endedByTrainee: 'You ended the call.',
    showDebrief: 'See the debrief',
    keyboardHint: 'Tip: keys 1 to 4 choose a reply.',
    loadError: 'This scenario could not be loaded ({{key}}).',
  },
  debrief: {
    handleTotal: 'Handle time: {{minutes}} min {{seconds}} s',
    handleParts: '(talk {{talk}} s, hold {{hold}} s, after-call work {{afterCall}} s)',
    handleTarget: {
      within: 'Within the target for this kind of call ({{minutes}} min {{seconds}} s).',
      over: 'A little over the target ({{minutes}} min {{seconds}} s): look for what can go faster without skipping anything.',
      'far-over': 'Well over the target ({{minutes}} min {{seconds}} s): the caller and the queue feel it.',
    },
    prompts: 'the caller had to speak up {{count}} times',
    loweredByRules:
      'The goal was reached, but some procedure rules were broken: the call was only partly handled.',
    heading: 'Debrief',
    abandoned: 'Call stopped before the end.',
    overall: 'Overall score:',
    percent: '{{value}}%',
    byCompetency: 'Score by competency',
    competency: 'Job profile competency',
    score: 'Score',
    decisions: 'Your decisions, one by one',
    decision: 'Decision {{number}}',
    callerSaid: 'The person on the line',
    youSaid: 'Your reply',
    better: 'Best option',
    rulesHeading: 'Procedure rules at the end of the call',
    ruleOk: 'Followed',
    ruleBroken: 'Not followed',
    noDecision: 'No decision taken.',
    replay: 'Replay this call',
    back: 'Back to the list',
    backToAssignments: 'Back to my assignments',
  },
  exam: {
    heading: 'Exam result',
    passed: 'Passed',
    failed: 'Not passed',
    weighted: 'weighted mean {{value}}% (pass mark {{threshold}}%)',
    weight: 'Weight',
    result: 'Result',
    eliminatory: 'eliminatory',
    linePassed: 'Reached',
    lineFailed: 'Not reached',
    note: 'Each competency observed is a criterion: those the call targets count double; the pass mark is {{threshold}}%. Failing an eliminatory criterion fails the exam. Preparation for a validation, not an official title.',
  },
  desk: {
    heading: 'Workstation',
    tabs: { record: 'Customer record', knowledge: 'Knowledge base', form: 'Form' },
    nothingOpen:
      'Nothing is open: open the customer record, search the knowledge base or fill in the form when the call needs it.',
    search: 'Search the knowledge base',
    results: '{{count}} result(s)',
    formHint: 'What you enter is compared with what the caller said: names, addresses and numbers exactly.',
  },
  storage: {
    full: 'The browser’s storage is full: your last answer could not be saved. Export your data, then free some space.',
    unavailable: 'Your last answer could not be saved (storage unavailable).',
    dismiss: 'Got it',
  },
  rules: {
    'handover-service': {
      ok: 'Call handed to the right service: {{expected}}.',
      broken: 'Call handed to "{{value}}"; {{expected}} should have taken it.',
    },
    'handover-summary': {
      ok: 'Your handover summary held the essentials: {{expected}}.',
      broken: 'Your handover summary lacked: {{missing}}. Your colleague will have to ask the caller again.',
    },
    'no-reasking-screen-data': {
      ok: 'You read what was already on screen instead of asking again.',
      broken:
        'You asked again for information already on screen: the caller has to repeat themselves, and it shows.',
    },
    'record-consulted': {
      ok: 'You opened the customer record before answering.',
      broken: 'You answered without opening the customer record, where the answer was.',
    },
    'knowledge-consulted': {
      ok: 'You read “{{detail}}” before answering.',
      broken: 'You answered without reading “{{detail}}” in the knowledge base.',
    },
    'form-field': {
      ok: 'Field “{{detail}}” entered correctly.',
      broken: 'Field “{{detail}}”: entered “{{value}}”, expected “{{expected}}”.',
    },
    'services-dispatched': {
      ok: 'Services sent: {{expected}} — as needed.',
      broken: 'Services sent: “{{value}}”; needed: {{expected}}.',
    },
    'priority-right': {
      ok: 'Right priority: {{expected}}.',
      broken: 'Priority “{{value}}”; by impact and urgency it was: {{expected}}.',
    },
    'location-first': {
      ok: 'You asked for the exact location before any other question: the emergency services know where to go even if the call drops.',
      broken:
        'Another question came before the exact location. On 112, the location comes first: municipality, street, house number, access.',
    },
    'callback-number': {
      ok: 'You got a callback number.',
      broken:
        'No callback number obtained: if the call drops, the control room can no longer reach the caller.',
    },
    'no-recording-notice-in-emergency': {
      ok: 'No recording notice: it is not required for an emergency call and would have delayed getting the location.',
      broken: 'Recording notice in an emergency call: it is not required and delays getting the location.',
    },
    'operator-ends-call': {
      ok: 'You, the operator, ended the call.',
      broken:
        'The caller hung up before you did: on 112, the caller stays on the line until the operator ends the call.',
    },
    'recording-before-personal-data': {
      ok: 'The recording notice (that the call is recorded, why, and how long it is kept) came before any personal data.',
      broken:
        'Personal data was asked for before the recording notice: every party must be informed before recording starts.',
    },
    'identity-before-account-data': {
      ok: 'Identity checked before account data was shared or changed.',
      broken: 'Account data was shared or changed without a verified identity.',
    },
    'no-card-readback': {
      ok: 'You did not read back a card number.',
      broken: 'Card number read back aloud: payment data is never repeated.',
    },
    'rephrase-before-solution': {
      ok: 'You restated the problem before offering a solution.',
      broken:
        'Solution offered before restating the problem: restate it to check that you have understood correctly.',
    },
    'opening-who-what-why': {
      ok: 'Complete opening: who is calling, for which company and for what purpose.',
      broken:
        'Incomplete opening: right at the start, say who you are, which company you are calling for and the sales purpose of the call.',
    },
    'do-not-call-honoured': {
      ok: 'Objection to sales calls honoured on the spot.',
      broken:
        'The person objected to sales calls (the “Do Not Call Me” list) and the sale went on: an objection must be honoured immediately.',
    },
    'needs-before-offer': {
      ok: 'Needs found out before presenting the offer.',
      broken: 'Offer presented before knowing the needs: finding out the needs comes first.',
    },
    'conditions-before-closing': {
      ok: 'Terms of sale given before asking for a decision: total price, duration, 14-day right of withdrawal.',
      broken:
        'Decision asked for before the terms of sale: total price, duration and the right of withdrawal within 14 calendar days.',
    },
    'no-substitute-respondent': {
      ok: 'Callback scheduled for the absent person.',
      broken:
        'Someone else was interviewed instead of the selected person: schedule a callback, never a substitute.',
    },
    'no-selling-in-survey': {
      ok: 'No selling under the guise of a survey.',
      broken: 'A sales offer during a survey: selling under the guise of a survey is forbidden.',
    },
    'recap-before-close': {
      ok: 'You summed up before closing.',
      broken: 'No summary before the end of the call.',
    },
    'proper-closing': { ok: 'Proper goodbye.', broken: 'The call ended without a goodbye.' },
    'polite-register': {
      ok: 'Suitable language: polite, formal address and simple words, despite the tempting replies.',
      broken: 'Overly familiar tone or jargon with the person on the line.',
    },
    'no-blame': {
      ok: 'No blame put on a partner or the customer.',
      broken: 'You put the blame on someone else.',
    },
    'let-caller-speak': {
      ok: 'You let the person on the line speak.',
      broken: 'You interrupted the person on the line.',
    },
    'no-unfounded-promise': {
      ok: 'No promise that cannot be kept.',
      broken: 'A promise that cannot be guaranteed.',
    },
    'cpr-on-gasping': {
      ok: 'Abnormal breathing (gasping) recognised as cardiac arrest: chest compressions guided by phone.',
      broken:
        'The victim was not breathing normally (gasping) and no chest compressions were guided: gasping is not breathing.',
    },
    'ticket-logged': {
      ok: 'The incident was logged in a ticket.',
      broken: 'No ticket logged: every incident goes into a ticket, one ticket per issue.',
    },
  },
  ...enWrapUp,
  ...enFreeText,
  ...enCallControls,
};

export default enScreens;
