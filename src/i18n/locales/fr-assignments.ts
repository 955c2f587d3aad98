/**
 * French strings of trainers' assignments on the trainee's side (namespace `assignments`): the « Devoir
 * reçu » dialog and « Mes devoirs » in « Mon parcours ». Spread into fr-progress.ts, loaded with it.
 * nl-assignments.ts and en-assignments.ts have exactly the same keys.
 */
const frAssignments = {
  assignments: {
    received: 'Devoir reçu',
    reading: 'Lecture du devoir…',
    libraryError:
      'La liste des appels n’a pas pu être chargée : le devoir ne peut pas être vérifié pour l’instant.',
    refused: 'Ce devoir ne peut pas être ajouté.',
    nothingChanged:
      'Rien n’a été enregistré ni modifié. Demandez à votre formateur ou formatrice de vous renvoyer le lien ou le code.',
    close: 'Fermer',
    problems: {
      linkTruncated:
        'Le lien est incomplet : il a été coupé (copié en partie, ou coupé par une messagerie). Attendu : le lien entier, tel qu’il a été donné.',
      codeTruncated: 'Le code est incomplet : il manque des caractères (ou il y en a en trop).',
      linkCorrupted:
        'Le lien a été modifié ou abîmé : sa somme de contrôle ne correspond plus à son contenu (un caractère changé, ajouté ou retiré).',
      codeCorrupted:
        'Le code ne correspond pas à sa clé de contrôle : un caractère est mal tapé, en trop, manquant ou inversé avec son voisin.',
      version:
        'Ce devoir a été créé par une autre version de Décroche (format {{version}}) ; celle-ci lit le format 1.',
      foreign:
        'Ce lien ne contient pas de devoir Décroche (lien d’un autre site, ou données d’un autre outil).',
      tooLong: 'Ce lien est bien trop long pour être un devoir Décroche.',
      badCharacter:
        'Le code contient « {{character}} », qui n’existe dans aucun code de devoir (attendu : chiffres et lettres, sans U).',
      invalidField:
        'Le devoir contient une valeur impossible pour {{field}} : il a sans doute été modifié à la main.',
      unknownScenarios:
        'Ce devoir demande des appels que cette version de Décroche ne contient pas : {{ids}}.',
      missingLanguage:
        'Ces appels n’existent pas en {{language}} dans cette version de Décroche : {{titles}}.',
    },
    fields: {
      id: 'l’identifiant',
      title: 'le titre',
      scenarios: 'la liste des appels',
      mode: 'le mode',
      callLanguage: 'la langue des appels',
      due: 'la date limite',
      passMark: 'la note de réussite',
      lrs: 'le serveur de résultats (LRS)',
      issuedBy: 'le nom de qui l’a donné',
      createdAt: 'la date de création',
      unknown: 'son contenu',
    },
    languageNames: { fr: 'français', nl: 'néerlandais', en: 'anglais' },
    from: 'Donné par {{name}}',
    modeLine: 'Mode : {{mode}}',
    languageLine: 'Langue des appels : {{language}}',
    passMarkLine: 'Réussi à partir de {{passMark}} % de score global',
    noDue: 'Sans date limite',
    due: 'À faire pour le {{date}}',
    overdue: 'En retard : la date limite était le {{date}}.',
    calls: 'Appels à jouer, dans cet ordre ({{count}}) :',
    lrsNotice:
      'Les résultats de ces appels seront aussi envoyés au serveur de résultats de votre formateur ou formatrice ({{host}}).',
    unavailable:
      'Ce navigateur ne peut rien enregistrer (stockage désactivé ou navigation privée) : le devoir ne peut pas être ajouté.',
    saveIn: 'Enregistrer le devoir dans le profil',
    openProfile: 'ouvert',
    locked: 'protégé par un code',
    newProfile: 'Nouveau profil',
    newProfileName: 'Nom du nouveau profil',
    pinFor: 'Code à 4 chiffres du profil « {{name}} »',
    wrongPin: 'Code incorrect : le profil « {{name}} » n’a pas été ouvert et le devoir n’a pas été ajouté.',
    writeFailed: 'Le navigateur a refusé l’enregistrement : le devoir n’a pas été ajouté.',
    accept: 'Accepter le devoir',
    decline: 'Refuser',
    added: 'Devoir « {{title}} » ajouté au profil « {{name}} ».',
    duplicate: 'Le profil « {{name}} » a déjà le devoir « {{title}} » : rien n’a changé.',
    openList: 'Voir mes devoirs',
    panel: {
      heading: 'Mes devoirs',
      empty:
        'Aucun devoir pour l’instant. Ouvrez le lien donné par votre formateur ou formatrice, ou tapez son code ci-dessous.',
      codeHeading: 'Ajouter un devoir avec son code',
      codeLabel: 'Code du devoir',
      codeHint:
        'Le code dicté ou écrit au tableau, par exemple DC-4K2M-7QXA-…. Majuscules, tirets et espaces ne comptent pas.',
      readCode: 'Lire le code',
      codeRequired: 'Tapez le code du devoir.',
    },
    complete: 'Devoir terminé : tous les appels sont réussis.',
    progress: '{{passed}} appel(s) réussi(s) sur {{total}}',
    status: { 'not-started': 'Pas commencé', played: 'Joué, pas encore réussi', passed: 'Réussi' },
    best: 'meilleur score {{score}} %',
    playShort: 'Jouer',
    play: 'Jouer « {{title}} » (devoir « {{assignment}} »)',
    gone: 'Cet appel n’est plus dans la bibliothèque.',
  },
};

export default frAssignments;
