/** French strings of the first screen (the reference locale; nl and en have exactly the same keys). */
const fr = {
  app: {
    myProgress: 'Mon parcours',
    trainer: 'Espace formateur',
    navigation: 'Navigation principale',
    calls: 'Les appels',
    loadError:
      'Impossible de lire le fichier de données « {{file}} » ({{reason}}). Le reste de l’application fonctionne.',
    retry: 'Réessayer',
    title: 'Décroche',
    tagline: 'Simulateur d’appels pour opérateurs et opératrices de centre d’appels',
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
  },
  settings: {
    voiceOn: 'Voix de l’appelant activée',
    voiceOff: 'Voix de l’appelant coupée',
    volume: 'Volume',
    backgroundOn: 'Ambiance de plateau activée',
    backgroundOff: 'Ambiance de plateau désactivée',
    heading: 'Réglages',
    interfaceLanguage: 'Langue de l’interface',
    soundOn: 'Son activé',
    soundOff: 'Son coupé',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  library: {
    levelLine: 'Niveau : {{level}}',
    languageLine: 'Langue de l’appel : {{language}}',
    whoLine: 'Interlocuteur : {{caller}} · Société : {{company}}',
    mode: 'Mode',
    freeText: 'Taper mes réponses au lieu de les choisir (si l’appel le permet)',
    callLanguage: 'Langue des appels',
    notTranslated: 'Pas encore traduit',
    heading: 'Choisissez un appel',
    intro:
      'Chaque appel entraîne des compétences du métier d’opérateur / opératrice call center (Le Forem, D140801-1).',
    empty: 'Aucun scénario disponible.',
    play: 'Jouer',
    playNamed: 'Jouer « {{title}} »',
    competencies: 'Compétences travaillées',
    problemsHeading: 'Fichiers de scénario non chargés',
    problemsIntro:
      'Ces fichiers contiennent des erreurs et ont été laissés de côté. Les autres appels restent jouables.',
  },
  callTypes: {
    inbound: 'Appels entrants — service client',
    'outbound-sales': 'Appels sortants — télévente',
    'outbound-survey': 'Appels sortants — enquêtes',
    helpdesk: 'Helpdesk — première ligne',
    emergency: 'Appels d’urgence — 112',
  },
  levels: { debutant: 'Débutant', intermediaire: 'Intermédiaire', avance: 'Avancé' },
  modes: {
    practice: 'Entraînement',
    exam: 'Examen',
    practiceHint: 'Un retour après chaque réponse.',
    examHint:
      'Comme le jour de la validation : aucun retour pendant l’appel, un résultat par compétence à la fin.',
  },
  problems: {
    place: '{{file}}, ligne {{line}}',
    placeNoLine: '{{file}}',
    'yaml-syntax': 'YAML mal formé : {{detail}}',
    'duplicate-key': 'clé en double',
    'unknown-field': 'champ inconnu « {{field}} » ({{path}})',
    'missing-field': 'champ obligatoire manquant « {{field}} » ({{path}})',
    'invalid-value': '{{path}} : attendu {{expected}}, trouvé {{value}}',
    'unknown-competency': 'compétence inconnue {{value}} ({{path}})',
    'unknown-act': 'acte inconnu {{value}} ({{path}})',
    'unsupported-version': 'schemaVersion {{value}} non pris en charge (attendu : 1 ou 2)',
    'missing-target': '{{path}} : « {{target}} » n’est ni une étape ni une fin',
    'unreachable-step': '« {{id}} » ne peut pas être atteint depuis le début',
    'dead-end-step': '{{path}} : aucune fin ne peut être atteinte depuis cette étape',
    'duplicate-id': 'identifiant en double ({{path}})',
    'id-mismatch': '{{path}} : le fichier n’est pas rangé ou nommé comme son contenu l’indique',
  },
};

export default fr;
export type Messages = typeof fr;
