/** FR strings of the trainer area's « assign » section (namespace `assign`); same keys in every language. */
const frTrainerAssign = {
  assign: {
    heading: 'Composer un devoir',
    intro:
      'Choisissez des appels et des règles : vous obtenez un lien, un code QR et un code court à donner au groupe. Aucun serveur n’est nécessaire : le devoir tient tout entier dans le lien.',
    title: 'Titre du devoir',
    titleHint: 'Ce que les stagiaires verront, par exemple « Semaine 3 — appels entrants ».',
    issuedBy: 'Proposé par (facultatif)',
    issuedByHint: 'Votre nom et votre centre, affichés aux stagiaires.',
    callLanguage: 'Langue des appels',
    mode: 'Mode',
    scenarios: 'Appels du devoir',
    scenariosHint:
      'Cochez les appels dans l’ordre où ils doivent être joués ; l’ordre peut ensuite être modifié ci-dessous.',
    notInLanguage: 'pas disponible en {{language}}',
    languageNames: { fr: 'français', nl: 'néerlandais', en: 'anglais' },
    order: 'Ordre de passage',
    orderEmpty: 'Aucun appel choisi pour l’instant.',
    moveUp: 'Monter « {{title}} »',
    moveDown: 'Descendre « {{title}} »',
    remove: 'Retirer « {{title}} »',
    removeShort: 'Retirer',
    due: 'Date limite (facultatif)',
    dueHint: 'Après cette date, le devoir reste jouable mais il est signalé en retard.',
    passMark: 'Note de réussite (%)',
    passMarkHint: 'Score global qu’un appel doit atteindre pour compter comme réussi, de 0 à 100.',
    lrsHeading: 'Envoyer les résultats à un LRS (facultatif)',
    lrsIntro:
      'Si votre centre a un LRS (xAPI), les résultats de chaque appel du devoir y sont envoyés. Sinon, laissez ces champs vides : tout reste sur l’ordinateur du stagiaire.',
    lrsWarning:
      'Attention : la clé et le secret sont écrits dans le lien. Toute personne qui a le lien peut les lire. Utilisez une clé qui permet seulement d’écrire des résultats, jamais de les lire.',
    lrsEndpoint: 'Adresse xAPI du LRS',
    lrsEndpointHint: 'Commence par https:// et se termine par /, par exemple https://lrs.exemple.be/xapi/.',
    lrsUsername: 'Clé (écriture seule)',
    lrsPassword: 'Secret',
    create: 'Créer le devoir',
    notCreated: 'Le devoir n’a pas été créé : {{count}} champ(s) à corriger.',
    errors: {
      titleRequired: 'Indiquez un titre.',
      titleTooLong: 'Le titre compte au plus {{max}} caractères.',
      issuedByTooLong: 'Ce champ compte au plus {{max}} caractères.',
      scenariosNone: 'Choisissez au moins un appel.',
      scenariosTooMany: 'Un devoir compte au plus 40 appels.',
      scenariosMissingLanguage:
        'Pas disponible(s) en {{language}} : {{titles}}. Retirez ces appels ou choisissez une autre langue.',
      dueInvalid: 'Date non valide (attendu : jour, mois et année).',
      duePast: 'Cette date est déjà passée.',
      dueTooFar: 'Cette date est trop lointaine : choisissez-en une avant 2100.',
      passMarkInvalid: 'Indiquez un nombre entier de 0 à 100.',
      lrsEndpointInvalid: 'Adresse non valide : elle commence par https:// et se termine par /.',
      lrsUsernameRequired: 'Indiquez la clé donnée par le LRS.',
      lrsPasswordRequired: 'Indiquez le secret donné par le LRS.',
    },
    output: {
      heading: 'Devoir prêt : « {{title}} »',
      issuedBy: 'Proposé par {{name}}',
      summary: '{{count}} appel(s) · {{mode}} · appels en {{language}} · réussi à partir de {{passMark}} %',
      dueLine: 'à faire pour le {{date}}',
      noDue: 'sans date limite',
      intro:
        'Donnez au groupe le lien, le code QR ou le code court. En ouvrant le lien, chaque stagiaire ajoute le devoir à son profil.',
      link: 'Lien du devoir',
      copy: 'Copier le lien',
      copied: 'Lien copié.',
      copyFailed: 'Copie impossible ici : le lien est sélectionné, copiez-le avec Ctrl+C.',
      qr: 'Code QR du lien, à projeter ou à imprimer',
      qrAlt: 'Code QR du lien du devoir « {{title}} » (le même lien qu’au-dessus)',
      code: 'Code court',
      codeHint:
        'À dicter ou à écrire au tableau : les stagiaires le tapent dans « Mon parcours ». Il contient les appels, le mode, la langue, la note de réussite et la date limite ; ni le titre (le code en tient lieu) ni votre nom.',
      codeNoLrs:
        'Le code court ne contient pas les accès au LRS : les stagiaires qui l’utilisent gardent leurs résultats sur leur ordinateur. Pour le LRS, donnez le lien ou le code QR.',
      noCode: 'Pas de code court pour ce devoir (plus de 20 appels) : donnez le lien ou le code QR.',
      print: 'Imprimer la fiche du devoir',
      package: 'Créer le paquet SCORM de ce devoir',
    },
  },
};

export default frTrainerAssign;
