import frWrapUp from './fr-wrapup';
import frFreeText from './fr-freetext';
import frCallControls from './fr-controls';

/**
 * French strings of the screens that load on demand (call, debrief, progress): kept out of the first
 * screen's download. nl-screens.ts and en-screens.ts have exactly the same keys.
 */
const frScreens = {
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
    controls: 'Commandes d’appel',
    hold: 'Mettre en attente',
    resumeCall: 'Reprendre l’appel',
    pause: 'Pause',
    resumePractice: 'Reprendre',
    onHoldStatus: 'Appel en attente : l’interlocuteur entend la musique d’attente.',
    pausedStatus: 'Entraînement en pause : le temps est arrêté.',
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
    competencies: 'Compétences :',
    ended: 'Fin de l’appel',
    endedByCaller: 'L’interlocuteur a raccroché.',
    endedByTrainee: 'Vous avez mis fin à l’appel.',
    showDebrief: 'Voir le débriefing',
    keyboardHint: 'Astuce : les touches 1 à 4 choisissent une réponse.',
    loadError: 'Impossible de charger ce scénario ({{key}}).',
  },
  debrief: {
    handleTotal: 'Durée de traitement : {{minutes}} min {{seconds}} s',
    handleParts: '(conversation {{talk}} s, attente {{hold}} s, travail après l’appel {{afterCall}} s)',
    handleTarget: {
      within: 'Dans l’objectif de ce type d’appel ({{minutes}} min {{seconds}} s).',
      over: 'Un peu au-delà de l’objectif ({{minutes}} min {{seconds}} s) : cherchez ce qui peut aller plus vite sans rien sauter.',
      'far-over':
        'Nettement au-delà de l’objectif ({{minutes}} min {{seconds}} s) : l’appelant et la file d’attente le ressentent.',
    },
    prompts: 'l’interlocuteur a dû relancer {{count}} fois',
    loweredByRules:
      'L’objectif est atteint, mais des règles de procédure n’ont pas été respectées : l’appel n’est que partiellement réussi.',
    heading: 'Débriefing',
    abandoned: 'Appel interrompu avant la fin.',
    overall: 'Score global :',
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
    backToAssignments: 'Retour à mes devoirs',
  },
  exam: {
    heading: 'Résultat de l’examen',
    passed: 'Réussi',
    failed: 'Non réussi',
    weighted: 'moyenne pondérée {{value}} % (seuil {{threshold}} %)',
    weight: 'Poids',
    result: 'Résultat',
    eliminatory: 'éliminatoire',
    linePassed: 'Atteint',
    lineFailed: 'Non atteint',
    note: 'Chaque compétence observée est un critère : celles que l’appel vise comptent double ; le seuil est de {{threshold}} %. Un critère éliminatoire non atteint fait échouer l’examen. Préparation à une validation, pas un titre officiel.',
  },
  desk: {
    heading: 'Poste de travail',
    tabs: { record: 'Fiche client', knowledge: 'Base de connaissances', form: 'Formulaire' },
    nothingOpen:
      'Rien n’est ouvert : ouvrez la fiche client, cherchez dans la base de connaissances ou remplissez le formulaire quand l’appel le demande.',
    search: 'Rechercher dans la base de connaissances',
    results: '{{count}} résultat(s)',
    formHint: 'Ce que vous encodez est comparé à ce que l’appelant a dit : noms, adresses et numéros exacts.',
  },
  storage: {
    full: 'L’espace de stockage du navigateur est plein : votre dernière réponse n’a pas pu être enregistrée. Exportez vos données puis libérez de l’espace.',
    unavailable: 'Votre dernière réponse n’a pas pu être enregistrée (stockage indisponible).',
    dismiss: 'Compris',
  },
  rules: {
    'handover-service': {
      ok: 'Appel passé au bon service : {{expected}}.',
      broken: 'Appel passé à « {{value}} » ; c’est {{expected}} qui devait le reprendre.',
    },
    'handover-summary': {
      ok: 'Votre résumé de transmission contenait l’essentiel : {{expected}}.',
      broken:
        'Il manquait à votre résumé de transmission : {{missing}}. Le collègue devra le redemander à l’appelant.',
    },
    'no-reasking-screen-data': {
      ok: 'Vous avez lu à l’écran ce qui s’y trouvait, sans le redemander.',
      broken:
        'Vous avez redemandé une information déjà affichée à l’écran : l’appelant doit se répéter, et cela se remarque.',
    },
    'record-consulted': {
      ok: 'Vous avez ouvert la fiche client avant de répondre.',
      broken: 'Vous avez répondu sans ouvrir la fiche client, alors que la réponse s’y trouvait.',
    },
    'knowledge-consulted': {
      ok: 'Vous avez consulté « {{detail}} » avant de répondre.',
      broken: 'Vous avez répondu sans consulter « {{detail}} » dans la base de connaissances.',
    },
    'form-field': {
      ok: 'Champ « {{detail}} » correctement encodé.',
      broken: 'Champ « {{detail}} » : encodé « {{value}} », attendu « {{expected}} ».',
    },
    'services-dispatched': {
      ok: 'Services envoyés : {{expected}} — ce qu’il fallait.',
      broken: 'Services envoyés : « {{value}} » ; il fallait : {{expected}}.',
    },
    'priority-right': {
      ok: 'Priorité juste : {{expected}}.',
      broken: 'Priorité « {{value}} » ; selon l’impact et l’urgence, il fallait : {{expected}}.',
    },
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
  ...frWrapUp,
  ...frFreeText,
  ...frCallControls,
};

export default frScreens;
export type ScreenMessages = typeof frScreens;
