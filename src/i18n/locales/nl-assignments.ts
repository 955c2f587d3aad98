/** Dutch strings of trainers' assignments on the trainee's side (namespace `assignments`); keys as in French. */
const nlAssignments = {
  assignments: {
    received: 'Opdracht ontvangen',
    reading: 'Opdracht wordt gelezen…',
    libraryError:
      'De lijst met gesprekken kon niet worden geladen: de opdracht kan nu niet worden gecontroleerd.',
    refused: 'Deze opdracht kan niet worden toegevoegd.',
    nothingChanged:
      'Er is niets opgeslagen of gewijzigd. Vraag uw opleider om de link of de code opnieuw te sturen.',
    close: 'Sluiten',
    problems: {
      linkTruncated:
        'De link is onvolledig: hij is afgeknipt (maar gedeeltelijk gekopieerd, of ingekort door een berichtendienst). Verwacht: de volledige link, zoals u hem kreeg.',
      codeTruncated: 'De code is onvolledig: er ontbreken tekens (of er zijn er te veel).',
      linkCorrupted:
        'De link is gewijzigd of beschadigd: de controlesom klopt niet meer met de inhoud (een teken gewijzigd, toegevoegd of weggelaten).',
      codeCorrupted:
        'De code klopt niet met zijn controlesleutel: een teken is fout getypt, te veel, ontbreekt of is met zijn buur verwisseld.',
      version:
        'Deze opdracht is gemaakt met een andere versie van Décroche (formaat {{version}}); deze versie leest formaat 1.',
      foreign:
        'Deze link bevat geen Décroche-opdracht (link van een andere site, of gegevens van een ander programma).',
      tooLong: 'Deze link is veel te lang voor een Décroche-opdracht.',
      badCharacter:
        'De code bevat « {{character}} », dat in geen enkele opdrachtcode voorkomt (verwacht: cijfers en letters, zonder U).',
      invalidField:
        'De opdracht bevat een onmogelijke waarde voor {{field}}: ze is waarschijnlijk met de hand gewijzigd.',
      unknownScenarios: 'Deze opdracht vraagt gesprekken die deze versie van Décroche niet heeft: {{ids}}.',
      missingLanguage:
        'Deze gesprekken bestaan niet in het {{language}} in deze versie van Décroche: {{titles}}.',
    },
    fields: {
      id: 'de identificatie',
      title: 'de titel',
      scenarios: 'de lijst met gesprekken',
      mode: 'de modus',
      callLanguage: 'de taal van de gesprekken',
      due: 'de uiterste datum',
      passMark: 'de slaaggrens',
      lrs: 'de resultatenserver (LRS)',
      issuedBy: 'de naam van wie ze gaf',
      createdAt: 'de aanmaakdatum',
      unknown: 'de inhoud',
    },
    languageNames: { fr: 'Frans', nl: 'Nederlands', en: 'Engels' },
    from: 'Gegeven door {{name}}',
    modeLine: 'Modus: {{mode}}',
    languageLine: 'Taal van de gesprekken: {{language}}',
    passMarkLine: 'Geslaagd vanaf {{passMark}} % totaalscore',
    noDue: 'Geen uiterste datum',
    due: 'Af te werken tegen {{date}}',
    overdue: 'Te laat: de uiterste datum was {{date}}.',
    calls: 'Te spelen gesprekken, in deze volgorde ({{count}}):',
    lrsNotice:
      'De resultaten van deze gesprekken gaan ook naar de resultatenserver van uw opleider ({{host}}).',
    unavailable:
      'Deze browser kan niets opslaan (opslag uitgeschakeld of privénavigatie): de opdracht kan niet worden toegevoegd.',
    saveIn: 'Opdracht opslaan in het profiel',
    openProfile: 'open',
    locked: 'beveiligd met een code',
    newProfile: 'Nieuw profiel',
    newProfileName: 'Naam van het nieuwe profiel',
    pinFor: 'Viercijferige code van het profiel « {{name}} »',
    wrongPin: 'Verkeerde code: het profiel « {{name}} » is niet geopend en de opdracht is niet toegevoegd.',
    writeFailed: 'De browser weigerde op te slaan: de opdracht is niet toegevoegd.',
    accept: 'Opdracht aanvaarden',
    decline: 'Weigeren',
    added: 'Opdracht « {{title}} » toegevoegd aan het profiel « {{name}} ».',
    duplicate: 'Het profiel « {{name}} » heeft de opdracht « {{title}} » al: er is niets veranderd.',
    openList: 'Mijn opdrachten bekijken',
    panel: {
      heading: 'Mijn opdrachten',
      empty: 'Nog geen opdrachten. Open de link van uw opleider, of typ hieronder de code.',
      codeHeading: 'Een opdracht toevoegen met haar code',
      codeLabel: 'Code van de opdracht',
      codeHint:
        'De code die gedicteerd of op het bord geschreven werd, bijvoorbeeld DC-4K2M-7QXA-…. Hoofdletters, streepjes en spaties tellen niet.',
      readCode: 'Code lezen',
      codeRequired: 'Typ de code van de opdracht.',
    },
    complete: 'Opdracht klaar: alle gesprekken zijn geslaagd.',
    progress: '{{passed}} van {{total}} gesprek(ken) geslaagd',
    status: { 'not-started': 'Niet begonnen', played: 'Gespeeld, nog niet geslaagd', passed: 'Geslaagd' },
    best: 'beste score {{score}} %',
    playShort: 'Spelen',
    play: 'Spelen: « {{title}} » (opdracht « {{assignment}} »)',
    gone: 'Dit gesprek staat niet meer in de bibliotheek.',
  },
};

export default nlAssignments;
