/** NL strings of the trainer area's « assign » section (namespace `assign`); same keys in every language. */
const nlTrainerAssign = {
  assign: {
    heading: 'Een opdracht samenstellen',
    intro:
      'Kies gesprekken en regels: u krijgt een link, een QR-code en een korte code om aan de groep te geven. Er is geen server nodig: de hele opdracht zit in de link.',
    title: 'Titel van de opdracht',
    titleHint: 'Wat de cursisten zien, bijvoorbeeld « Week 3 — inkomende gesprekken ».',
    issuedBy: 'Gegeven door (facultatief)',
    issuedByHint: 'Uw naam en uw centrum, getoond aan de cursisten.',
    callLanguage: 'Taal van de gesprekken',
    mode: 'Modus',
    scenarios: 'Gesprekken van de opdracht',
    scenariosHint:
      'Vink de gesprekken aan in de volgorde waarin ze gespeeld moeten worden; de volgorde kunt u hieronder nog wijzigen.',
    notInLanguage: 'niet beschikbaar in het {{language}}',
    languageNames: { fr: 'Frans', nl: 'Nederlands', en: 'Engels' },
    order: 'Volgorde',
    orderEmpty: 'Nog geen gesprek gekozen.',
    moveUp: '« {{title}} » naar boven',
    moveDown: '« {{title}} » naar beneden',
    remove: '« {{title}} » verwijderen',
    removeShort: 'Verwijderen',
    due: 'Uiterste datum (facultatief)',
    dueHint: 'Na deze datum blijft de opdracht speelbaar, maar ze wordt als te laat gemarkeerd.',
    passMark: 'Slaaggrens (%)',
    passMarkHint: 'Totaalscore die een gesprek moet halen om als geslaagd te tellen, van 0 tot 100.',
    lrsHeading: 'Resultaten naar een LRS sturen (facultatief)',
    lrsIntro:
      'Heeft uw centrum een LRS (xAPI), dan worden de resultaten van elk gesprek van de opdracht daarheen gestuurd. Zo niet, laat deze velden leeg: alles blijft op de computer van de cursist.',
    lrsWarning:
      'Let op: de sleutel en het geheim staan in de link. Iedereen die de link heeft, kan ze lezen. Gebruik een sleutel die alleen resultaten mag schrijven, nooit lezen.',
    lrsEndpoint: 'xAPI-adres van de LRS',
    lrsEndpointHint: 'Begint met https:// en eindigt op /, bijvoorbeeld https://lrs.voorbeeld.be/xapi/.',
    lrsUsername: 'Sleutel (alleen schrijven)',
    lrsPassword: 'Geheim',
    create: 'Opdracht aanmaken',
    notCreated: 'De opdracht is niet aangemaakt: {{count}} veld(en) te verbeteren.',
    errors: {
      titleRequired: 'Geef een titel op.',
      titleTooLong: 'De titel telt hoogstens {{max}} tekens.',
      issuedByTooLong: 'Dit veld telt hoogstens {{max}} tekens.',
      scenariosNone: 'Kies minstens één gesprek.',
      scenariosTooMany: 'Een opdracht telt hoogstens 40 gesprekken.',
      scenariosMissingLanguage:
        'Niet beschikbaar in het {{language}}: {{titles}}. Verwijder deze gesprekken of kies een andere taal.',
      dueInvalid: 'Ongeldige datum (verwacht: dag, maand en jaar).',
      duePast: 'Deze datum is al voorbij.',
      dueTooFar: 'Deze datum ligt te ver: kies er een vóór 2100.',
      passMarkInvalid: 'Geef een geheel getal van 0 tot 100 op.',
      lrsEndpointInvalid: 'Ongeldig adres: het begint met https:// en eindigt op /.',
      lrsUsernameRequired: 'Geef de sleutel op die de LRS u gaf.',
      lrsPasswordRequired: 'Geef het geheim op dat de LRS u gaf.',
    },
    output: {
      heading: 'Opdracht klaar: « {{title}} »',
      issuedBy: 'Gegeven door {{name}}',
      summary:
        '{{count}} gesprek(ken) · {{mode}} · gesprekken in het {{language}} · geslaagd vanaf {{passMark}} %',
      dueLine: 'af te werken tegen {{date}}',
      noDue: 'geen uiterste datum',
      intro:
        'Geef de groep de link, de QR-code of de korte code. Wie de link opent, voegt de opdracht toe aan zijn of haar profiel.',
      link: 'Link van de opdracht',
      copy: 'Link kopiëren',
      copied: 'Link gekopieerd.',
      copyFailed: 'Kopiëren lukt hier niet: de link is geselecteerd, kopieer hem met Ctrl+C.',
      qr: 'QR-code van de link, om te projecteren of af te drukken',
      qrAlt: 'QR-code van de link van de opdracht « {{title}} » (dezelfde link als hierboven)',
      code: 'Korte code',
      codeHint:
        'Om voor te lezen of op het bord te schrijven: de cursisten typen hem in « Mijn traject ». Hij bevat de gesprekken, de modus, de taal, de slaaggrens en de uiterste datum; niet de titel (de code neemt die plaats in) en niet uw naam.',
      codeNoLrs:
        'De korte code bevat de LRS-toegang niet: wie hem gebruikt, houdt de resultaten op de eigen computer. Geef voor de LRS de link of de QR-code.',
      noCode: 'Geen korte code voor deze opdracht (meer dan 20 gesprekken): geef de link of de QR-code.',
      print: 'Opdrachtfiche afdrukken',
      package: 'Een SCORM-pakket van deze opdracht maken',
    },
  },
};

export default nlTrainerAssign;
