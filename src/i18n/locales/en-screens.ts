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
    handleTime: 'Handle time: {{minutes}} min {{seconds}} s (of which {{hold}} s on hold)',
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
  },
  progress: {
    heading: 'My progress',
    unavailable:
      'This browser cannot save your progress (storage disabled or private browsing). Calls still play, but nothing is kept.',
    storageFull:
      'The browser’s storage is full: your last answer could not be saved. Export your data, then free some space.',
    storageUnavailable: 'Your last answer could not be saved (storage unavailable).',
    dismiss: 'Got it',
    damagedRecords:
      '{{count}} damaged record(s) could not be read and were skipped; everything else is loaded.',
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
  profiles: {
    heading: 'Who is training?',
    intro:
      'Several trainees can use this browser: each opens their own profile and sees only their own calls.',
    current: 'Open profile: {{name}}',
    none: 'No profile open. Open yours or create one.',
    close: 'Close my profile (switch trainee)',
    listHeading: 'Profiles on this browser',
    empty: 'No profile yet.',
    active: 'open',
    locked: 'protected by a code',
    openNamed: 'Open the profile “{{name}}”',
    pinFor: '4-digit code of the profile “{{name}}”',
    unlock: 'Open',
    cancel: 'Cancel',
    wrongPin: 'Wrong code: the profile “{{name}}” was not opened.',
    createHeading: 'Create a profile',
    name: 'Your name',
    nameHint:
      'A first name and an initial are enough. The other trainees on this browser will see this name in the list.',
    pin: '4-digit code (optional)',
    pinConfirm: 'Repeat the code',
    pinNotice:
      'The code stops your classmates from opening your history; it does not protect against the computer’s owner.',
    pinKeep: 'Remember it: a forgotten code cannot be recovered.',
    create: 'Create and open my profile',
    nameRequired: 'Enter a name.',
    nameTooLong: 'The name has at most 60 characters.',
    nameTaken:
      'A profile “{{name}}” already exists on this browser: add, for example, the initial of your surname.',
    pinInvalid: 'The code must be exactly 4 digits.',
    pinMismatch: 'The two codes are not the same.',
    rename: 'Rename my profile',
    newName: 'New name',
    saveName: 'Save the name',
    renamed: 'Profile renamed to “{{name}}”.',
    dataHeading: 'My data',
    export: 'Export my data',
    exportHint:
      'Downloads a file with your name and all your calls (without your code), to keep or to import on another computer.',
    checksumNotice:
      'The file carries a checksum: it reveals a damaged file, but it does not protect against deliberate changes.',
    exported: 'File “{{file}}” downloaded.',
    import: 'Import a data file (.json)',
    importHint:
      'Imported calls are added to the ones already here: nothing is replaced. A profile unknown to this browser is created.',
    importing: 'Importing…',
    importedInto: '“{{file}}” imported into the profile “{{name}}”.',
    importedNew: '“{{file}}” imported: profile “{{name}}” created.',
    summary: '{{added}}, {{present}}, {{conflicts}}.',
    added: { one: '{{count}} call added', other: '{{count}} calls added' },
    present: { one: '{{count}} already here', other: '{{count}} already here' },
    conflicts: {
      none: 'no conflict',
      one: '{{count}} conflict: the existing one is kept',
      other: '{{count}} conflicts: the existing ones are kept',
    },
    conflictsHeading: 'Calls in conflict (this browser’s version kept)',
    conflictItem: '{{scenario}}, started on {{date}}',
    importedName: '{{name}} (imported)',
    whereProfile: 'the profile',
    whereAttempt: 'call no. {{number}}',
    errors: {
      tooLarge:
        '“{{file}}” was not imported: it weighs {{size}} MB, while a Décroche data file is at most 5 MB.',
      unreadable:
        '“{{file}}” was not imported: the browser could not read it. Expected: a Décroche data file (.json).',
      notJson:
        '“{{file}}” was not imported: its content is not complete JSON (truncated file or another kind of file). Expected: a file exported by Décroche.',
      foreign:
        '“{{file}}” was not imported: it is not a Décroche data file (expected: format “decroche-progress”, version 1).',
      version:
        '“{{file}}” was not imported: format version {{version}} is not supported (expected: version 1).',
      checksum:
        '“{{file}}” was not imported: the checksum does not match the content, the file was damaged or changed (expected: the file as it was exported).',
      record:
        '“{{file}}” was not imported: {{where}} is invalid ({{issue}}). Expected: a profile and calls in Décroche’s format.',
      write: '“{{file}}” was not imported: the browser refused to save it. Nothing was changed.',
    },
  },
  history: {
    heading: 'History and mastery',
    empty:
      'No call yet. After your first call, your history, your mastery per competency and your portfolio will appear here.',
    noResults: 'No finished call yet: mastery is computed from calls taken to the end.',
    attempts: 'All your calls',
    attemptsCount: '{{count}} call(s), latest first.',
    mode: 'Mode',
    result: 'Outcome',
    score: 'Overall score',
    scoreOf: 'overall score {{value}}',
    durationOf: 'duration {{value}}',
    durationValue: '{{minutes}} min {{seconds}} s',
    durationSeconds: '{{seconds}} s',
    abandoned: 'Call interrupted',
    inProgress: 'Call in progress',
    notScored: '—',
    showDecisions: 'Show the decisions ({{count}})',
    hideDecisions: 'Hide the decisions',
    decisionsOf: 'Decisions of the call “{{title}}” on {{date}}',
    noDecision: 'No decision taken.',
    decisionAt: 'At {{seconds}} s',
    decisionThinking: '(+{{seconds}} s)',
    decisionIds: 'step “{{step}}”, answer “{{option}}”',
    showAll: 'Show the whole history ({{count}} calls)',
    mastery: 'Mastery per competency over your calls',
    masteryRule:
      'Mastery = the mean of your last {{window}} results for the competency (fewer at first). To work on below {{working}} %, in progress up to {{reached}} %, reached from {{reached}} %.',
    competency: 'Competency',
    chartLabel:
      'Mastery of “{{competency}}” over {{count}} result(s): from {{first}} % to {{last}} %. The table below gives the same figures.',
    legendMastery: 'Mastery (mean of the last {{window}} results)',
    legendResult: 'Result of each call',
    chartTable: 'Results for “{{competency}}”, call by call',
    date: 'Date',
    call: 'Call',
    callResult: 'Result of the call',
    masteryValue: 'Mastery',
    percent: '{{value}} %',
    summary: 'Where you stand, competency by competency',
    summaryCaption: 'Every competency observed, weakest first',
    results: 'Results',
    latest: 'Latest result',
    best: 'Best result',
    band: 'Level reached',
    bands: { 'to-work': 'To work on', 'in-progress': 'In progress', reached: 'Reached' },
    strengths: 'Strengths and points to work on',
    strongest: 'Your strengths',
    weakest: 'To work on first',
    notRanked:
      'At least {{count}} results for the same competency are needed to show your strengths and points to work on.',
    next: 'Next call advised',
    nextWeakest: 'To work on “{{competency}}” (mastery {{mastery}}). Level advised: {{level}}.',
    nextFirst: 'To start with: a call of level {{level}}.',
    nearestLevel: 'No call of that level trains this competency: here is the nearest level.',
    start: 'Start “{{title}}”',
    noNext: 'No call available in the library.',
    portfolio: {
      heading: 'Portfolio',
      intro: 'A printable record of your training, to save as PDF or show your trainer.',
      print: 'Print my portfolio',
      close: 'Close the portfolio',
      title: 'Training portfolio — {{name}}',
      note: 'Training record from the Décroche simulator, in preparation for a skills validation for the call centre operator trade (Le Forem job profile D140801-1). This document is not an official qualification.',
      trainee: 'Trainee',
      period: 'Period',
      periodValue: 'from {{from}} to {{to}}',
      calls: 'Finished calls',
      callsValue: '{{count}} (of which {{exams}} in exam mode); {{abandoned}} interrupted call(s)',
      printedOn: 'Printed on',
      competencies: 'Competencies trained',
      profileWording: 'Competency (job profile wording)',
      attempts: 'Finished calls',
      footer:
        'Mastery = the mean of the competency’s last {{window}} results. Preparation for a validation, not an official qualification.',
    },
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
  rules: {
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
};

export default enScreens;
