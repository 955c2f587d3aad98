/** FR strings of the trainer area's « lms » section (namespace `lms`); same keys in every language. */
const frTrainerLms = {
  lms: {
    heading: 'Paquet SCORM pour une plateforme de formation',
    intro:
      'Le paquet contient les appels choisis, leurs voix et l’application. Une plateforme de formation (Moodle ou une autre plateforme SCORM 1.2) le lance et enregistre pour chaque stagiaire le score, l’achèvement et la réussite.',
    title: 'Titre de l’activité',
    titleHint: 'Le nom que les stagiaires verront sur la plateforme.',
    callLanguage: 'Langue des appels',
    mode: 'Mode',
    passMark: 'Note de réussite (%)',
    passMarkHint:
      'Le score de l’activité est la moyenne des appels (un appel pas encore joué compte 0). L’activité est réussie à partir de cette note. 0 : pas de note, l’activité est « terminée » quand tous les appels sont joués.',
    calls: 'Appels du devoir',
    callsHint:
      'Joués dans l’ordre de cette liste. Seuls les appels qui existent dans la langue choisie sont proposés.',
    chosen: 'Appels choisis : {{count}}',
    noCallInLanguage: 'Aucun appel n’existe dans cette langue.',
    callLine: '{{type}} · {{level}}',
    create: 'Créer le paquet SCORM',
    errors: {
      title: 'Donnez un titre à l’activité.',
      passMark: 'La note de réussite est un nombre entier de 0 à 100.',
      calls: 'Choisissez au moins un appel.',
      file: 'Impossible de lire « {{file}} » ({{reason}}). Aucun paquet n’a été créé. Réessayez ; si le fichier manque, l’application doit être reconstruite (npm run build).',
      missingScenario: 'L’appel « {{id}} » n’existe pas en {{language}}.',
      badShell: 'La page de l’application « {{file}} » n’a pas la forme attendue (pas de balise head).',
      tooManyCalls:
        '{{count}} appels : une plateforme SCORM 1.2 ne peut pas garder autant de résultats (4 096 caractères). Répartissez-les en plusieurs activités.',
      noCall: 'Le devoir ne contient aucun appel.',
      unexpected: 'Le paquet n’a pas pu être créé ({{reason}}).',
    },
    progressLabel: 'Création du paquet',
    progress: {
      reading: 'Lecture de la liste des fichiers… ({{done}} sur {{total}})',
      copying: 'Copie des fichiers : {{done}} sur {{total}}',
      zipping: 'Compression du paquet ({{total}} fichiers)…',
    },
    done: 'Paquet créé : {{file}} ({{size}}, {{count}} fichiers). Le téléchargement a commencé.',
    megabytes: '{{value}} Mo',
    kilobytes: '{{value}} ko',
    moodle: {
      heading: 'Importer le paquet dans Moodle',
      step1: 'Ouvrez le cours et activez le mode édition.',
      step2: 'Choisissez « Ajouter une activité ou ressource », puis « Paquetage SCORM ».',
      step3: 'Donnez un nom à l’activité et déposez le fichier .zip dans « Paquetage ».',
      step4:
        'Sous « Note », gardez la note maximale à 100 et choisissez la méthode d’évaluation (par exemple « Note la plus haute »), puis enregistrez.',
      note: 'Le score, l’état (terminé, réussi, échoué) et le temps passé de chaque stagiaire apparaissent dans les rapports de l’activité et dans le carnet de notes. Les autres plateformes SCORM 1.2 importent le même fichier.',
    },
    player: {
      intro:
        'Jouez chaque appel jusqu’au débriefing : votre résultat est envoyé à la plateforme de formation.',
      learner: 'Stagiaire : {{name}}',
      issuedBy: 'Donné par {{name}}',
      due: 'À faire pour le {{date}}',
      mode: 'Mode : {{mode}}.',
      practiceRule: 'Le meilleur résultat de chaque appel compte : rejouez autant que vous voulez.',
      examRule: 'Comme à la validation : seul le premier résultat de chaque appel compte.',
      passMark: 'Réussi si la moyenne des appels atteint {{mark}} % (un appel pas encore joué compte 0).',
      noPassMark: 'Pas de note de réussite : l’activité est terminée quand tous les appels sont joués.',
      callsHeading: 'Les appels',
      notPlayed: 'Pas encore joué',
      counted: 'Résultat retenu : {{score}} %',
      examDone: 'Examen joué : ce résultat est définitif.',
      missing: 'L’appel « {{id}} » manque dans le paquet : recréez le paquet depuis l’espace formateur.',
      summary: 'Score de l’activité : {{score}} % — {{status}} ({{played}} sur {{total}} appels joués)',
      status: {
        incomplete: 'en cours',
        passed: 'réussie',
        failed: 'non réussie',
        completed: 'terminée',
      },
      sent: 'Résultat enregistré par la plateforme.',
      noLms:
        'Aucune plateforme de formation n’a été trouvée autour de cette page. Les appels restent jouables, mais aucun résultat n’est enregistré.',
      refused:
        'La plateforme de formation a refusé d’ouvrir la session : les appels restent jouables, mais aucun résultat n’est enregistré.',
      lmsError: '{{call}} refusé par la plateforme : erreur {{code}} — {{message}}',
      diagnostic: 'Détail : {{diagnostic}}',
      review: 'Mode révision : la plateforme n’enregistre rien pendant cette visite.',
      noStorage:
        'Ce navigateur refuse le stockage local : les appels restent jouables, mais leurs résultats ne peuvent pas être transmis.',
      carriedProblem:
        'Les données laissées par une visite précédente n’ont pas pu être lues : les appels joués alors ne sont pas repris.',
      loadError:
        'Impossible de lire le fichier du devoir « {{file}} » ({{reason}}). Le paquet est incomplet ou endommagé : recréez-le depuis l’espace formateur.',
      finish: 'Terminer l’activité',
      finishHint:
        'Envoie le temps passé et ferme la session ; la plateforme le fait aussi quand vous quittez la page.',
      finished: 'Session terminée : vos résultats sont enregistrés. Vous pouvez fermer cette page.',
    },
  },
};

export default frTrainerLms;
