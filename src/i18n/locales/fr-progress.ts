import frAssignments from './fr-assignments';

/**
 * French strings of « Mon parcours » (profiles, history, portfolio): loaded with that page only.
 * nl-progress.ts and en-progress.ts have exactly the same keys.
 */
const frProgress = {
  ...frAssignments,
  xapi: {
    heading: 'Relevés pour votre formateur',
    intro:
      'Vos devoirs avec serveur de relevés (LRS) y envoient vos réponses et vos résultats. Ils attendent ici tant qu’ils ne sont pas partis.',
    pending: {
      one: '{{count}} relevé en attente d’envoi.',
      other: '{{count}} relevés en attente d’envoi.',
    },
    allSent: 'Tous vos relevés ont été envoyés.',
    sending: 'Envoi en cours…',
    offline: 'Vous êtes hors ligne : ils partiront dès le retour de la connexion.',
    network: 'Le serveur de relevés {{endpoint}} ne répond pas. Nouvel essai automatique à {{time}}.',
    server:
      'Le serveur de relevés {{endpoint}} est indisponible (erreur {{status}} : {{message}}). Nouvel essai automatique à {{time}}.',
    rejected:
      'Le serveur de relevés {{endpoint}} a refusé l’envoi (erreur {{status}}) : « {{message}} ». Les relevés sont conservés : prévenez votre formateur, puis réessayez.',
    credentials:
      'Le mot de passe ou l’identifiant du serveur de relevés contient des caractères qui ne peuvent pas être envoyés. Les relevés sont conservés : demandez à votre formateur un nouveau devoir.',
    damaged: '{{count}} relevé(s) endommagé(s) ont été écartés.',
    retry: 'Réessayer',
  },
  progress: {
    heading: 'Mon parcours',
    unavailable:
      'Ce navigateur ne permet pas d’enregistrer votre progression (stockage désactivé ou navigation privée). Les appels restent jouables, mais rien n’est conservé.',
    damagedRecords:
      '{{count}} enregistrement(s) endommagé(s) n’ont pas pu être lus et ont été laissés de côté ; tout le reste est chargé.',
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
};

export default frProgress;
export type ProgressMessages = typeof frProgress;
