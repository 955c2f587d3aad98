import type { ScreenMessages } from './fr-screens';

/** Dutch strings of the screens that load on demand; same keys as fr-screens.ts. */
const nlScreens: ScreenMessages = {
  emotions: {
    neutral: 'neutraal',
    calm: 'kalm',
    friendly: 'vriendelijk',
    hesitant: 'aarzelend',
    confused: 'verward',
    annoyed: 'geïrriteerd',
    angry: 'boos',
    anxious: 'ongerust',
    panicked: 'in paniek',
    suspicious: 'wantrouwig',
    hurried: 'gehaast',
    relieved: 'opgelucht',
    satisfied: 'tevreden',
  },
  ratings: {
    best: 'Beste antwoord',
    good: 'Goed antwoord',
    weak: 'Zwak antwoord',
    wrong: 'Te vermijden antwoord',
  },
  outcomes: {
    success: 'Gesprek goed afgehandeld',
    partial: 'Gesprek gedeeltelijk geslaagd',
    failure: 'Gesprek mislukt',
  },
  call: {
    controls: 'Gespreksknoppen',
    hold: 'In de wacht zetten',
    resumeCall: 'Gesprek hervatten',
    pause: 'Pauze',
    resumePractice: 'Verdergaan',
    onHoldStatus: 'Gesprek in de wacht: de beller hoort wachtmuziek.',
    pausedStatus: 'Oefening gepauzeerd: de tijd staat stil.',
    incoming: 'Inkomende oproep',
    outgoing: 'Uitgaande oproep',
    ringingIncoming: '{{company}} — er komt een oproep binnen.',
    ringingOutgoing: 'U belt {{caller}} voor {{company}}. De telefoon gaat over…',
    pickUp: 'Opnemen',
    dial: 'Bellen',
    hangUp: 'Ophangen',
    hangUpConfirm: 'Nu ophangen? Het gesprek wordt onderbroken.',
    abandon: 'Terug naar de lijst',
    agentScreen: 'Agentscherm',
    youAre: 'U bent {{agent}}, {{company}}',
    transcript: 'Gesprek',
    options: 'Uw antwoorden',
    you: 'U',
    caller: '{{name}}',
    callerEmotion: '{{name}} ({{emotion}})',
    patience: 'Geduld van de gesprekspartner',
    patienceValue: '{{value}} op 10',
    feedback: 'Feedback op uw antwoord',
    competencies: 'Competenties:',
    ended: 'Einde van het gesprek',
    endedByCaller: 'De gesprekspartner heeft opgehangen.',
    endedByTrainee: 'U hebt het gesprek beëindigd.',
    showDebrief: 'Debriefing bekijken',
    keyboardHint: 'Tip: met de toetsen 1 tot 4 kiest u een antwoord.',
    loadError: 'Dit scenario kan niet worden geladen ({{key}}).',
  },
  debrief: {
    handleTime: 'Afhandeltijd: {{minutes}} min {{seconds}} s (waarvan {{hold}} s in de wacht)',
    prompts: 'de beller moest {{count}} keer aandringen',
    loweredByRules:
      'Het doel is bereikt, maar niet alle procedureregels werden nageleefd: het gesprek is maar gedeeltelijk geslaagd.',
    heading: 'Debriefing',
    abandoned: 'Gesprek onderbroken voor het einde.',
    overall: 'Totaalscore:',
    percent: '{{value}}%',
    byCompetency: 'Score per competentie',
    competency: 'Competentie uit het beroepsprofiel',
    score: 'Score',
    decisions: 'Uw beslissingen, een voor een',
    decision: 'Beslissing {{number}}',
    callerSaid: 'De gesprekspartner',
    youSaid: 'Uw antwoord',
    better: 'Beste optie',
    rulesHeading: 'Procedureregels aan het einde van het gesprek',
    ruleOk: 'Nageleefd',
    ruleBroken: 'Niet nageleefd',
    noDecision: 'Geen beslissing genomen.',
    replay: 'Dit gesprek opnieuw spelen',
    back: 'Terug naar de lijst',
  },
  progress: {
    heading: 'Mijn traject',
    unavailable:
      'Deze browser kan uw vorderingen niet bewaren (opslag uitgeschakeld of privévenster). De gesprekken blijven speelbaar, maar er wordt niets bewaard.',
    storageFull:
      'De opslag van de browser is vol: uw laatste antwoord kon niet worden bewaard. Exporteer uw gegevens en maak ruimte vrij.',
    storageUnavailable: 'Uw laatste antwoord kon niet worden bewaard (opslag niet beschikbaar).',
    dismiss: 'Begrepen',
    damagedRecords:
      '{{count}} beschadigde record(s) konden niet worden gelezen en werden overgeslagen; al de rest is geladen.',
  },
  exam: {
    heading: 'Examenresultaat',
    passed: 'Geslaagd',
    failed: 'Niet geslaagd',
    weighted: 'gewogen gemiddelde {{value}}% (drempel {{threshold}}%)',
    weight: 'Gewicht',
    result: 'Resultaat',
    eliminatory: 'eliminerend',
    linePassed: 'Behaald',
    lineFailed: 'Niet behaald',
    note: 'Elke geobserveerde competentie is een criterium: wat het gesprek beoogt telt dubbel; de drempel is {{threshold}}%. Een eliminerend criterium dat niet behaald wordt, doet het examen mislukken. Voorbereiding op een validering, geen officiële titel.',
  },
  profiles: {
    heading: 'Wie oefent er?',
    intro:
      'Meerdere stagiairs kunnen deze browser gebruiken: ieder opent zijn eigen profiel en ziet alleen zijn eigen gesprekken.',
    current: 'Geopend profiel: {{name}}',
    none: 'Geen profiel geopend. Open het uwe of maak er een aan.',
    close: 'Mijn profiel sluiten (andere stagiair)',
    listHeading: 'Profielen in deze browser',
    empty: 'Nog geen profiel.',
    active: 'geopend',
    locked: 'beveiligd met een code',
    openNamed: 'Het profiel „{{name}}” openen',
    pinFor: 'Viercijferige code van het profiel „{{name}}”',
    unlock: 'Openen',
    cancel: 'Annuleren',
    wrongPin: 'Verkeerde code: het profiel „{{name}}” werd niet geopend.',
    createHeading: 'Een profiel aanmaken',
    name: 'Uw naam',
    nameHint:
      'Een voornaam en een initiaal volstaan. De andere stagiairs in deze browser zien deze naam in de lijst.',
    pin: 'Viercijferige code (optioneel)',
    pinConfirm: 'Herhaal de code',
    pinNotice:
      'De code belet uw collega’s uw geschiedenis te openen; ze beschermt niet tegen de eigenaar van de computer.',
    pinKeep: 'Onthoud ze: een vergeten code kan niet worden teruggevonden.',
    create: 'Mijn profiel aanmaken en openen',
    nameRequired: 'Vul een naam in.',
    nameTooLong: 'De naam telt hoogstens 60 tekens.',
    nameTaken:
      'Er bestaat al een profiel „{{name}}” in deze browser: voeg bijvoorbeeld de initiaal van uw achternaam toe.',
    pinInvalid: 'De code moet precies 4 cijfers tellen.',
    pinMismatch: 'De twee codes zijn niet gelijk.',
    rename: 'Mijn profiel hernoemen',
    newName: 'Nieuwe naam',
    saveName: 'Naam opslaan',
    renamed: 'Profiel hernoemd tot „{{name}}”.',
    dataHeading: 'Mijn gegevens',
    export: 'Mijn gegevens exporteren',
    exportHint:
      'Downloadt een bestand met uw naam en al uw gesprekken (zonder uw code), om te bewaren of op een andere computer te importeren.',
    checksumNotice:
      'Het bestand bevat een controlegetal: daarmee wordt een beschadigd bestand opgemerkt, maar het beschermt niet tegen opzettelijke wijzigingen.',
    exported: 'Bestand „{{file}}” gedownload.',
    import: 'Een gegevensbestand importeren (.json)',
    importHint:
      'Geïmporteerde gesprekken worden toegevoegd aan de bestaande: niets wordt vervangen. Een profiel dat deze browser niet kent, wordt aangemaakt.',
    importing: 'Bezig met importeren…',
    importedInto: '„{{file}}” geïmporteerd in het profiel „{{name}}”.',
    importedNew: '„{{file}}” geïmporteerd: profiel „{{name}}” aangemaakt.',
    summary: '{{added}}, {{present}}, {{conflicts}}.',
    added: { one: '{{count}} gesprek toegevoegd', other: '{{count}} gesprekken toegevoegd' },
    present: { one: '{{count}} al aanwezig', other: '{{count}} al aanwezig' },
    conflicts: {
      none: 'geen conflict',
      one: '{{count}} conflict: het bestaande blijft behouden',
      other: '{{count}} conflicten: de bestaande blijven behouden',
    },
    conflictsHeading: 'Gesprekken in conflict (versie van deze browser behouden)',
    conflictItem: '{{scenario}}, begonnen op {{date}}',
    importedName: '{{name}} (geïmporteerd)',
    whereProfile: 'het profiel',
    whereAttempt: 'gesprek nr. {{number}}',
    errors: {
      tooLarge:
        '„{{file}}” werd niet geïmporteerd: het weegt {{size}} MB, terwijl een Décroche-gegevensbestand hoogstens 5 MB weegt.',
      unreadable:
        '„{{file}}” werd niet geïmporteerd: de browser kon het niet lezen. Verwacht: een Décroche-gegevensbestand (.json).',
      notJson:
        '„{{file}}” werd niet geïmporteerd: de inhoud is geen volledige JSON (afgebroken bestand of een ander soort bestand). Verwacht: een door Décroche geëxporteerd bestand.',
      foreign:
        '„{{file}}” werd niet geïmporteerd: het is geen Décroche-gegevensbestand (verwacht: formaat „decroche-progress”, versie 1).',
      version:
        '„{{file}}” werd niet geïmporteerd: versie {{version}} van het formaat wordt niet ondersteund (verwacht: versie 1).',
      checksum:
        '„{{file}}” werd niet geïmporteerd: het controlegetal klopt niet met de inhoud, het bestand werd beschadigd of gewijzigd (verwacht: het bestand zoals het werd geëxporteerd).',
      record:
        '„{{file}}” werd niet geïmporteerd: {{where}} is ongeldig ({{issue}}). Verwacht: een profiel en gesprekken in het formaat van Décroche.',
      write:
        '„{{file}}” werd niet geïmporteerd: de browser weigerde het op te slaan. Er werd niets gewijzigd.',
    },
  },
  history: {
    heading: 'Geschiedenis en beheersing',
    empty:
      'Nog geen gesprekken. Na uw eerste gesprek vindt u hier uw geschiedenis, uw beheersing per competentie en uw portfolio.',
    noResults:
      'Nog geen afgerond gesprek: de beheersing wordt berekend op gesprekken die tot het einde zijn gevoerd.',
    attempts: 'Al uw gesprekken',
    attemptsCount: '{{count}} gesprek(ken), van het recentste naar het oudste.',
    mode: 'Modus',
    result: 'Afloop',
    score: 'Totaalscore',
    scoreOf: 'totaalscore {{value}}',
    durationOf: 'duur {{value}}',
    durationValue: '{{minutes}} min {{seconds}} s',
    durationSeconds: '{{seconds}} s',
    abandoned: 'Gesprek onderbroken',
    inProgress: 'Gesprek bezig',
    notScored: '—',
    showDecisions: 'Beslissingen tonen ({{count}})',
    hideDecisions: 'Beslissingen verbergen',
    decisionsOf: 'Beslissingen van het gesprek « {{title}} » van {{date}}',
    noDecision: 'Geen beslissing genomen.',
    decisionAt: 'Na {{seconds}} s',
    decisionThinking: '(+{{seconds}} s)',
    decisionIds: 'stap « {{step}} », antwoord « {{option}} »',
    showAll: 'Volledige geschiedenis tonen ({{count}} gesprekken)',
    mastery: 'Beheersing per competentie doorheen de gesprekken',
    masteryRule:
      'Beheersing = gemiddelde van uw laatste {{window}} resultaten voor de competentie (minder in het begin). Te oefenen onder {{working}} %, in ontwikkeling tot {{reached}} %, verworven vanaf {{reached}} %.',
    competency: 'Competentie',
    chartLabel:
      'Beheersing van « {{competency}} » over {{count}} resulta(a)t(en): van {{first}} % tot {{last}} %. De tabel hierna geeft dezelfde cijfers.',
    legendMastery: 'Beheersing (gemiddelde van de laatste {{window}} resultaten)',
    legendResult: 'Resultaat van elk gesprek',
    chartTable: 'Resultaten voor « {{competency}} », gesprek per gesprek',
    date: 'Datum',
    call: 'Gesprek',
    callResult: 'Resultaat van het gesprek',
    masteryValue: 'Beheersing',
    percent: '{{value}} %',
    summary: 'Waar u staat, competentie per competentie',
    summaryCaption: 'Alle geobserveerde competenties, van de zwakste naar de sterkste',
    results: 'Resultaten',
    latest: 'Laatste resultaat',
    best: 'Beste resultaat',
    band: 'Bereikt niveau',
    bands: { 'to-work': 'Te oefenen', 'in-progress': 'In ontwikkeling', reached: 'Verworven' },
    strengths: 'Sterke punten en werkpunten',
    strongest: 'Uw sterke punten',
    weakest: 'Eerst te oefenen',
    notRanked:
      'Er zijn minstens {{count}} resultaten voor eenzelfde competentie nodig om uw sterke punten en werkpunten te bepalen.',
    next: 'Aanbevolen volgend gesprek',
    nextWeakest: 'Om « {{competency}} » te oefenen (beheersing {{mastery}}). Aanbevolen niveau: {{level}}.',
    nextFirst: 'Om te beginnen: een gesprek van niveau {{level}}.',
    nearestLevel:
      'Geen enkel gesprek van dat niveau oefent deze competentie: hier is het dichtstbijzijnde niveau.',
    start: '« {{title}} » starten',
    noNext: 'Geen gesprek beschikbaar in de bibliotheek.',
    portfolio: {
      heading: 'Portfolio',
      intro: 'Een afdrukbaar overzicht van uw oefeningen, om als pdf te bewaren of aan uw opleider te tonen.',
      print: 'Mijn portfolio afdrukken',
      close: 'Portfolio sluiten',
      title: 'Oefenportfolio — {{name}}',
      note: 'Overzicht van oefeningen op de simulator Décroche, ter voorbereiding op een validering van de competenties van het beroep operator callcenter (beroepsprofiel Le Forem D140801-1). Dit document is geen officieel getuigschrift.',
      trainee: 'Cursist',
      period: 'Periode',
      periodValue: 'van {{from}} tot {{to}}',
      calls: 'Afgeronde gesprekken',
      callsValue: '{{count}} (waarvan {{exams}} in examenmodus); {{abandoned}} onderbroken gesprek(ken)',
      printedOn: 'Afgedrukt op',
      competencies: 'Geoefende competenties',
      profileWording: 'Competentie (omschrijving uit het beroepsprofiel)',
      attempts: 'Afgeronde gesprekken',
      footer:
        'Beheersing = gemiddelde van de laatste {{window}} resultaten van de competentie. Voorbereiding op een validering, geen officieel getuigschrift.',
    },
  },
  desk: {
    heading: 'Werkstation',
    tabs: { record: 'Klantenfiche', knowledge: 'Kennisbank', form: 'Formulier' },
    nothingOpen:
      'Niets is geopend: open de klantenfiche, zoek in de kennisbank of vul het formulier in wanneer het gesprek erom vraagt.',
    search: 'Zoeken in de kennisbank',
    results: '{{count}} resultaat/resultaten',
    formHint: 'Wat u invult, wordt vergeleken met wat de beller zei: namen, adressen en nummers exact.',
  },
  rules: {
    'record-consulted': {
      ok: 'U opende de klantenfiche voor u antwoordde.',
      broken: 'U antwoordde zonder de klantenfiche te openen, terwijl het antwoord erin stond.',
    },
    'knowledge-consulted': {
      ok: 'U raadpleegde “{{detail}}” voor u antwoordde.',
      broken: 'U antwoordde zonder “{{detail}}” in de kennisbank te raadplegen.',
    },
    'form-field': {
      ok: 'Veld “{{detail}}” correct ingevuld.',
      broken: 'Veld “{{detail}}”: ingevuld “{{value}}”, verwacht “{{expected}}”.',
    },
    'services-dispatched': {
      ok: 'Gestuurde diensten: {{expected}} — zoals nodig.',
      broken: 'Gestuurde diensten: “{{value}}”; nodig waren: {{expected}}.',
    },
    'priority-right': {
      ok: 'Juiste prioriteit: {{expected}}.',
      broken: 'Prioriteit “{{value}}”; volgens impact en urgentie was het: {{expected}}.',
    },
    'location-first': {
      ok: 'U hebt naar de exacte locatie gevraagd vóór elke andere vraag: de hulpdiensten weten waar ze heen moeten, ook als de verbinding wegvalt.',
      broken:
        'Er kwam een andere vraag vóór de exacte locatie. Bij 112 gaat de locatie voor alles: gemeente, straat, huisnummer, toegang.',
    },
    'callback-number': {
      ok: 'U hebt een terugbelnummer verkregen.',
      broken:
        'Geen terugbelnummer verkregen: als de verbinding wegvalt, kan de centrale de oproeper niet meer bereiken.',
    },
    'no-recording-notice-in-emergency': {
      ok: 'Geen opnamemelding: die is niet vereist bij een noodoproep en zou het bepalen van de locatie hebben vertraagd.',
      broken: 'Opnamemelding in een noodoproep: die is niet vereist en vertraagt het bepalen van de locatie.',
    },
    'operator-ends-call': {
      ok: 'U, de operator, hebt het gesprek beëindigd.',
      broken:
        'De oproeper heeft vóór u opgehangen: bij 112 blijft de oproeper aan de lijn tot de operator het gesprek beëindigt.',
    },
    'recording-before-personal-data': {
      ok: 'De opnamemelding (het feit, het doel, de bewaartermijn) kwam vóór alle persoonsgegevens.',
      broken:
        'Er werden persoonsgegevens gevraagd vóór de opnamemelding: elke partij moet worden ingelicht voordat de opname begint.',
    },
    'identity-before-account-data': {
      ok: 'Identiteit geverifieerd voordat accountgegevens werden meegedeeld of gewijzigd.',
      broken: 'Er werden accountgegevens meegedeeld of gewijzigd zonder geverifieerde identiteit.',
    },
    'no-card-readback': {
      ok: 'U hebt geen kaartnummer herhaald.',
      broken: 'Kaartnummer luidop herhaald: betaalgegevens herhaalt u nooit.',
    },
    'rephrase-before-solution': {
      ok: 'U hebt het probleem geherformuleerd voordat u een oplossing voorstelde.',
      broken:
        'Oplossing voorgesteld voordat u het probleem had geherformuleerd: herformuleer om na te gaan of u het goed hebt begrepen.',
    },
    'opening-who-what-why': {
      ok: 'Volledige opening: wie er belt, voor welk bedrijf en met welk doel.',
      broken:
        'Onvolledige opening: zeg meteen bij het begin wie u bent, voor welk bedrijf u belt en wat het commerciële doel van het gesprek is.',
    },
    'do-not-call-honoured': {
      ok: 'Bezwaar tegen telefonische verkoop onmiddellijk gerespecteerd.',
      broken:
        'De persoon maakte bezwaar tegen telefonische verkoop (“Bel-me-niet-meer-lijst”) en de verkoop ging door: een bezwaar respecteert u onmiddellijk.',
    },
    'needs-before-offer': {
      ok: 'Behoeften achterhaald voordat u het aanbod voorstelde.',
      broken: 'Aanbod voorgesteld voordat u de behoeften kende: eerst de behoeften achterhalen.',
    },
    'conditions-before-closing': {
      ok: 'Verkoopsvoorwaarden meegedeeld voordat u om een beslissing vroeg: totaalprijs, looptijd, 14 dagen herroepingsrecht.',
      broken:
        'Om een beslissing gevraagd vóór de verkoopsvoorwaarden: totaalprijs, looptijd en herroepingsrecht van 14 kalenderdagen.',
    },
    'no-substitute-respondent': {
      ok: 'Terugbelafspraak gepland voor de afwezige persoon.',
      broken:
        'Iemand anders werd ondervraagd in plaats van de geselecteerde persoon: u plant een terugbelafspraak, nooit een vervanger.',
    },
    'no-selling-in-survey': {
      ok: 'Geen verkoop onder het mom van een enquête.',
      broken:
        'Een commercieel aanbod tijdens een enquête: verkopen onder het mom van een enquête is verboden.',
    },
    'recap-before-close': {
      ok: 'U hebt samengevat voordat u afrondde.',
      broken: 'Geen samenvatting voor het einde van het gesprek.',
    },
    'proper-closing': { ok: 'Correct afscheid genomen.', broken: 'Het gesprek eindigde zonder afscheid.' },
    'polite-register': {
      ok: 'Gepast taalgebruik: de gesprekspartner met “u” aangesproken en eenvoudige woorden gebruikt, ondanks de verleidelijke antwoorden.',
      broken: 'De gesprekspartner met “je” aangesproken of vakjargon gebruikt.',
    },
    'no-blame': {
      ok: 'Geen verwijten aan een partner of aan de klant.',
      broken: 'U hebt de schuld bij iemand anders gelegd.',
    },
    'let-caller-speak': {
      ok: 'U hebt de gesprekspartner laten uitspreken.',
      broken: 'U hebt de gesprekspartner onderbroken.',
    },
    'no-unfounded-promise': {
      ok: 'Geen beloften die niet na te komen zijn.',
      broken: 'Belofte die niet gegarandeerd kan worden.',
    },
    'cpr-on-gasping': {
      ok: 'Abnormale ademhaling (gasping) herkend als hartstilstand: borstcompressies telefonisch begeleid.',
      broken:
        'De patiënt ademde niet normaal (gasping) en er werden geen borstcompressies begeleid: gasping is geen ademhaling.',
    },
    'ticket-logged': {
      ok: 'Het incident is in een ticket geregistreerd.',
      broken: 'Geen ticket geregistreerd: elk incident komt in een ticket, één ticket per probleem.',
    },
  },
};

export default nlScreens;
