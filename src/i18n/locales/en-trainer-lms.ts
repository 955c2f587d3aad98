/** EN strings of the trainer area's « lms » section (namespace `lms`); same keys in every language. */
const enTrainerLms = {
  lms: {
    heading: 'SCORM package for a learning platform',
    intro:
      'The package holds the chosen calls, their voices and the app. A learning platform (Moodle or any other SCORM 1.2 platform) launches it and records each trainee’s score, completion and pass or fail.',
    title: 'Activity title',
    titleHint: 'The name trainees will see on the platform.',
    callLanguage: 'Language of the calls',
    mode: 'Mode',
    passMark: 'Pass mark (%)',
    passMarkHint:
      'The activity’s score is the mean of its calls (a call not played yet counts 0). The activity is passed from this mark up. 0: no pass mark, the activity is « completed » once every call has been played.',
    calls: 'Calls in the assignment',
    callsHint: 'Played in the order of this list. Only calls that exist in the chosen language are offered.',
    chosen: 'Calls chosen: {{count}}',
    noCallInLanguage: 'No call exists in this language.',
    callLine: '{{type}} · {{level}}',
    create: 'Create the SCORM package',
    errors: {
      title: 'Give the activity a title.',
      passMark: 'The pass mark is a whole number from 0 to 100.',
      calls: 'Choose at least one call.',
      file: 'Cannot read « {{file}} » ({{reason}}). No package was created. Try again; if the file is missing, the app must be rebuilt (npm run build).',
      missingScenario: 'The call « {{id}} » does not exist in {{language}}.',
      badShell: 'The app’s page « {{file}} » is not as expected (no head tag).',
      tooManyCalls:
        '{{count}} calls: a SCORM 1.2 platform cannot keep that many results (4,096 characters). Split them into several activities.',
      noCall: 'The assignment has no call.',
      unexpected: 'The package could not be created ({{reason}}).',
    },
    progressLabel: 'Creating the package',
    progress: {
      reading: 'Reading the list of files… ({{done}} of {{total}})',
      copying: 'Copying files: {{done}} of {{total}}',
      zipping: 'Compressing the package ({{total}} files)…',
    },
    done: 'Package created: {{file}} ({{size}}, {{count}} files). The download has started.',
    megabytes: '{{value}} MB',
    kilobytes: '{{value}} kB',
    moodle: {
      heading: 'Importing the package into Moodle',
      step1: 'Open the course and turn editing on.',
      step2: 'Choose « Add an activity or resource », then « SCORM package ».',
      step3: 'Name the activity and drop the .zip file into « Package file ».',
      step4:
        'Under « Grade », keep the maximum grade at 100 and choose the grading method (for example « Highest grade »), then save.',
      note: 'Each trainee’s score, status (completed, passed, failed) and time spent appear in the activity’s reports and in the gradebook. Other SCORM 1.2 platforms import the same file.',
    },
    player: {
      intro: 'Play each call through to its debrief: your result is sent to the learning platform.',
      learner: 'Trainee: {{name}}',
      issuedBy: 'Set by {{name}}',
      due: 'Due by {{date}}',
      mode: 'Mode: {{mode}}.',
      practiceRule: 'Each call’s best result counts: play again as often as you like.',
      examRule: 'As in the validation test: only each call’s first result counts.',
      passMark: 'Passed when the mean of the calls reaches {{mark}} % (a call not played yet counts 0).',
      noPassMark: 'No pass mark: the activity is completed once every call has been played.',
      callsHeading: 'The calls',
      notPlayed: 'Not played yet',
      counted: 'Result counted: {{score}} %',
      examDone: 'Exam played: this result is final.',
      missing:
        'The call « {{id}} » is missing from the package: create the package again in the trainers’ area.',
      summary: 'Activity score: {{score}} % — {{status}} ({{played}} of {{total}} calls played)',
      status: {
        incomplete: 'in progress',
        passed: 'passed',
        failed: 'not passed',
        completed: 'completed',
      },
      sent: 'Result recorded by the platform.',
      noLms:
        'No learning platform was found around this page. The calls can still be played, but no result is recorded.',
      refused:
        'The learning platform refused to open the session: the calls can still be played, but no result is recorded.',
      lmsError: '{{call}} refused by the platform: error {{code}} — {{message}}',
      diagnostic: 'Detail: {{diagnostic}}',
      review: 'Review mode: the platform records nothing during this visit.',
      noStorage:
        'This browser refuses local storage: the calls can still be played, but their results cannot be sent.',
      carriedProblem:
        'The data left by an earlier visit could not be read: the calls played then are not carried over.',
      loadError:
        'Cannot read the assignment file « {{file}} » ({{reason}}). The package is incomplete or damaged: create it again in the trainers’ area.',
      finish: 'Finish the activity',
      finishHint:
        'Sends the time spent and closes the session; the platform also does so when you leave the page.',
      finished: 'Session closed: your results are recorded. You may close this page.',
    },
  },
};

export default enTrainerLms;
