/** EN strings of the trainer area's « assign » section (namespace `assign`); same keys in every language. */
const enTrainerAssign = {
  assign: {
    heading: 'Compose an assignment',
    intro:
      'Choose calls and rules: you get a link, a QR code and a short code to give the group. No server is needed: the whole assignment is in the link.',
    title: 'Assignment title',
    titleHint: 'What trainees will see, for example « Week 3 — inbound calls ».',
    issuedBy: 'Set by (optional)',
    issuedByHint: 'Your name and your centre, shown to trainees.',
    callLanguage: 'Call language',
    mode: 'Mode',
    scenarios: 'Calls in the assignment',
    scenariosHint: 'Tick the calls in the order they should be played; you can change the order below.',
    notInLanguage: 'not available in {{language}}',
    languageNames: { fr: 'French', nl: 'Dutch', en: 'English' },
    order: 'Playing order',
    orderEmpty: 'No call chosen yet.',
    moveUp: 'Move « {{title}} » up',
    moveDown: 'Move « {{title}} » down',
    remove: 'Remove « {{title}} »',
    removeShort: 'Remove',
    due: 'Due date (optional)',
    dueHint: 'After this date the assignment can still be played, but it is flagged as overdue.',
    passMark: 'Pass mark (%)',
    passMarkHint: 'Overall score a call must reach to count as passed, from 0 to 100.',
    lrsHeading: 'Send results to an LRS (optional)',
    lrsIntro:
      'If your centre has an LRS (xAPI), the results of each call of the assignment are sent there. Otherwise leave these fields empty: everything stays on the trainee’s computer.',
    lrsWarning:
      'Warning: the key and secret are written in the link. Anybody who has the link can read them. Use a key that can only write results, never read them.',
    lrsEndpoint: 'LRS xAPI address',
    lrsEndpointHint: 'Starts with https:// and ends with /, for example https://lrs.example.org/xapi/.',
    lrsUsername: 'Key (write-only)',
    lrsPassword: 'Secret',
    create: 'Create the assignment',
    notCreated: 'The assignment was not created: {{count}} field(s) to correct.',
    errors: {
      titleRequired: 'Enter a title.',
      titleTooLong: 'The title has at most {{max}} characters.',
      issuedByTooLong: 'This field has at most {{max}} characters.',
      scenariosNone: 'Choose at least one call.',
      scenariosTooMany: 'An assignment has at most 40 calls.',
      scenariosMissingLanguage:
        'Not available in {{language}}: {{titles}}. Remove these calls or choose another language.',
      dueInvalid: 'Invalid date (expected: day, month and year).',
      duePast: 'This date has already passed.',
      dueTooFar: 'This date is too far away: choose one before 2100.',
      passMarkInvalid: 'Enter a whole number from 0 to 100.',
      lrsEndpointInvalid: 'Invalid address: it starts with https:// and ends with /.',
      lrsUsernameRequired: 'Enter the key the LRS gave you.',
      lrsPasswordRequired: 'Enter the secret the LRS gave you.',
    },
    output: {
      heading: 'Assignment ready: « {{title}} »',
      issuedBy: 'Set by {{name}}',
      summary: '{{count}} call(s) · {{mode}} · calls in {{language}} · passed from {{passMark}} %',
      dueLine: 'due by {{date}}',
      noDue: 'no due date',
      intro:
        'Give the group the link, the QR code or the short code. Opening the link adds the assignment to the trainee’s profile.',
      link: 'Assignment link',
      copy: 'Copy the link',
      copied: 'Link copied.',
      copyFailed: 'Copying is not possible here: the link is selected, copy it with Ctrl+C.',
      qr: 'QR code of the link, to project or print',
      qrAlt: 'QR code of the link of the assignment « {{title}} » (the same link as above)',
      code: 'Short code',
      codeHint:
        'To read out or write on the board: trainees type it in « My progress ». It holds the calls, the mode, the language, the pass mark and the due date; not the title (the code stands in for it) nor your name.',
      codeNoLrs:
        'The short code does not hold the LRS access: trainees who use it keep their results on their computer. For the LRS, give the link or the QR code.',
      noCode: 'No short code for this assignment (more than 20 calls): give the link or the QR code.',
      print: 'Print the assignment sheet',
    },
  },
};

export default enTrainerAssign;
