/** FR strings of the call's freeText feature (namespace `freeText`), merged into the screens' strings. */
const frFreeText = {
  freeText: {
    label: 'Ce que vous dites',
    hint: 'Tapez votre réponse comme vous la diriez au téléphone, puis Entrée (Maj+Entrée : nouvelle ligne).',
    send: 'Dire',
    empty: 'Tapez d’abord ce que vous diriez.',
    youSaid: 'Vous avez dit :',
    understood: 'Compris comme :',
    unsure: 'Je ne suis pas sûr d’avoir compris. Vouliez-vous dire l’une de ces deux réponses ?',
    noMatch:
      'Je n’ai pas reconnu votre réponse. Reformulez-la, ou choisissez l’une des deux réponses les plus proches.',
    closest: 'Réponses les plus proches',
    rephrase: 'Reformuler',
    loading: 'Chargement de la saisie libre…',
    unavailable: 'La saisie libre n’a pas pu être chargée : choisissez votre réponse dans la liste.',
    notInThisCall: 'Cet appel se joue avec les réponses proposées : la formulation exacte y compte.',
    writtenStep: 'Une note écrite se choisit parmi les propositions : sa formulation exacte compte.',
  },
};

export default frFreeText;
