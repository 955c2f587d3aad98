import type { Act, CallerSignal } from '../acts';

/** Every rule of the trade a procedure machine checks. Competencies and texts are keyed by these ids. */
export const ruleIds = [
  'location-first',
  'callback-number',
  'no-recording-notice-in-emergency',
  'operator-ends-call',
  'recording-before-personal-data',
  'identity-before-account-data',
  'no-card-readback',
  'rephrase-before-solution',
  'opening-who-what-why',
  'do-not-call-honoured',
  'needs-before-offer',
  'conditions-before-closing',
  'no-substitute-respondent',
  'no-selling-in-survey',
  'recap-before-close',
  'proper-closing',
  'polite-register',
  'no-blame',
  'let-caller-speak',
  'no-unfounded-promise',
  'no-reasking-screen-data',
  'cpr-on-gasping',
  'ticket-logged',
  // Screen work (judged from the desk log by src/engine/desk/assess-desk.ts, not by a procedure machine).
  'record-consulted',
  'knowledge-consulted',
  'form-field',
  'services-dispatched',
  'priority-right',
  // After-call work (judged from the wrap-up by src/engine/wrapup/assess-wrap-up.ts).
  'note-outcome',
  'note-action',
  'note-follow-up',
  'note-consistent',
  'note-spelling',
  'disposition-right',
  'callback-booked',
  // Transfers and escalations (judged from the handover the trainee wrote, src/engine/desk/assess-handover.ts).
  'handover-service',
  'handover-summary',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** Competencies each rule gives evidence for (ids from the catalogue). */
export const ruleCompetencies: Record<RuleId, readonly string[]> = {
  'location-first': ['structure-entretien', 'prend-appels-urgence', 'questions-procedures'],
  'callback-number': ['questions-procedures'],
  'no-recording-notice-in-emergency': ['prend-appels-urgence'],
  'operator-ends-call': ['prend-appels-urgence', 'controle-emotions'],
  'recording-before-personal-data': ['informe-ecoute'],
  'identity-before-account-data': ['secret-professionnel'],
  'no-card-readback': ['secret-professionnel'],
  'rephrase-before-solution': ['questions-clarifier', 'structure-entretien'],
  'opening-who-what-why': ['informe-objectif', 'directives-appel'],
  'do-not-call-honoured': ['situations-inattendues', 'suit-script'],
  'needs-before-offer': ['techniques-commerciales'],
  'conditions-before-closing': ['conditions-vente'],
  'no-substitute-respondent': ['suivi-absents'],
  'no-selling-in-survey': ['informe-objectif'],
  'recap-before-close': ['structure-entretien', 'decrit-resultat'],
  'proper-closing': ['directives-appel'],
  'polite-register': ['adapte-langage'],
  'no-blame': ['critique-constructive'],
  'let-caller-speak': ['laisse-parler'],
  'no-unfounded-promise': ['informations-actuelles'],
  'no-reasking-screen-data': ['ecoute-et-ecran'],
  'cpr-on-gasping': ['analyse-appels-urgence', 'prend-appels-urgence'],
  'ticket-logged': ['note-questions', 'encode-donnees'],
  'record-consulted': ['ecoute-et-ecran'],
  'knowledge-consulted': ['cherche-informations', 'cherche-fichier-script'],
  'form-field': ['encode-donnees', 'tape-sans-faute'],
  'services-dispatched': ['dispatching-urgence'],
  'priority-right': ['traite-commande-delais'],
  'note-outcome': ['decrit-resultat'],
  'note-action': ['decrit-resultat'],
  'note-follow-up': ['decrit-resultat'],
  'note-consistent': ['decrit-resultat'],
  'note-spelling': ['tape-sans-faute'],
  'disposition-right': ['encode-contact'],
  'callback-booked': ['suivi-absents'],
  'handover-service': ['refere-client'],
  'handover-summary': ['refere-client', 'decrit-resultat'],
};

/** One judgement a procedure machine makes about the trainee's conduct. */
export interface Finding {
  /** The rule judged. */
  rule: RuleId;
  /** True when the rule was respected, false when broken. */
  ok: boolean;
  /** Step in which it happened (absent for findings made when the call ends). */
  stepId?: string;
  /** Option that triggered it. */
  optionId?: string;
  /** Values the finding's sentence fills in (field, what was typed, what was expected). */
  params?: Record<string, string>;
}

/** Events a procedure machine watches. */
export type ProcedureEvent =
  | { type: 'trainee.act'; act: Act; stepId: string; optionId: string }
  | { type: 'caller.signal'; signal: CallerSignal; stepId: string }
  /** A new step is on screen; `offered` lists every act its options would perform (temptations included). */
  | { type: 'caller.turn'; stepId: string; offered: Act[] }
  | { type: 'call.ended'; endedBy: 'trainee' | 'caller' };

/** What every procedure machine keeps: its findings, in the order they were made. */
export interface ProcedureContext {
  /** Findings so far. */
  findings: Finding[];
}
