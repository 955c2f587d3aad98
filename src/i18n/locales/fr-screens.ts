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
    handleTime: 'Durée de traitement : {{minutes}} min {{seconds}} s (dont {{hold}} s en attente)',
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
  },
  progress: {
    heading: 'Mon parcours',
    unavailable:
      'Ce navigateur ne permet pas d’enregistrer votre progression (stockage désactivé ou navigation privée). Les appels restent jouables, mais rien n’est conservé.',
    storageFull:
      'L’espace de stockage du navigateur est plein : votre dernière réponse n’a pas pu être enregistrée. Exportez vos données puis libérez de l’espace.',
    storageUnavailable: 'Votre dernière réponse n’a pas pu être enregistrée (stockage indisponible).',
    dismiss: 'Compris',
    damagedRecords:
      '{{count}} enregistrement(s) endommagé(s) n’ont pas pu être lus et ont été laissés de côté ; tout le reste est chargé.',
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
  profiles: {
    heading: 'Qui s’entraîne ?',
    intro:
      'Plusieurs stagiaires peuvent utiliser ce navigateur : chacun ouvre son profil et ne voit que ses propres appels.',
    current: 'Profil ouvert : {{name}}',
    none: 'Aucun profil ouvert. Ouvrez le vôtre ou créez-en un.',
    close: 'Fermer mon profil (changer de stagiaire)',
    listHeading: 'Profils sur ce navigateur',
    empty: 'Aucun profil pour l’instant.',
    active: 'ouvert',
    locked: 'protégé par un code',
    openNamed: 'Ouvrir le profil « {{name}} »',
    pinFor: 'Code à 4 chiffres du profil « {{name}} »',
    unlock: 'Ouvrir',
    cancel: 'Annuler',
    wrongPin: 'Code incorrect : le profil « {{name}} » n’a pas été ouvert.',
    createHeading: 'Créer un profil',
    name: 'Votre nom',
    nameHint:
      'Un prénom et une initiale suffisent. Les autres stagiaires de ce navigateur verront ce nom dans la liste.',
    pin: 'Code à 4 chiffres (facultatif)',
    pinConfirm: 'Répétez le code',
    pinNotice:
      'Le code empêche vos collègues d’ouvrir votre historique ; il ne protège pas contre le propriétaire de l’ordinateur.',
    pinKeep: 'Retenez-le : un code oublié ne peut pas être retrouvé.',
    create: 'Créer et ouvrir mon profil',
    nameRequired: 'Indiquez un nom.',
    nameTooLong: 'Le nom compte au plus 60 caractères.',
    nameTaken:
      'Un profil « {{name}} » existe déjà sur ce navigateur : ajoutez par exemple l’initiale de votre nom de famille.',
    pinInvalid: 'Le code doit compter exactement 4 chiffres.',
    pinMismatch: 'Les deux codes ne sont pas identiques.',
    rename: 'Renommer mon profil',
    newName: 'Nouveau nom',
    saveName: 'Enregistrer le nom',
    renamed: 'Profil renommé en « {{name}} ».',
    dataHeading: 'Mes données',
    export: 'Exporter mes données',
    exportHint:
      'Télécharge un fichier avec votre nom et tous vos appels (sans votre code), à garder ou à importer sur un autre ordinateur.',
    checksumNotice:
      'Le fichier porte une somme de contrôle : elle permet de repérer un fichier endommagé, mais ne protège pas contre une modification volontaire.',
    exported: 'Fichier « {{file}} » téléchargé.',
    import: 'Importer un fichier de données (.json)',
    importHint:
      'Les appels importés s’ajoutent à ceux déjà présents : rien n’est remplacé. Un profil inconnu sur ce navigateur est créé.',
    importing: 'Import en cours…',
    importedInto: '« {{file}} » importé dans le profil « {{name}} ».',
    importedNew: '« {{file}} » importé : profil « {{name}} » créé.',
    summary: '{{added}}, {{present}}, {{conflicts}}.',
    added: { one: '{{count}} appel ajouté', other: '{{count}} appels ajoutés' },
    present: { one: '{{count}} déjà présent', other: '{{count}} déjà présents' },
    conflicts: {
      none: 'aucun conflit',
      one: '{{count}} conflit : l’existant est conservé',
      other: '{{count}} conflits : l’existant est conservé',
    },
    conflictsHeading: 'Appels en conflit (version de ce navigateur conservée)',
    conflictItem: '{{scenario}}, commencé le {{date}}',
    importedName: '{{name}} (importé)',
    whereProfile: 'le profil',
    whereAttempt: 'l’appel n° {{number}}',
    errors: {
      tooLarge:
        '« {{file}} » n’a pas été importé : il pèse {{size}} Mo, alors qu’un fichier de données Décroche fait au plus 5 Mo.',
      unreadable:
        '« {{file}} » n’a pas été importé : le navigateur n’a pas pu le lire. Attendu : un fichier de données Décroche (.json).',
      notJson:
        '« {{file}} » n’a pas été importé : son contenu n’est pas du JSON complet (fichier tronqué ou d’un autre type). Attendu : un fichier exporté par Décroche.',
      foreign:
        '« {{file}} » n’a pas été importé : ce n’est pas un fichier de données Décroche (attendu : format « decroche-progress », version 1).',
      version:
        '« {{file}} » n’a pas été importé : version {{version}} du format non prise en charge (attendu : version 1).',
      checksum:
        '« {{file}} » n’a pas été importé : la somme de contrôle ne correspond pas au contenu, le fichier a été endommagé ou modifié (attendu : le fichier tel qu’il a été exporté).',
      record:
        '« {{file}} » n’a pas été importé : {{where}} est invalide ({{issue}}). Attendu : un profil et des appels au format Décroche.',
      write:
        '« {{file}} » n’a pas été importé : le navigateur a refusé l’enregistrement. Rien n’a été modifié.',
    },
  },
  history: {
    heading: 'Historique et maîtrise',
    empty:
      'Aucun appel pour l’instant. Après votre premier appel, vous trouverez ici votre historique, votre maîtrise par compétence et votre portfolio.',
    noResults:
      'Aucun appel terminé pour l’instant : la maîtrise se calcule sur les appels menés jusqu’à la fin.',
    attempts: 'Tous vos appels',
    attemptsCount: '{{count}} appel(s), du plus récent au plus ancien.',
    mode: 'Mode',
    result: 'Issue',
    score: 'Score global',
    scoreOf: 'score global {{value}}',
    durationOf: 'durée {{value}}',
    durationValue: '{{minutes}} min {{seconds}} s',
    durationSeconds: '{{seconds}} s',
    abandoned: 'Appel interrompu',
    inProgress: 'Appel en cours',
    notScored: '—',
    showDecisions: 'Voir les décisions ({{count}})',
    hideDecisions: 'Masquer les décisions',
    decisionsOf: 'Décisions de l’appel « {{title}} » du {{date}}',
    noDecision: 'Aucune décision prise.',
    decisionAt: 'À {{seconds}} s',
    decisionThinking: '(+{{seconds}} s)',
    decisionIds: 'étape « {{step}} », réponse « {{option}} »',
    showAll: 'Voir tout l’historique ({{count}} appels)',
    mastery: 'Maîtrise par compétence au fil des appels',
    masteryRule:
      'Maîtrise = moyenne de vos {{window}} derniers résultats pour la compétence (moins au début). À travailler sous {{working}} %, en cours jusqu’à {{reached}} %, acquise à partir de {{reached}} %.',
    competency: 'Compétence',
    chartLabel:
      'Maîtrise de « {{competency}} » sur {{count}} résultat(s) : de {{first}} % à {{last}} %. Le tableau qui suit donne les mêmes chiffres.',
    legendMastery: 'Maîtrise (moyenne des {{window}} derniers résultats)',
    legendResult: 'Résultat de chaque appel',
    chartTable: 'Résultats pour « {{competency}} », appel par appel',
    date: 'Date',
    call: 'Appel',
    callResult: 'Résultat de l’appel',
    masteryValue: 'Maîtrise',
    percent: '{{value}} %',
    summary: 'Où vous en êtes, compétence par compétence',
    summaryCaption: 'Toutes les compétences observées, de la plus faible à la plus forte',
    results: 'Résultats',
    latest: 'Dernier résultat',
    best: 'Meilleur résultat',
    band: 'Niveau atteint',
    bands: { 'to-work': 'À travailler', 'in-progress': 'En cours', reached: 'Acquise' },
    strengths: 'Points forts et points à travailler',
    strongest: 'Vos points forts',
    weakest: 'À travailler en priorité',
    notRanked:
      'Il faut au moins {{count}} résultats pour une même compétence avant de dégager vos points forts et vos points à travailler.',
    next: 'Prochain appel conseillé',
    nextWeakest: 'Pour travailler « {{competency}} » (maîtrise {{mastery}}). Niveau conseillé : {{level}}.',
    nextFirst: 'Pour commencer : un appel de niveau {{level}}.',
    nearestLevel: 'Aucun appel de ce niveau n’entraîne cette compétence : voici le niveau le plus proche.',
    start: 'Lancer « {{title}} »',
    noNext: 'Aucun appel disponible dans la bibliothèque.',
    portfolio: {
      heading: 'Portfolio',
      intro:
        'Un relevé imprimable de votre entraînement, à enregistrer en PDF ou à montrer à votre formateur.',
      print: 'Imprimer mon portfolio',
      close: 'Fermer le portfolio',
      title: 'Portfolio d’entraînement — {{name}}',
      note: 'Relevé d’entraînement sur le simulateur Décroche, en préparation à une validation des compétences du métier d’opérateur / opératrice call center (profil Le Forem D140801-1). Ce document n’est pas un titre officiel.',
      trainee: 'Stagiaire',
      period: 'Période',
      periodValue: 'du {{from}} au {{to}}',
      calls: 'Appels terminés',
      callsValue: '{{count}} (dont {{exams}} en mode examen) ; {{abandoned}} appel(s) interrompu(s)',
      printedOn: 'Imprimé le',
      competencies: 'Compétences travaillées',
      profileWording: 'Compétence (libellé du profil métier)',
      attempts: 'Appels terminés',
      footer:
        'Maîtrise = moyenne des {{window}} derniers résultats de la compétence. Préparation à une validation, pas un titre officiel.',
    },
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
  rules: {
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
};

export default frScreens;
export type ScreenMessages = typeof frScreens;
