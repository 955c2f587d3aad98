/** FR strings of the trainer area's « cohort » section (namespace `cohort`); same keys in every language. */
const frTrainerCohort = {
  cohort: {
    heading: 'Résultats du groupe',
    intro:
      'Chaque stagiaire exporte son fichier de résultats depuis « Mon parcours » (bouton « Exporter mes données ») et vous le transmet. Importez ici tous les fichiers à la fois : la vue rassemble les stagiaires, leurs compétences, les taux de réussite et les décisions le plus souvent manquées.',
    privacy:
      'Les résultats importés restent dans cet onglet, en mémoire : ils ne sont enregistrés nulle part, ne créent aucun profil de stagiaire et disparaissent quand vous fermez ou rechargez la page.',
    checksum:
      'Chaque fichier porte une somme de contrôle qui repère un fichier endommagé ; elle ne protège pas contre une modification volontaire et ne prouve donc pas l’authenticité des résultats.',
    drop: {
      heading: 'Importer des fichiers de résultats',
      zone: 'Déposez ici les fichiers .json de vos stagiaires, ou choisissez-les :',
      input: 'Choisir des fichiers de résultats (.json)',
      limits: 'Au plus {{perFile}} Mo par fichier et {{total}} Mo pour les fichiers importés ensemble.',
      reading: 'Lecture de {{count}} fichier(s)…',
    },
    report: {
      heading: 'Rapport d’import',
      summary: 'Dernier import : {{accepted}} fichier(s) importé(s), {{rejected}} refusé(s).',
      accepted: 'Importé',
      acceptedWithNotes: 'Importé, avec remarques',
      rejected: 'Refusé',
      imported:
        '« {{file}} » : {{trainee}}, {{attempts}} appel(s) dans le fichier — {{added}} nouveau(x), {{duplicates}} déjà importé(s).',
      conflict:
        'Deux copies différentes de l’appel « {{scenario}} » commencé le {{date}} (l’autre vient de « {{other}} ») : la plus avancée est gardée, celle de « {{kept}} ».',
      unknown:
        '{{count}} appel(s) de « {{scenario}} » laissé(s) de côté : cet appel n’existe pas dans la bibliothèque de cette application.',
      otherVersion:
        '{{count}} appel(s) de « {{scenario}} » joué(s) sur une autre version de cet appel : comptés dans les scores, mais pas dans l’analyse des décisions (les étapes ont pu changer).',
      unrecorded:
        '{{count}} appel(s) de « {{scenario}} » enregistré(s) sans version (application plus ancienne) : comptés dans les scores, mais pas dans l’analyse des décisions.',
      errors: {
        tooLarge:
          '« {{file}} » n’a pas été lu : il pèse {{size}} Mo, plus que la limite de {{limit}} Mo par fichier de résultats.',
        batchTooLarge:
          '« {{file}} » n’a pas été lu : les fichiers déposés ensemble dépassent {{limit}} Mo. Importez celui-ci dans un second temps.',
        unreadable: '« {{file}} » : le navigateur n’a pas pu lire ce fichier.',
        notJson:
          '« {{file}} » : ce n’est pas du JSON valide. Attendu : le fichier exporté par « Exporter mes données », sans modification.',
        notJsonAt:
          '« {{file}} » : ce n’est pas du JSON valide (ligne {{line}}, colonne {{column}}). Attendu : le fichier exporté par « Exporter mes données », sans modification.',
        truncated:
          '« {{file}} » : le fichier s’arrête au milieu des données (ligne {{line}}, colonne {{column}}) ; il a sans doute été coupé pendant la copie. Demandez au stagiaire de l’exporter à nouveau.',
        foreign:
          '« {{file}} » : ce fichier JSON n’est pas un fichier de résultats Décroche (attendu : le fichier exporté par « Exporter mes données »).',
        version:
          '« {{file}} » : version de format {{version}} inconnue (attendu : {{expected}}). Il vient peut-être d’une version plus récente de l’application.',
        checksum:
          '« {{file}} » : la somme de contrôle ne correspond pas au contenu ; le fichier est endommagé ou a été modifié.',
        record: '« {{file}} » : {{where}} illisible ({{issue}}).',
        unknownScenarios:
          '« {{file}} » : ses appels ({{scenarios}}) n’existent pas dans la bibliothèque de cette application.',
      },
      whereProfile: 'le profil',
      whereAttempt: 'l’appel n° {{number}}',
    },
    empty: 'Aucun résultat importé pour l’instant.',
    clear: 'Vider la vue',
    cleared: 'Vue vidée : tous les résultats importés ont été oubliés.',
    filters: {
      heading: 'Filtrer les résultats',
      callType: 'Type d’appel',
      mode: 'Mode',
      assignment: 'Devoir',
      from: 'Appels commencés à partir du',
      to: 'jusqu’au',
      all: 'Tous',
      counted: '{{trainees}} stagiaire(s), {{attempts}} appel(s) retenu(s) par les filtres.',
    },
    heatmap: {
      heading: 'Compétences par stagiaire',
      caption:
        'Résultat moyen de chaque stagiaire par compétence, sur ses appels terminés (nombre d’appels entre parenthèses).',
      trainee: 'Stagiaire',
      scroll: 'Tableau des compétences par stagiaire (défile horizontalement)',
      calls: '{{count}} appel(s)',
      none: 'pas de résultat',
      legend: 'Légende des couleurs',
      bands: {
        'to-work': 'À travailler : moins de 50 %',
        'in-progress': 'En cours : de 50 % à moins de 80 %',
        reached: 'Acquise : 80 % et plus',
      },
      bandNames: { 'to-work': 'à travailler', 'in-progress': 'en cours', reached: 'acquise' },
      noCompetency: 'Aucun appel terminé ne donne encore de résultat par compétence.',
    },
    pass: {
      heading: 'Taux de réussite par appel',
      mark: 'Seuil de réussite (résultat global, %)',
      markHint:
        'Un stagiaire réussit un appel quand son meilleur appel terminé atteint le seuil ; un appel jamais terminé compte comme non réussi.',
      caption: 'Stagiaires ayant réussi chaque appel, au seuil de {{mark}} %.',
      scenario: 'Appel',
      callType: 'Type',
      passed: 'Ont réussi / ont joué',
      rate: 'Taux de réussite',
      meanBest: 'Meilleur résultat moyen',
      none: 'Aucun appel joué dans la sélection.',
    },
    missed: {
      heading: 'Décisions le plus souvent manquées',
      intro:
        'Les étapes où la meilleure réponse a le moins souvent été donnée, sur les appels joués sur la version actuelle de chaque appel.',
      step: 'Étape « {{step}} » de « {{scenario}} »',
      caller: 'L’appelant : « {{line}} »',
      noCaller: 'Le stagiaire parle en premier.',
      share:
        'Meilleure réponse manquée dans {{share}} des appels ({{missed}} sur {{attempts}}), par {{missedTrainees}} stagiaire(s) sur {{trainees}}.',
      common: 'Réponse le plus souvent donnée à la place : « {{text}} » ({{rating}}, {{count}} fois).',
      best: 'Meilleure réponse : « {{text}} »',
      ratings: { best: 'la meilleure', good: 'bonne', weak: 'faible', wrong: 'à éviter' },
      none: 'Aucune décision manquée dans les appels comparés.',
      excludedHeading: 'Appels laissés hors de cette analyse',
      excluded: {
        'other-version':
          '{{count}} appel(s) de « {{scenario}} » joué(s) sur une autre version : les étapes ont pu changer ; ils comptent dans les scores ci-dessus.',
        'no-version':
          '{{count}} appel(s) de « {{scenario}} » enregistré(s) sans version : ils comptent dans les scores ci-dessus.',
        'scenario-unavailable':
          '{{count}} appel(s) de « {{scenario}} » : le fichier de cet appel n’a pas pu être chargé.',
      },
      showAll: 'Afficher les {{count}} décisions',
      showFewer: 'N’afficher que les {{count}} premières',
    },
    csv: {
      heading: 'Télécharger en CSV',
      intro: 'Les fichiers reprennent les filtres ci-dessus et s’ouvrent dans un tableur (UTF-8).',
      separator: 'Séparateur',
      semicolon: 'Point-virgule (;) et virgule décimale : tableurs en français ou en néerlandais',
      comma: 'Virgule (,) et point décimal : tableurs en anglais',
      matrix: 'Télécharger les compétences par stagiaire (CSV)',
      passRates: 'Télécharger les taux de réussite (CSV)',
      missed: 'Télécharger les décisions manquées (CSV)',
      saved: 'Fichier « {{file}} » téléchargé.',
      files: {
        matrix: 'groupe-competences',
        passRates: 'groupe-reussite',
        missed: 'groupe-decisions-manquees',
      },
      columns: {
        trainee: 'Stagiaire',
        ended: 'Appels terminés',
        mean: '{{competency}} (%)',
        count: '{{competency}} (appels)',
        scenario: 'Appel',
        key: 'Identifiant',
        callType: 'Type d’appel',
        trainees: 'Stagiaires',
        endedTrainees: 'Stagiaires ayant terminé',
        passed: 'Stagiaires ayant réussi',
        rate: 'Taux de réussite (%)',
        meanBest: 'Meilleur résultat moyen (%)',
        mark: 'Seuil (%)',
        step: 'Étape',
        caller: 'Réplique de l’appelant',
        attempts: 'Appels',
        missedAttempts: 'Appels sans la meilleure réponse',
        share: 'Part manquée (%)',
        missedTrainees: 'Stagiaires ayant manqué',
        best: 'Meilleure réponse',
        common: 'Réponse la plus fréquente à la place',
        commonRating: 'Jugement',
        commonCount: 'Nombre de fois',
      },
    },
  },
};

export default frTrainerCohort;
