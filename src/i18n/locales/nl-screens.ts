import nlWrapUp from './nl-wrapup';
import nlFreeText from './nl-freetext';
import nlCallControls from './nl-controls';

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
    handleTotal: 'Afhandeltijd: {{minutes}} min {{seconds}} s',
    handleParts: '(gesprek {{talk}} s, wachtstand {{hold}} s, nawerk {{afterCall}} s)',
    handleTarget: {
      within: 'Binnen de doelstelling voor dit soort gesprek ({{minutes}} min {{seconds}} s).',
      over: 'Iets boven de doelstelling ({{minutes}} min {{seconds}} s): zoek wat sneller kan zonder iets over te slaan.',
      'far-over':
        'Duidelijk boven de doelstelling ({{minutes}} min {{seconds}} s): de beller en de wachtrij merken het.',
    },
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
    backToAssignments: 'Terug naar mijn opdrachten',
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
  desk: {
    heading: 'Werkstation',
    tabs: { record: 'Klantenfiche', knowledge: 'Kennisbank', form: 'Formulier' },
    nothingOpen:
      'Niets is geopend: open de klantenfiche, zoek in de kennisbank of vul het formulier in wanneer het gesprek erom vraagt.',
    search: 'Zoeken in de kennisbank',
    results: '{{count}} resultaat/resultaten',
    formHint: 'Wat u invult, wordt vergeleken met wat de beller zei: namen, adressen en nummers exact.',
  },
  storage: {
    full: 'De opslag van de browser is vol: uw laatste antwoord kon niet worden bewaard. Exporteer uw gegevens en maak ruimte vrij.',
    unavailable: 'Uw laatste antwoord kon niet worden bewaard (opslag niet beschikbaar).',
    dismiss: 'Begrepen',
  },
  rules: {
    'handover-service': {
      ok: 'Gesprek doorgegeven aan de juiste dienst: {{expected}}.',
      broken: 'Gesprek doorgegeven aan "{{value}}"; {{expected}} moest het overnemen.',
    },
    'handover-summary': {
      ok: 'Uw overdrachtssamenvatting bevatte het belangrijkste: {{expected}}.',
      broken:
        'In uw overdrachtssamenvatting ontbrak: {{missing}}. De collega zal het de beller opnieuw moeten vragen.',
    },
    'no-reasking-screen-data': {
      ok: 'U las op het scherm wat er al stond, zonder het opnieuw te vragen.',
      broken:
        'U vroeg opnieuw naar informatie die al op het scherm stond: de beller moet zich herhalen, en dat valt op.',
    },
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
  ...nlWrapUp,
  ...nlFreeText,
  ...nlCallControls,
};

export default nlScreens;
