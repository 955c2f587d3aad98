/**
 * The controlled vocabulary of what a trainee's answer *does*. Procedure machines judge the order of acts,
 * whatever competency tags the scenario author chose, so every option must name the acts it performs.
 */
export const acts = [
  // Opening and structure
  'greet', // says hello with the organisation's formula
  'introduce-self', // gives own name and company (outbound opening)
  'state-purpose', // says why one calls (outbound opening)
  'announce-recording', // recording notice: that, why, how long
  'close', // proper leave-taking (prise de congé)
  'end-call', // the operator ends the call (emergency: the operator, not the caller, hangs up)
  'recap', // summarises what was said and agreed
  // Listening and questioning
  'listen', // lets the caller speak, a short prompt to go on
  'acknowledge', // acknowledges emotion or criticism
  'rephrase', // reformulates the problem in own words
  'open-question', // asks an open question
  'closed-question', // asks a closed, checking question
  'interrupt', // cuts the caller off
  // Data and confidentiality
  'ask-personal-data', // asks for name, address, number, order reference...
  'verify-identity', // asks the verification questions before account data or changes
  'disclose-account-data', // reads out or changes account data
  'read-card-number', // reads a payment card number aloud (never acceptable)
  'check-screen', // looks at the record / knowledge base before answering
  'ask-spelling', // asks the caller to spell a name, an address or an e-mail, or reads it back letter by letter
  'update-record', // encodes or corrects data in the record (a correction the caller made, a new contact)
  'log-ticket', // opens (or updates) the ticket / contact record for this call
  'ask-again-known-data', // asks for something the screen already shows
  // Solving
  'propose-solution', // offers a fix, an action or an answer
  'give-status', // tells where an order or a solution stands, with next step and date
  'promise-unfounded', // promises what the agent cannot guarantee
  'blame-other', // blames a partner, a colleague or the customer
  'refer', // refers to another service or person, with a handover
  'escalate', // escalates to the second line or a supervisor
  'consult-supervisor', // puts the caller on hold to ask the team leader before promising
  'transfer', // transfers the call to another service (e.g. 112 → 101) with a handover
  'use-jargon', // uses technical words with a lay caller
  'tutoiement', // says « tu » to a customer
  // Sales and surveys
  'ask-needs', // discovery questions before an offer
  'present-offer', // presents a product or offer
  'handle-objection', // answers an objection (CRAC)
  'inform-conditions', // total price, duration, 14-day withdrawal
  'closing-question', // asks for the decision
  'honour-objection', // stops selling at once after « Ne m'appelez plus » or an objection to marketing
  'pressure', // insists after a refusal
  'book-callback', // books a callback (date, time, person)
  'interview-substitute', // interviews someone other than the selected respondent
  'ask-survey-question', // asks a questionnaire item
  'record-order', // registers the order or the subscription
  'upsell', // proposes a relevant extra (cross-selling)
  // Emergency
  'ask-location', // asks the exact address / place
  'confirm-location', // reads the address back, checks commune and access
  'ask-nature', // what happened
  'ask-victims', // how many people are hurt or in danger
  'ask-consciousness', // is the person conscious, answering
  'ask-breathing', // is the person breathing normally
  'ask-callback-number', // the number to call back on
  'ask-caller-name', // the caller's name
  'dispatch', // sends the services
  'give-instructions', // pre-arrival instructions
  'give-cpr-instructions', // guides chest compressions by phone (100–120/min, 5–6 cm)
  'keep-on-line', // asks the caller to stay on the line
] as const;

export type Act = (typeof acts)[number];

/**
 * What a caller's line reveals that a procedure must react to. A step lists the signals its line carries;
 * the session sends them as `caller.*` events to the procedure machine.
 */
export const callerSignals = [
  'identity-confirmed', // the caller passed the identity check
  'identity-failed', // the caller could not prove who they are
  'do-not-call', // « Ne m'appelez plus » or an objection to direct marketing
  'respondent-absent', // the selected survey respondent is not there
  'complaint', // the caller complains or criticises
  'third-party', // someone other than the account holder is on the line
  'vulnerable', // the person seems elderly, confused or vulnerable
  'hostile', // insults or threats
  'gasping', // the victim is gasping or not breathing normally (cardiac arrest)
  'danger', // a danger appears on site (violent person, fire spreading, gas)
] as const;

export type CallerSignal = (typeof callerSignals)[number];
