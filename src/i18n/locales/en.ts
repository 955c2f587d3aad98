import type { Messages } from './fr';

/** English interface strings: same keys and placeholders as fr.ts. */
const en: Messages = {
  app: {
    myProgress: 'My progress',
    navigation: 'Main navigation',
    calls: 'Calls',
    loadError: 'The data file “{{file}}” could not be read ({{reason}}). The rest of the app still works.',
    retry: 'Try again',
    title: 'Décroche',
    tagline: 'Call simulator for call-centre operators',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  settings: {
    heading: 'Settings',
    interfaceLanguage: 'Interface language',
    soundOn: 'Sound on',
    soundOff: 'Sound off',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  library: {
    mode: 'Mode',
    callLanguage: 'Language of the calls',
    notTranslated: 'Not translated yet',
    heading: 'Choose a call',
    intro: 'Each call trains skills from the call-centre operator job profile (Le Forem, D140801-1).',
    empty: 'No scenarios available.',
    play: 'Play',
    playNamed: 'Play “{{title}}”',
    level: 'Level',
    language: 'Call language',
    caller: 'Person on the line',
    company: 'Company',
    competencies: 'Competencies practised',
    problemsHeading: 'Scenario files not loaded',
    problemsIntro: 'These files contain errors and were left out. The other calls can still be played.',
  },
  callTypes: {
    inbound: 'Inbound calls — customer service',
    'outbound-sales': 'Outbound calls — telesales',
    'outbound-survey': 'Outbound calls — surveys',
    helpdesk: 'Helpdesk — first line',
    emergency: 'Emergency calls — 112',
  },
  levels: { debutant: 'Beginner', intermediaire: 'Intermediate', avance: 'Advanced' },
  modes: {
    practice: 'Practice',
    exam: 'Exam',
    practiceHint: 'Feedback after each answer.',
    examHint:
      'Like the day of the validation: no feedback during the call, a result per competency at the end.',
  },
  problems: {
    place: '{{file}}, line {{line}}',
    placeNoLine: '{{file}}',
    'yaml-syntax': 'Malformed YAML: {{detail}}',
    'duplicate-key': 'duplicate key',
    'unknown-field': 'unknown field “{{field}}” ({{path}})',
    'missing-field': 'missing required field “{{field}}” ({{path}})',
    'invalid-value': '{{path}}: expected {{expected}}, found {{value}}',
    'unknown-competency': 'unknown competency {{value}} ({{path}})',
    'unknown-act': 'unknown act {{value}} ({{path}})',
    'unsupported-version': 'schemaVersion {{value}} is not supported (expected: 1)',
    'missing-target': '{{path}}: “{{target}}” is neither a step nor an ending',
    'unreachable-step': '“{{id}}” cannot be reached from the start',
    'dead-end-step': '{{path}}: no ending can be reached from this step',
    'duplicate-id': 'duplicate id ({{path}})',
    'id-mismatch': '{{path}}: the file is not placed or named as its content says',
  },
};

export default en;
