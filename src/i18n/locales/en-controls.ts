/** English strings of the call controls and the call's clock (namespace `callControls`), merged into the screens' strings. */
const enCallControls = {
  callControls: {
    handoverHeading: 'Hand the call over: summary for the service taking it',
    handoverSaid: 'You told the caller:',
    handoverTo: 'Service taking the call',
    handoverChoose: '— Choose a service —',
    handoverToMissing: 'Choose the service that takes the call.',
    handoverSummary: 'Handover summary',
    handoverHint:
      'Who is calling, what about, what has already been checked or done, what remains: whoever takes over must not have to ask again.',
    handoverSummaryMissing:
      'Write the summary: without it, the caller will have to explain everything again.',
    handOver: 'Transfer with this summary',
    handoverCancel: 'Cancel the transfer',
    mute: 'Mute microphone',
    unmute: 'Unmute microphone',
    mutedStatus:
      'Microphone muted: the caller cannot hear you, but the line is still open. To make someone wait, use hold instead.',
    timeLeft: 'Time to answer: {{seconds}} s',
    timeShort: '{{seconds}} seconds left to answer.',
    timeUp: 'Time to answer is up: the caller is getting impatient.',
    lateSteps: 'Answers given after the time allowed: {{count}}.',
    patienceLost: 'of which {{count}} lost waiting',
  },
};

export default enCallControls;
