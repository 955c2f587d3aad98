import enAssignments from './en-assignments';
import type { ProgressMessages } from './fr-progress';

/** English strings of « Mon parcours »; same keys as fr-progress.ts. */
const enProgress: ProgressMessages = {
  ...enAssignments,
  xapi: {
    heading: 'Learning records for your trainer',
    intro:
      'Assignments with a learning record store (LRS) send your answers and results there. Until they have gone, they wait here.',
    pending: {
      one: '{{count}} learning record waiting to be sent.',
      other: '{{count}} learning records waiting to be sent.',
    },
    allSent: 'All your learning records have been sent.',
    sending: 'Sending…',
    offline: 'You are offline: they will be sent as soon as the connection is back.',
    network:
      'The learning record store {{endpoint}} does not answer. It will be tried again automatically at {{time}}.',
    server:
      'The learning record store {{endpoint}} is unavailable (error {{status}}: {{message}}). It will be tried again automatically at {{time}}.',
    rejected:
      'The learning record store {{endpoint}} refused them (error {{status}}): “{{message}}”. The records are kept: tell your trainer, then try again.',
    credentials:
      'The learning record store’s password or user name contains characters that cannot be sent. The records are kept: ask your trainer for a new assignment.',
    damaged: '{{count}} damaged learning record(s) were dropped.',
    retry: 'Try again',
  },
  progress: {
    heading: 'My progress',
    unavailable:
      'This browser cannot save your progress (storage disabled or private browsing). Calls still play, but nothing is kept.',
    damagedRecords:
      '{{count}} damaged record(s) could not be read and were skipped; everything else is loaded.',
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
};

export default enProgress;
