/** EN strings of the call's freeText feature (namespace `freeText`), merged into the screens' strings. */
const enFreeText = {
  freeText: {
    label: 'What you say',
    hint: 'Type your answer as you would say it on the phone, then press Enter (Shift+Enter: new line).',
    send: 'Say it',
    empty: 'First type what you would say.',
    youSaid: 'You said:',
    understood: 'Understood as:',
    unsure: 'I am not sure I understood. Did you mean one of these two answers?',
    noMatch: 'I did not recognise your answer. Rephrase it, or pick one of the two closest answers.',
    closest: 'Closest answers',
    rephrase: 'Rephrase',
    loading: 'Loading free-text answers…',
    unavailable: 'Free-text answers could not be loaded: pick your answer from the list.',
    notInThisCall: 'This call is played with the answers offered: the exact wording matters here.',
    writtenStep: 'A written note is picked from the proposals: its exact wording matters.',
  },
};

export default enFreeText;
