/** NL strings of the call's freeText feature (namespace `freeText`), merged into the screens' strings. */
const nlFreeText = {
  freeText: {
    label: 'Wat u zegt',
    hint: 'Typ uw antwoord zoals u het aan de telefoon zou zeggen en druk op Enter (Shift+Enter: nieuwe regel).',
    send: 'Zeggen',
    empty: 'Typ eerst wat u zou zeggen.',
    youSaid: 'U zei:',
    understood: 'Begrepen als:',
    unsure: 'Ik weet niet zeker of ik het goed begrepen heb. Bedoelde u een van deze twee antwoorden?',
    noMatch:
      'Ik heb uw antwoord niet herkend. Formuleer het anders, of kies een van de twee antwoorden die er het dichtst bij liggen.',
    closest: 'Antwoorden die er het dichtst bij liggen',
    rephrase: 'Anders formuleren',
    loading: 'Vrije invoer wordt geladen…',
    unavailable: 'De vrije invoer kon niet geladen worden: kies uw antwoord uit de lijst.',
    notInThisCall: 'Dit gesprek speelt u met de voorgestelde antwoorden: de precieze formulering telt hier.',
    writtenStep: 'Een geschreven notitie kiest u uit de voorstellen: de precieze formulering telt.',
  },
};

export default nlFreeText;
