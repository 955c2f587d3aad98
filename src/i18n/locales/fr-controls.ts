/** French strings of the call controls and the call's clock (namespace `callControls`), merged into the screens' strings. */
const frCallControls = {
  callControls: {
    handoverHeading: 'Passer l’appel : résumé pour le service qui reprend',
    handoverSaid: 'Vous avez dit à l’appelant :',
    handoverTo: 'Service qui reprend l’appel',
    handoverChoose: '— Choisir un service —',
    handoverToMissing: 'Choisissez le service qui reprend l’appel.',
    handoverSummary: 'Résumé de transmission',
    handoverHint:
      'Qui appelle, pour quoi, ce qui a déjà été vérifié ou fait, ce qui reste à faire : la personne qui reprend ne doit rien redemander.',
    handoverSummaryMissing: 'Écrivez le résumé : sans lui, l’appelant devra tout réexpliquer.',
    handOver: 'Transférer avec ce résumé',
    handoverCancel: 'Annuler le transfert',
    mute: 'Couper le micro',
    unmute: 'Rétablir le micro',
    mutedStatus:
      'Micro coupé : l’appelant ne vous entend plus, mais la ligne reste ouverte. Pour le faire patienter, utilisez plutôt l’attente.',
    timeLeft: 'Temps pour répondre : {{seconds}} s',
    timeShort: 'Plus que {{seconds}} secondes pour répondre.',
    timeUp: 'Le temps de réponse est écoulé : l’appelant s’impatiente.',
    lateSteps: 'Réponses données après le temps imparti : {{count}}.',
    patienceLost: 'dont {{count}} perdu(s) à attendre',
  },
};

export default frCallControls;
