import nlAssignments from './nl-assignments';
import type { ProgressMessages } from './fr-progress';

/** Dutch strings of « Mon parcours »; same keys as fr-progress.ts. */
const nlProgress: ProgressMessages = {
  ...nlAssignments,
  xapi: {
    heading: 'Leerrecords voor uw opleider',
    intro:
      'Opdrachten met een leerrecordserver (LRS) sturen er uw antwoorden en resultaten naartoe. Zolang ze niet verzonden zijn, wachten ze hier.',
    pending: {
      one: '{{count}} leerrecord wacht op verzending.',
      other: '{{count}} leerrecords wachten op verzending.',
    },
    allSent: 'Al uw leerrecords zijn verzonden.',
    sending: 'Bezig met verzenden…',
    offline: 'U bent offline: ze worden verzonden zodra de verbinding terug is.',
    network: 'De leerrecordserver {{endpoint}} antwoordt niet. Automatisch nieuwe poging om {{time}}.',
    server:
      'De leerrecordserver {{endpoint}} is niet beschikbaar (fout {{status}}: {{message}}). Automatisch nieuwe poging om {{time}}.',
    rejected:
      'De leerrecordserver {{endpoint}} heeft de verzending geweigerd (fout {{status}}): “{{message}}”. De leerrecords blijven bewaard: verwittig uw opleider en probeer het daarna opnieuw.',
    credentials:
      'Het wachtwoord of de gebruikersnaam van de leerrecordserver bevat tekens die niet verzonden kunnen worden. De leerrecords blijven bewaard: vraag uw opleider om een nieuwe opdracht.',
    damaged: '{{count}} beschadigde leerrecord(s) zijn verwijderd.',
    retry: 'Opnieuw proberen',
  },
  progress: {
    heading: 'Mijn traject',
    unavailable:
      'Deze browser kan uw vorderingen niet bewaren (opslag uitgeschakeld of privévenster). De gesprekken blijven speelbaar, maar er wordt niets bewaard.',
    damagedRecords:
      '{{count}} beschadigde record(s) konden niet worden gelezen en werden overgeslagen; al de rest is geladen.',
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
};

export default nlProgress;
