/** NL strings of the call's wrapUp feature (namespace `wrapUp`), merged into the screens' strings. */
const nlWrapUp = {
  wrapUp: {
    heading: 'Nawerk na het gesprek',
    note: 'Afsluitende notitie',
    noteHint:
      'Noteer het resultaat van het contact, wat u gedaan hebt en wat er nog volgt (of dat er niets volgt), in de taal van het gesprek.',
    characters: '{{count}} teken(s)',
    disposition: 'Afsluitcode',
    chooseDisposition: '— Kies een code —',
    dispositions: {
      resolved: 'Opgelost',
      'follow-up': 'Opvolging loopt',
      escalated: 'Geëscaleerd',
      transferred: 'Doorverbonden / doorverwezen',
      sale: 'Verkoop gesloten',
      refused: 'Weigering',
      'callback-scheduled': 'Terugbelafspraak gepland',
      'respondent-absent': 'Respondent afwezig',
      'survey-completed': 'Enquête volledig',
      'do-not-call': 'Bezwaar « Bel me niet meer »',
      'services-dispatched': 'Hulpdiensten gestuurd',
      'advice-only': 'Advies, geen hulpdiensten gestuurd',
      'caller-hung-up': 'Gesprekspartner heeft opgehangen',
    },
    callback: 'Terugbelafspraak',
    callbackHint:
      'Voor een afwezige persoon of een gevraagde terugbelafspraak: een werkdag, een uur en de persoon naar wie u vraagt.',
    callbackDate: 'Datum van de terugbelafspraak',
    callbackTime: 'Uur van de terugbelafspraak',
    callbackPerson: 'Terug te bellen persoon',
    spelling: {
      idle: 'De spelling van de notitie wordt gecontroleerd zodra u even stopt met typen.',
      checking: 'Spelling wordt gecontroleerd…',
      none: 'Spelling: geen fouten gevonden.',
      found: 'Spelling: {{count}} woord(en) na te kijken.',
      list: 'Na te kijken woorden',
      suggestions: 'Suggesties:',
      noSuggestion: 'geen suggestie',
      replace: '« {{word}} » vervangen door « {{suggestion}} »',
      unavailable:
        'De spellingcontrole kon niet laden: uw notitie is wel bewaard, maar de spelling wordt niet beoordeeld.',
    },
    holidays: {
      'new-year': 'Nieuwjaar',
      'easter-monday': 'Paasmaandag',
      'labour-day': 'het Feest van de Arbeid',
      ascension: 'Hemelvaart',
      'whit-monday': 'Pinkstermaandag',
      'national-day': 'de nationale feestdag',
      assumption: 'Onze-Lieve-Vrouw-Hemelvaart',
      'all-saints': 'Allerheiligen',
      armistice: 'Wapenstilstand',
      christmas: 'Kerstmis',
    },
    debrief: {
      heading: 'Afsluitende notitie',
      noNote: 'Er is geen afsluitende notitie geschreven.',
      present: 'Aanwezig',
      absent: 'Ontbreekt',
      ok: 'Juist',
      notOk: 'Na te kijken',
      found: 'gevonden:',
      elements: {
        outcome: 'Resultaat van het contact',
        action: 'Ondernomen actie',
        followUp: 'Geplande opvolging',
      },
      missing: {
        outcome: 'de notitie zegt niet hoe het contact afliep (opgelost, verkoop, weigering, geëscaleerd…).',
        action:
          'de notitie zegt niet wat u gedaan hebt (ticket aangemaakt, gegevens gecorrigeerd, hulpdiensten gestuurd…).',
        followUp:
          'de notitie zegt niet wat er volgt (terugbellen, termijn, volgende stap) en ook niet dat er niets volgt (« geen verdere actie »).',
      },
      consistency: 'Overeenstemming met het gesprek',
      contradiction: {
        solved:
          'de notitie meldt een opgelost probleem, maar het gesprek heeft het niet opgelost (verwachte code: {{expected}}).',
        sale: 'de notitie meldt een verkoop die niet heeft plaatsgevonden (verwachte code: {{expected}}).',
      },
      dispositionChosen: 'gekozen « {{chosen}} », verwacht « {{expected}} ».',
      dispositionNone: 'geen code gekozen; verwacht « {{expected}} ».',
      callbackBooked: '{{date}} om {{time}}, {{person}}.',
      callbackOk: 'datum, uur en persoon in orde.',
      callbackProblems: {
        missing: 'geen terugbelafspraak gepland, terwijl het gesprek er een vroeg.',
        'no-date': 'de datum ontbreekt of is ongeldig.',
        'date-past': 'de datum is al voorbij.',
        'not-working-day': 'de datum is geen werkdag{{holiday}}.',
        'no-time': 'het uur ontbreekt.',
        'no-person': 'de terug te bellen persoon ontbreekt.',
      },
      spelling: 'Spelling',
      spellingNone: 'geen fouten gevonden.',
      spellingFound: '{{count}} verkeerd gespeld(e) woord(en):',
      spellingNotScored: {
        unavailable: 'Spelling niet beoordeeld: de spellingcontrole kon niet laden.',
        stale: 'Spelling niet beoordeeld: de notitie is na de laatste controle gewijzigd.',
        unchecked: 'Spelling niet beoordeeld: geen notitie om te controleren.',
      },
      person: 'naam van de gesprekspartner',
      factsQuoted: 'Gegevens uit het dossier in de notitie: {{facts}}.',
      factsNone: 'De notitie vermeldt geen gegevens uit het dossier (naam, nummer, referentie).',
    },
  },
};

export default nlWrapUp;
