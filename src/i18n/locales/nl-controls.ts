/** Dutch strings of the call controls and the call's clock (namespace `callControls`), merged into the screens' strings. */
const nlCallControls = {
  callControls: {
    handoverHeading: 'Gesprek doorgeven: samenvatting voor de dienst die overneemt',
    handoverSaid: 'U zei tegen de beller:',
    handoverTo: 'Dienst die het gesprek overneemt',
    handoverChoose: '— Kies een dienst —',
    handoverToMissing: 'Kies de dienst die het gesprek overneemt.',
    handoverSummary: 'Overdrachtssamenvatting',
    handoverHint:
      'Wie belt, waarvoor, wat al gecontroleerd of gedaan is, wat nog moet gebeuren: wie overneemt, hoeft niets opnieuw te vragen.',
    handoverSummaryMissing: 'Schrijf de samenvatting: zonder die moet de beller alles opnieuw uitleggen.',
    handOver: 'Doorverbinden met deze samenvatting',
    handoverCancel: 'Doorverbinden annuleren',
    mute: 'Microfoon uit',
    unmute: 'Microfoon aan',
    mutedStatus:
      'Microfoon uit: de beller hoort u niet meer, maar de lijn blijft open. Laat iemand liever wachten met de wachtstand.',
    timeLeft: 'Tijd om te antwoorden: {{seconds}} s',
    timeShort: 'Nog {{seconds}} seconden om te antwoorden.',
    timeUp: 'De antwoordtijd is om: de beller wordt ongeduldig.',
    lateSteps: 'Antwoorden gegeven na de toegestane tijd: {{count}}.',
    patienceLost: 'waarvan {{count}} verloren door wachten',
  },
};

export default nlCallControls;
