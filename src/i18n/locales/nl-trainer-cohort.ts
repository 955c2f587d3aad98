/** NL strings of the trainer area's « cohort » section (namespace `cohort`); same keys in every language. */
const nlTrainerCohort = {
  cohort: {
    heading: 'Resultaten van de groep',
    intro:
      'Elke stagiair exporteert zijn of haar resultatenbestand via „Mijn traject” (knop „Mijn gegevens exporteren”) en bezorgt het u. Importeer hier alle bestanden tegelijk: het overzicht brengt de stagiairs, hun competenties, de slaagpercentages en de vaakst gemiste beslissingen samen.',
    privacy:
      'Geïmporteerde resultaten blijven in dit tabblad, in het geheugen: ze worden nergens opgeslagen, maken geen stagiairprofiel aan en verdwijnen wanneer u de pagina sluit of herlaadt.',
    checksum:
      'Elk bestand bevat een controlesom die een beschadigd bestand opspoort; ze beschermt niet tegen opzettelijke wijzigingen en bewijst dus niet dat de resultaten echt zijn.',
    drop: {
      heading: 'Resultatenbestanden importeren',
      zone: 'Sleep de .json-bestanden van uw stagiairs hierheen, of kies ze:',
      input: 'Resultatenbestanden kiezen (.json)',
      limits:
        'Hoogstens {{perFile}} MB per bestand en {{total}} MB voor de bestanden die samen worden geïmporteerd.',
      reading: '{{count}} bestand(en) lezen…',
    },
    report: {
      heading: 'Importverslag',
      summary: 'Laatste import: {{accepted}} bestand(en) geïmporteerd, {{rejected}} geweigerd.',
      accepted: 'Geïmporteerd',
      acceptedWithNotes: 'Geïmporteerd, met opmerkingen',
      rejected: 'Geweigerd',
      imported:
        '„{{file}}”: {{trainee}}, {{attempts}} oproep(en) in het bestand — {{added}} nieuw, {{duplicates}} al geïmporteerd.',
      conflict:
        'Twee verschillende kopieën van de oproep „{{scenario}}” begonnen op {{date}} (de andere komt uit „{{other}}”): de verst gevorderde wordt behouden, die uit „{{kept}}”.',
      unknown:
        '{{count}} oproep(en) van „{{scenario}}” weggelaten: deze oproep bestaat niet in de bibliotheek van deze app.',
      otherVersion:
        '{{count}} oproep(en) van „{{scenario}}” gespeeld op een andere versie van deze oproep: meegeteld in de scores, maar niet in de analyse van de beslissingen (de stappen kunnen veranderd zijn).',
      unrecorded:
        '{{count}} oproep(en) van „{{scenario}}” opgeslagen zonder versie (oudere app): meegeteld in de scores, maar niet in de analyse van de beslissingen.',
      errors: {
        tooLarge:
          '„{{file}}” werd niet gelezen: het weegt {{size}} MB, meer dan de limiet van {{limit}} MB per resultatenbestand.',
        batchTooLarge:
          '„{{file}}” werd niet gelezen: de samen neergezette bestanden overschrijden {{limit}} MB. Importeer dit bestand apart.',
        unreadable: '„{{file}}”: de browser kon dit bestand niet lezen.',
        notJson:
          '„{{file}}”: dit is geen geldige JSON. Verwacht: het bestand geëxporteerd met „Mijn gegevens exporteren”, ongewijzigd.',
        notJsonAt:
          '„{{file}}”: dit is geen geldige JSON (regel {{line}}, kolom {{column}}). Verwacht: het bestand geëxporteerd met „Mijn gegevens exporteren”, ongewijzigd.',
        truncated:
          '„{{file}}”: het bestand stopt midden in de gegevens (regel {{line}}, kolom {{column}}); het is waarschijnlijk afgebroken tijdens het kopiëren. Vraag de stagiair het opnieuw te exporteren.',
        foreign:
          '„{{file}}”: dit JSON-bestand is geen resultatenbestand van Décroche (verwacht: het bestand geëxporteerd met „Mijn gegevens exporteren”).',
        version:
          '„{{file}}”: onbekende formaatversie {{version}} (verwacht: {{expected}}). Het komt misschien uit een nieuwere versie van de app.',
        checksum:
          '„{{file}}”: de controlesom klopt niet met de inhoud; het bestand is beschadigd of gewijzigd.',
        record: '„{{file}}”: {{where}} is onleesbaar ({{issue}}).',
        unknownScenarios:
          '„{{file}}”: de oproepen erin ({{scenarios}}) bestaan niet in de bibliotheek van deze app.',
      },
      whereProfile: 'het profiel',
      whereAttempt: 'oproep nr. {{number}}',
    },
    empty: 'Nog geen resultaten geïmporteerd.',
    clear: 'Overzicht leegmaken',
    cleared: 'Overzicht leeggemaakt: alle geïmporteerde resultaten zijn vergeten.',
    filters: {
      heading: 'Resultaten filteren',
      callType: 'Soort oproep',
      mode: 'Modus',
      assignment: 'Opdracht',
      from: 'Oproepen begonnen vanaf',
      to: 'tot en met',
      all: 'Alle',
      counted: '{{trainees}} stagiair(s), {{attempts}} oproep(en) behouden door de filters.',
    },
    heatmap: {
      heading: 'Competenties per stagiair',
      caption:
        'Gemiddeld resultaat van elke stagiair per competentie, over de afgeronde oproepen (aantal oproepen tussen haakjes).',
      trainee: 'Stagiair',
      scroll: 'Tabel met competenties per stagiair (schuift horizontaal)',
      calls: '{{count}} oproep(en)',
      none: 'geen resultaat',
      legend: 'Kleurenlegende',
      bands: {
        'to-work': 'Te oefenen: minder dan 50 %',
        'in-progress': 'In ontwikkeling: van 50 % tot minder dan 80 %',
        reached: 'Verworven: 80 % en meer',
      },
      bandNames: { 'to-work': 'te oefenen', 'in-progress': 'in ontwikkeling', reached: 'verworven' },
      noCompetency: 'Nog geen enkele afgeronde oproep geeft een resultaat per competentie.',
    },
    pass: {
      heading: 'Slaagpercentage per oproep',
      mark: 'Slaaggrens (totaalresultaat, %)',
      markHint:
        'Een stagiair slaagt voor een oproep wanneer zijn of haar beste afgeronde oproep de grens haalt; een nooit afgeronde oproep telt als niet geslaagd.',
      caption: 'Stagiairs die voor elke oproep slaagden, bij een grens van {{mark}} %.',
      scenario: 'Oproep',
      callType: 'Soort',
      passed: 'Geslaagd / gespeeld',
      rate: 'Slaagpercentage',
      meanBest: 'Gemiddeld beste resultaat',
      none: 'Geen oproep gespeeld in de selectie.',
    },
    missed: {
      heading: 'Vaakst gemiste beslissingen',
      intro:
        'De stappen waarin het beste antwoord het minst vaak werd gegeven, over de oproepen gespeeld op de huidige versie van elke oproep.',
      step: 'Stap „{{step}}” van „{{scenario}}”',
      caller: 'De beller: „{{line}}”',
      noCaller: 'De stagiair spreekt eerst.',
      share:
        'Beste antwoord gemist in {{share}} van de oproepen ({{missed}} van {{attempts}}), door {{missedTrainees}} stagiair(s) van {{trainees}}.',
      common: 'Antwoord dat het vaakst in de plaats werd gegeven: „{{text}}” ({{rating}}, {{count}} keer).',
      best: 'Beste antwoord: „{{text}}”',
      ratings: { best: 'het beste', good: 'goed', weak: 'zwak', wrong: 'te vermijden' },
      none: 'Geen gemiste beslissing in de vergeleken oproepen.',
      excludedHeading: 'Oproepen buiten deze analyse',
      excluded: {
        'other-version':
          '{{count}} oproep(en) van „{{scenario}}” gespeeld op een andere versie: de stappen kunnen veranderd zijn; ze tellen mee in de scores hierboven.',
        'no-version':
          '{{count}} oproep(en) van „{{scenario}}” opgeslagen zonder versie: ze tellen mee in de scores hierboven.',
        'scenario-unavailable':
          '{{count}} oproep(en) van „{{scenario}}”: het bestand van deze oproep kon niet worden geladen.',
      },
      showAll: 'Alle {{count}} beslissingen tonen',
      showFewer: 'Alleen de eerste {{count}} tonen',
    },
    csv: {
      heading: 'Downloaden als CSV',
      intro: 'De bestanden volgen de filters hierboven en openen in een rekenblad (UTF-8).',
      separator: 'Scheidingsteken',
      semicolon: 'Puntkomma (;) en decimale komma: Franstalige of Nederlandstalige rekenbladen',
      comma: 'Komma (,) en decimale punt: Engelstalige rekenbladen',
      matrix: 'Competenties per stagiair downloaden (CSV)',
      passRates: 'Slaagpercentages downloaden (CSV)',
      missed: 'Gemiste beslissingen downloaden (CSV)',
      saved: 'Bestand „{{file}}” gedownload.',
      files: {
        matrix: 'groep-competenties',
        passRates: 'groep-slaagpercentages',
        missed: 'groep-gemiste-beslissingen',
      },
      columns: {
        trainee: 'Stagiair',
        ended: 'Afgeronde oproepen',
        mean: '{{competency}} (%)',
        count: '{{competency}} (oproepen)',
        scenario: 'Oproep',
        key: 'Code',
        callType: 'Soort oproep',
        trainees: 'Stagiairs',
        endedTrainees: 'Stagiairs die afrondden',
        passed: 'Stagiairs die slaagden',
        rate: 'Slaagpercentage (%)',
        meanBest: 'Gemiddeld beste resultaat (%)',
        mark: 'Grens (%)',
        step: 'Stap',
        caller: 'Zin van de beller',
        attempts: 'Oproepen',
        missedAttempts: 'Oproepen zonder het beste antwoord',
        share: 'Aandeel gemist (%)',
        missedTrainees: 'Stagiairs die het misten',
        best: 'Beste antwoord',
        common: 'Vaakste antwoord in de plaats',
        commonRating: 'Beoordeling',
        commonCount: 'Aantal keer',
      },
    },
  },
};

export default nlTrainerCohort;
