import type { Messages } from './fr';

/** Dutch (Belgian usage) interface strings: same keys and placeholders as fr.ts. */
const nl: Messages = {
  app: {
    myProgress: 'Mijn traject',
    trainer: 'Trainersruimte',
    navigation: 'Hoofdnavigatie',
    calls: 'De gesprekken',
    loadError:
      'Het gegevensbestand “{{file}}” kan niet worden gelezen ({{reason}}). De rest van de toepassing werkt.',
    retry: 'Opnieuw proberen',
    title: 'Décroche',
    tagline: 'Gesprekssimulator voor callcenteroperatoren',
    skipToContent: 'Naar de inhoud',
    loading: 'Laden…',
  },
  settings: {
    voiceOn: 'Stem van de beller aan',
    voiceOff: 'Stem van de beller uit',
    volume: 'Volume',
    backgroundOn: 'Callcentergeluid aan',
    backgroundOff: 'Callcentergeluid uit',
    heading: 'Instellingen',
    interfaceLanguage: 'Taal van de interface',
    soundOn: 'Geluid aan',
    soundOff: 'Geluid uit',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  library: {
    levelLine: 'Niveau: {{level}}',
    languageLine: 'Taal van het gesprek: {{language}}',
    whoLine: 'Gesprekspartner: {{caller}} · Bedrijf: {{company}}',
    mode: 'Modus',
    freeText: 'Mijn antwoorden typen in plaats van kiezen (als het gesprek het toelaat)',
    callLanguage: 'Taal van de gesprekken',
    notTranslated: 'Nog niet vertaald',
    heading: 'Kies een gesprek',
    intro: 'Elk gesprek traint vaardigheden uit het beroep van callcenteroperator (Le Forem, D140801-1).',
    empty: 'Geen scenario’s beschikbaar.',
    play: 'Spelen',
    playNamed: 'Spelen: “{{title}}”',
    competencies: 'Geoefende competenties',
    problemsHeading: 'Niet-geladen scenariobestanden',
    problemsIntro:
      'Deze bestanden bevatten fouten en werden overgeslagen. De andere gesprekken blijven speelbaar.',
  },
  callTypes: {
    inbound: 'Inkomende oproepen — klantendienst',
    'outbound-sales': 'Uitgaande oproepen — televerkoop',
    'outbound-survey': 'Uitgaande oproepen — enquêtes',
    helpdesk: 'Helpdesk — eerste lijn',
    emergency: 'Noodoproepen — 112',
  },
  levels: { debutant: 'Beginner', intermediaire: 'Gemiddeld', avance: 'Gevorderd' },
  modes: {
    practice: 'Oefenen',
    exam: 'Examen',
    practiceHint: 'Feedback na elk antwoord.',
    examHint:
      'Zoals op de dag van de validering: geen feedback tijdens het gesprek, een resultaat per competentie op het einde.',
  },
  problems: {
    place: '{{file}}, regel {{line}}',
    placeNoLine: '{{file}}',
    'yaml-syntax': 'Ongeldige YAML: {{detail}}',
    'duplicate-key': 'dubbele sleutel',
    'unknown-field': 'onbekend veld “{{field}}” ({{path}})',
    'missing-field': 'verplicht veld “{{field}}” ontbreekt ({{path}})',
    'invalid-value': '{{path}}: verwacht {{expected}}, gevonden {{value}}',
    'unknown-competency': 'onbekende competentie {{value}} ({{path}})',
    'unknown-act': 'onbekende handeling {{value}} ({{path}})',
    'unsupported-version': 'schemaVersion {{value}} wordt niet ondersteund (verwacht: 1 of 2)',
    'missing-target': '{{path}}: “{{target}}” is geen stap en geen einde',
    'unreachable-step': '“{{id}}” is niet bereikbaar vanaf het begin',
    'dead-end-step': '{{path}}: vanaf deze stap is geen enkel einde bereikbaar',
    'duplicate-id': 'dubbele id ({{path}})',
    'id-mismatch':
      '{{path}}: het bestand staat niet op de plaats of heeft niet de naam die de inhoud aangeeft',
  },
};

export default nl;
