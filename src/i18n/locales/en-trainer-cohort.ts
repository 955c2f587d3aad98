/** EN strings of the trainer area's « cohort » section (namespace `cohort`); same keys in every language. */
const enTrainerCohort = {
  cohort: {
    heading: 'Group results',
    intro:
      'Each trainee exports their results file from “My progress” (button “Export my data”) and sends it to you. Import all the files here at once: the view brings together the trainees, their competencies, the pass rates and the decisions most often missed.',
    privacy:
      'Imported results stay in this tab, in memory: they are saved nowhere, create no trainee profile and are gone when you close or reload the page.',
    checksum:
      'Each file carries a checksum that reveals a damaged file; it does not protect against deliberate changes, so it does not prove the results are genuine.',
    drop: {
      heading: 'Import results files',
      zone: 'Drop your trainees’ .json files here, or choose them:',
      input: 'Choose results files (.json)',
      limits: 'At most {{perFile}} MB per file and {{total}} MB for the files imported together.',
      reading: 'Reading {{count}} file(s)…',
    },
    report: {
      heading: 'Import report',
      summary: 'Latest import: {{accepted}} file(s) imported, {{rejected}} refused.',
      accepted: 'Imported',
      acceptedWithNotes: 'Imported, with notes',
      rejected: 'Refused',
      imported:
        '“{{file}}”: {{trainee}}, {{attempts}} call(s) in the file — {{added}} new, {{duplicates}} already imported.',
      conflict:
        'Two different copies of the call “{{scenario}}” started on {{date}} (the other one is from “{{other}}”): the further one is kept, from “{{kept}}”.',
      unknown:
        '{{count}} call(s) of “{{scenario}}” left out: this call does not exist in this app’s library.',
      otherVersion:
        '{{count}} call(s) of “{{scenario}}” played on another version of this call: counted in the scores, but not in the decision analysis (the steps may have changed).',
      unrecorded:
        '{{count}} call(s) of “{{scenario}}” recorded without a version (older app): counted in the scores, but not in the decision analysis.',
      errors: {
        tooLarge:
          '“{{file}}” was not read: it weighs {{size}} MB, more than the {{limit}} MB limit per results file.',
        batchTooLarge:
          '“{{file}}” was not read: the files dropped together exceed {{limit}} MB. Import this one separately.',
        unreadable: '“{{file}}”: the browser could not read this file.',
        notJson:
          '“{{file}}”: this is not valid JSON. Expected: the file exported with “Export my data”, unchanged.',
        notJsonAt:
          '“{{file}}”: this is not valid JSON (line {{line}}, column {{column}}). Expected: the file exported with “Export my data”, unchanged.',
        truncated:
          '“{{file}}”: the file stops in the middle of the data (line {{line}}, column {{column}}); it was probably cut off while being copied. Ask the trainee to export it again.',
        foreign:
          '“{{file}}”: this JSON file is not a Décroche results file (expected: the file exported with “Export my data”).',
        version:
          '“{{file}}”: unknown format version {{version}} (expected: {{expected}}). It may come from a newer version of the app.',
        checksum: '“{{file}}”: the checksum does not match the content; the file is damaged or was changed.',
        record: '“{{file}}”: {{where}} cannot be read ({{issue}}).',
        unknownScenarios: '“{{file}}”: its calls ({{scenarios}}) do not exist in this app’s library.',
      },
      whereProfile: 'the profile',
      whereAttempt: 'call no. {{number}}',
    },
    empty: 'No results imported yet.',
    clear: 'Clear the view',
    cleared: 'View cleared: all imported results have been forgotten.',
    filters: {
      heading: 'Filter the results',
      callType: 'Call type',
      mode: 'Mode',
      assignment: 'Assignment',
      from: 'Calls started from',
      to: 'until',
      all: 'All',
      counted: '{{trainees}} trainee(s), {{attempts}} call(s) kept by the filters.',
    },
    heatmap: {
      heading: 'Competencies per trainee',
      caption:
        'Each trainee’s mean result per competency, over their ended calls (number of calls in brackets).',
      trainee: 'Trainee',
      scroll: 'Table of competencies per trainee (scrolls sideways)',
      calls: '{{count}} call(s)',
      none: 'no result',
      legend: 'Colour key',
      bands: {
        'to-work': 'To work on: below 50%',
        'in-progress': 'In progress: from 50% to below 80%',
        reached: 'Achieved: 80% and above',
      },
      bandNames: { 'to-work': 'to work on', 'in-progress': 'in progress', reached: 'achieved' },
      noCompetency: 'No ended call gives a result per competency yet.',
    },
    pass: {
      heading: 'Pass rate per call',
      mark: 'Pass mark (overall result, %)',
      markHint:
        'A trainee passes a call when their best ended call reaches the mark; a call never ended counts as not passed.',
      caption: 'Trainees who passed each call, at a mark of {{mark}}%.',
      scenario: 'Call',
      callType: 'Type',
      passed: 'Passed / played',
      rate: 'Pass rate',
      meanBest: 'Mean best result',
      none: 'No call played in the selection.',
    },
    missed: {
      heading: 'Decisions most often missed',
      intro:
        'The steps where the best answer was given least often, over the calls played on the current version of each call.',
      step: 'Step “{{step}}” of “{{scenario}}”',
      caller: 'The caller: “{{line}}”',
      noCaller: 'The trainee speaks first.',
      share:
        'Best answer missed in {{share}} of calls ({{missed}} of {{attempts}}), by {{missedTrainees}} trainee(s) of {{trainees}}.',
      common: 'Answer most often given instead: “{{text}}” ({{rating}}, {{count}} time(s)).',
      best: 'Best answer: “{{text}}”',
      ratings: { best: 'the best', good: 'good', weak: 'weak', wrong: 'to avoid' },
      none: 'No decision missed in the calls compared.',
      excludedHeading: 'Calls left out of this analysis',
      excluded: {
        'other-version':
          '{{count}} call(s) of “{{scenario}}” played on another version: the steps may have changed; they count in the scores above.',
        'no-version':
          '{{count}} call(s) of “{{scenario}}” recorded without a version: they count in the scores above.',
        'scenario-unavailable':
          '{{count}} call(s) of “{{scenario}}”: the file of this call could not be loaded.',
      },
      showAll: 'Show all {{count}} decisions',
      showFewer: 'Show only the first {{count}}',
    },
    csv: {
      heading: 'Download as CSV',
      intro: 'The files follow the filters above and open in a spreadsheet (UTF-8).',
      separator: 'Separator',
      semicolon: 'Semicolon (;) and decimal comma: French or Dutch spreadsheets',
      comma: 'Comma (,) and decimal point: English spreadsheets',
      matrix: 'Download competencies per trainee (CSV)',
      passRates: 'Download pass rates (CSV)',
      missed: 'Download missed decisions (CSV)',
      saved: 'File “{{file}}” downloaded.',
      files: {
        matrix: 'group-competencies',
        passRates: 'group-pass-rates',
        missed: 'group-missed-decisions',
      },
      columns: {
        trainee: 'Trainee',
        ended: 'Ended calls',
        mean: '{{competency}} (%)',
        count: '{{competency}} (calls)',
        scenario: 'Call',
        key: 'Identifier',
        callType: 'Call type',
        trainees: 'Trainees',
        endedTrainees: 'Trainees who ended it',
        passed: 'Trainees who passed',
        rate: 'Pass rate (%)',
        meanBest: 'Mean best result (%)',
        mark: 'Mark (%)',
        step: 'Step',
        caller: 'Caller’s line',
        attempts: 'Calls',
        missedAttempts: 'Calls without the best answer',
        share: 'Share missed (%)',
        missedTrainees: 'Trainees who missed it',
        best: 'Best answer',
        common: 'Most frequent answer instead',
        commonRating: 'Judgement',
        commonCount: 'Times',
      },
    },
  },
};

export default enTrainerCohort;
