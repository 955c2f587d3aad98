/** French interface strings: the reference locale; nl and en must have exactly the same keys. */
const fr = {
  app: {
    loadError:
      'Impossible de lire le fichier de données « {{file}} » ({{reason}}). Le reste de l’application fonctionne.',
    retry: 'Réessayer',
    title: 'Décroche',
    tagline: 'Simulateur d’appels pour opérateurs et opératrices de centre d’appels',
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
  },
  settings: {
    heading: 'Réglages',
    interfaceLanguage: 'Langue de l’interface',
    soundOn: 'Son activé',
    soundOff: 'Son coupé',
  },
  languages: { fr: 'Français', nl: 'Nederlands', en: 'English' },
  library: {
    callLanguage: 'Langue des appels',
    notTranslated: 'Pas encore traduit',
    heading: 'Choisissez un appel',
    intro:
      'Chaque appel entraîne des compétences du métier d’opérateur / opératrice call center (Le Forem, D140801-1).',
    empty: 'Aucun scénario disponible.',
    play: 'Jouer',
    playNamed: 'Jouer « {{title}} »',
    level: 'Niveau',
    language: 'Langue de l’appel',
    caller: 'Interlocuteur',
    company: 'Société',
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
  emotions: {
    neutral: 'neutre',
    calm: 'calme',
    friendly: 'aimable',
    hesitant: 'hésitant',
    confused: 'confus',
    annoyed: 'agacé',
    angry: 'en colère',
    anxious: 'inquiet',
    panicked: 'paniqué',
    suspicious: 'méfiant',
    hurried: 'pressé',
    relieved: 'soulagé',
    satisfied: 'satisfait',
  },
  ratings: {
    best: 'Meilleure réponse',
    good: 'Bonne réponse',
    weak: 'Réponse faible',
    wrong: 'Réponse à éviter',
  },
  outcomes: { success: 'Appel bien mené', partial: 'Appel en partie réussi', failure: 'Appel échoué' },
  call: {
    incoming: 'Appel entrant',
    outgoing: 'Appel sortant',
    ringingIncoming: '{{company}} — un appel entrant sonne.',
    ringingOutgoing: 'Appel sortant : vous allez appeler {{caller}} pour {{company}}.',
    pickUp: 'Décrocher',
    dial: 'Lancer l’appel',
    hangUp: 'Raccrocher',
    hangUpConfirm: 'Raccrocher maintenant ? L’appel sera interrompu.',
    abandon: 'Retour à la liste',
    agentScreen: 'Écran agent',
    youAre: 'Vous êtes {{agent}}, {{company}}',
    transcript: 'Conversation',
    options: 'Vos réponses',
    you: 'Vous',
    caller: '{{name}}',
    callerEmotion: '{{name}} ({{emotion}})',
    patience: 'Patience de l’interlocuteur',
    patienceValue: '{{value}} sur 10',
    feedback: 'Retour sur votre réponse',
    competencies: 'Compétences',
    ended: 'Fin de l’appel',
    endedByCaller: 'L’interlocuteur a raccroché.',
    endedByTrainee: 'Vous avez mis fin à l’appel.',
    showDebrief: 'Voir le débriefing',
    keyboardHint: 'Astuce : les touches 1 à 4 choisissent une réponse.',
    loadError: 'Impossible de charger ce scénario ({{key}}).',
  },
  debrief: {
    loweredByRules:
      'L’objectif est atteint, mais des règles de procédure n’ont pas été respectées : l’appel n’est que partiellement réussi.',
    heading: 'Débriefing',
    abandoned: 'Appel interrompu avant la fin.',
    overall: 'Score global',
    percent: '{{value}} %',
    byCompetency: 'Score par compétence',
    competency: 'Compétence du profil métier',
    score: 'Score',
    decisions: 'Vos décisions, une par une',
    decision: 'Décision {{number}}',
    callerSaid: 'L’interlocuteur',
    youSaid: 'Votre réponse',
    better: 'Meilleure option',
    rulesHeading: 'Règles de procédure à la fin de l’appel',
    ruleOk: 'Respectée',
    ruleBroken: 'Non respectée',
    noDecision: 'Aucune décision prise.',
    replay: 'Rejouer cet appel',
    back: 'Retour à la liste',
  },
  rules: {
    'location-first': {
      ok: 'Vous avez demandé le lieu exact avant toute autre question : les secours savent où aller même si l’appel coupe.',
      broken:
        'Une autre question est venue avant le lieu exact. Au 112, la localisation passe avant tout : commune, rue, numéro, accès.',
    },
    'callback-number': {
      ok: 'Vous avez obtenu un numéro de rappel.',
      broken:
        'Aucun numéro de rappel obtenu : si l’appel coupe, la centrale ne peut plus joindre l’appelant.',
    },
    'no-recording-notice-in-emergency': {
      ok: 'Pas d’annonce d’enregistrement : elle n’est pas requise pour un appel d’urgence et aurait retardé la localisation.',
      broken:
        'Annonce d’enregistrement dans un appel d’urgence : elle n’est pas requise et retarde la localisation.',
    },
    'operator-ends-call': {
      ok: 'C’est vous, l’opérateur, qui avez mis fin à l’appel.',
      broken:
        'L’appelant a raccroché avant vous : au 112, l’appelant reste en ligne jusqu’à ce que l’opérateur mette fin à l’appel.',
    },
    'recording-before-personal-data': {
      ok: 'L’annonce d’enregistrement (le fait, le but, la durée de conservation) est venue avant toute donnée personnelle.',
      broken:
        'Des données personnelles ont été demandées avant l’annonce d’enregistrement : chaque partie doit être informée avant que l’enregistrement commence.',
    },
    'identity-before-account-data': {
      ok: 'Identité vérifiée avant de communiquer ou de modifier des données du compte.',
      broken: 'Des données du compte ont été communiquées ou modifiées sans identité vérifiée.',
    },
    'no-card-readback': {
      ok: 'Vous n’avez pas relu de numéro de carte.',
      broken: 'Numéro de carte relu à voix haute : on ne répète jamais des données de paiement.',
    },
    'rephrase-before-solution': {
      ok: 'Vous avez reformulé le problème avant de proposer une solution.',
      broken:
        'Solution proposée avant d’avoir reformulé le problème : reformulez pour vérifier que vous avez bien compris.',
    },
    'opening-who-what-why': {
      ok: 'Ouverture complète : qui appelle, pour quelle société et dans quel but.',
      broken:
        'Ouverture incomplète : dites qui vous êtes, pour quelle société et le but commercial de l’appel dès le début.',
    },
    'do-not-call-honoured': {
      ok: 'Opposition au démarchage respectée sur-le-champ.',
      broken:
        'La personne s’est opposée au démarchage (« Ne m’appelez plus ») et la vente a continué : l’opposition se respecte immédiatement.',
    },
    'needs-before-offer': {
      ok: 'Besoins découverts avant de présenter l’offre.',
      broken: 'Offre présentée avant de connaître les besoins : la découverte vient d’abord.',
    },
    'conditions-before-closing': {
      ok: 'Conditions de vente données avant de demander la décision : prix total, durée, 14 jours de rétractation.',
      broken:
        'Décision demandée avant les conditions de vente : prix total, durée et droit de rétractation de 14 jours calendrier.',
    },
    'no-substitute-respondent': {
      ok: 'Rappel planifié pour la personne absente.',
      broken:
        'Quelqu’un d’autre a été interrogé à la place de la personne sélectionnée : on planifie un rappel, jamais un remplaçant.',
    },
    'no-selling-in-survey': {
      ok: 'Aucune vente sous couvert d’enquête.',
      broken: 'Une offre commerciale pendant une enquête : la vente sous couvert d’enquête est interdite.',
    },
    'recap-before-close': {
      ok: 'Vous avez récapitulé avant de conclure.',
      broken: 'Pas de récapitulatif avant la fin de l’appel.',
    },
    'proper-closing': {
      ok: 'Prise de congé correcte.',
      broken: 'L’appel s’est terminé sans prise de congé.',
    },
    'polite-register': {
      ok: 'Langage adapté : vouvoiement et mots simples, malgré les réponses tentantes.',
      broken: 'Tutoiement ou jargon avec l’interlocuteur.',
    },
    'no-blame': {
      ok: 'Aucun reproche à un partenaire ni au client.',
      broken: 'Vous avez rejeté la faute sur quelqu’un d’autre.',
    },
    'let-caller-speak': {
      ok: 'Vous avez laissé l’interlocuteur s’exprimer.',
      broken: 'Vous avez coupé la parole à l’interlocuteur.',
    },
    'no-unfounded-promise': {
      ok: 'Aucune promesse impossible à tenir.',
      broken: 'Promesse qui ne peut pas être garantie.',
    },
    'cpr-on-gasping': {
      ok: 'Respiration anormale (gasps) reconnue comme un arrêt cardiaque : massage cardiaque guidé par téléphone.',
      broken:
        'La victime ne respirait pas normalement (gasps) et le massage cardiaque n’a pas été guidé : des gasps ne sont pas une respiration.',
    },
    'ticket-logged': {
      ok: 'L’incident a été enregistré dans un ticket.',
      broken: 'Aucun ticket enregistré : chaque incident se consigne dans un ticket, un ticket par problème.',
    },
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
    'unsupported-version': 'schemaVersion {{value}} non pris en charge (attendu : 1)',
    'missing-target': '{{path}} : « {{target}} » n’est ni une étape ni une fin',
    'unreachable-step': '« {{id}} » ne peut pas être atteint depuis le début',
    'dead-end-step': '{{path}} : aucune fin ne peut être atteinte depuis cette étape',
    'duplicate-id': 'identifiant en double ({{path}})',
    'id-mismatch': '{{path}} : le fichier n’est pas rangé ou nommé comme son contenu l’indique',
  },
};

export default fr;
export type Messages = typeof fr;
