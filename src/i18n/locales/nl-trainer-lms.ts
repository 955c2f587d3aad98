/** NL strings of the trainer area's « lms » section (namespace `lms`); same keys in every language. */
const nlTrainerLms = {
  lms: {
    heading: 'SCORM-pakket voor een leerplatform',
    intro:
      'Het pakket bevat de gekozen gesprekken, hun stemmen en de toepassing. Een leerplatform (Moodle of een ander SCORM 1.2-platform) start het en registreert voor elke cursist de score, de voltooiing en het slagen.',
    title: 'Titel van de activiteit',
    titleHint: 'De naam die cursisten op het platform zien.',
    callLanguage: 'Taal van de gesprekken',
    mode: 'Modus',
    passMark: 'Cesuur (%)',
    passMarkHint:
      'De score van de activiteit is het gemiddelde van de gesprekken (een nog niet gespeeld gesprek telt als 0). Vanaf deze score is de activiteit geslaagd. 0: geen cesuur, de activiteit is « voltooid » zodra alle gesprekken gespeeld zijn.',
    calls: 'Gesprekken van de opdracht',
    callsHint:
      'Gespeeld in de volgorde van deze lijst. Alleen gesprekken die in de gekozen taal bestaan, worden voorgesteld.',
    chosen: 'Gekozen gesprekken: {{count}}',
    noCallInLanguage: 'Er bestaat geen enkel gesprek in deze taal.',
    callLine: '{{type}} · {{level}}',
    create: 'SCORM-pakket maken',
    errors: {
      title: 'Geef de activiteit een titel.',
      passMark: 'De cesuur is een geheel getal van 0 tot 100.',
      calls: 'Kies minstens één gesprek.',
      file: '« {{file}} » kan niet gelezen worden ({{reason}}). Er is geen pakket gemaakt. Probeer opnieuw; ontbreekt het bestand, dan moet de toepassing opnieuw gebouwd worden (npm run build).',
      missingScenario: 'Het gesprek « {{id}} » bestaat niet in het {{language}}.',
      badShell: 'De pagina van de toepassing « {{file}} » heeft niet de verwachte vorm (geen head-tag).',
      tooManyCalls:
        '{{count}} gesprekken: een SCORM 1.2-platform kan niet zoveel resultaten bewaren (4 096 tekens). Verdeel ze over meerdere activiteiten.',
      noCall: 'De opdracht bevat geen enkel gesprek.',
      unexpected: 'Het pakket kon niet gemaakt worden ({{reason}}).',
    },
    progressLabel: 'Pakket maken',
    progress: {
      reading: 'Lijst van bestanden lezen… ({{done}} van {{total}})',
      copying: 'Bestanden kopiëren: {{done}} van {{total}}',
      zipping: 'Pakket comprimeren ({{total}} bestanden)…',
    },
    done: 'Pakket gemaakt: {{file}} ({{size}}, {{count}} bestanden). Het downloaden is begonnen.',
    megabytes: '{{value}} MB',
    kilobytes: '{{value}} kB',
    moodle: {
      heading: 'Het pakket in Moodle importeren',
      step1: 'Open de cursus en zet de bewerkingsmodus aan.',
      step2: 'Kies « Activiteit of bron toevoegen » en dan « SCORM-pakket ».',
      step3: 'Geef de activiteit een naam en zet het .zip-bestand bij « Pakketbestand ».',
      step4:
        'Laat bij « Cijfer » het maximumcijfer op 100 staan en kies de beoordelingsmethode (bijvoorbeeld « Hoogste cijfer »); sla dan op.',
      note: 'De score, de status (voltooid, geslaagd, niet geslaagd) en de bestede tijd van elke cursist verschijnen in de rapporten van de activiteit en in het cijferoverzicht. Andere SCORM 1.2-platformen importeren hetzelfde bestand.',
    },
    player: {
      intro: 'Speel elk gesprek tot aan de debriefing: je resultaat wordt naar het leerplatform gestuurd.',
      learner: 'Cursist: {{name}}',
      issuedBy: 'Gegeven door {{name}}',
      due: 'Klaar tegen {{date}}',
      mode: 'Modus: {{mode}}.',
      practiceRule: 'Het beste resultaat van elk gesprek telt: speel zo vaak opnieuw als je wilt.',
      examRule: 'Zoals bij de validatie: alleen het eerste resultaat van elk gesprek telt.',
      passMark:
        'Geslaagd als het gemiddelde van de gesprekken {{mark}} % haalt (een nog niet gespeeld gesprek telt als 0).',
      noPassMark: 'Geen cesuur: de activiteit is voltooid zodra alle gesprekken gespeeld zijn.',
      callsHeading: 'De gesprekken',
      notPlayed: 'Nog niet gespeeld',
      counted: 'Behouden resultaat: {{score}} %',
      examDone: 'Examen gespeeld: dit resultaat is definitief.',
      missing:
        'Het gesprek « {{id}} » ontbreekt in het pakket: maak het pakket opnieuw in de trainersruimte.',
      summary:
        'Score van de activiteit: {{score}} % — {{status}} ({{played}} van {{total}} gesprekken gespeeld)',
      status: {
        incomplete: 'bezig',
        passed: 'geslaagd',
        failed: 'niet geslaagd',
        completed: 'voltooid',
      },
      sent: 'Resultaat geregistreerd door het platform.',
      noLms:
        'Er is geen leerplatform rond deze pagina gevonden. De gesprekken blijven speelbaar, maar er wordt geen resultaat geregistreerd.',
      refused:
        'Het leerplatform weigerde de sessie te openen: de gesprekken blijven speelbaar, maar er wordt geen resultaat geregistreerd.',
      lmsError: '{{call}} geweigerd door het platform: fout {{code}} — {{message}}',
      diagnostic: 'Details: {{diagnostic}}',
      review: 'Herbekijkmodus: het platform registreert niets tijdens dit bezoek.',
      noStorage:
        'Deze browser weigert lokale opslag: de gesprekken blijven speelbaar, maar hun resultaten kunnen niet doorgestuurd worden.',
      carriedProblem:
        'De gegevens van een vorig bezoek konden niet gelezen worden: de toen gespeelde gesprekken worden niet overgenomen.',
      loadError:
        'Het opdrachtbestand « {{file}} » kan niet gelezen worden ({{reason}}). Het pakket is onvolledig of beschadigd: maak het opnieuw in de trainersruimte.',
      finish: 'Activiteit afsluiten',
      finishHint:
        'Stuurt de bestede tijd door en sluit de sessie; het platform doet dat ook wanneer je de pagina verlaat.',
      finished: 'Sessie afgesloten: je resultaten zijn geregistreerd. Je mag deze pagina sluiten.',
    },
  },
};

export default nlTrainerLms;
