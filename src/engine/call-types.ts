/** The five kinds of call the simulator trains, each with its own procedure machine. */
export const callTypes = ['inbound', 'outbound-sales', 'outbound-survey', 'helpdesk', 'emergency'] as const;
export type CallType = (typeof callTypes)[number];

/** Difficulty levels, as scenario-quality.md defines them. */
export const levels = ['debutant', 'intermediaire', 'avance'] as const;
export type Level = (typeof levels)[number];

/** Languages a call can be played in (and the interface shown in). */
export const languages = ['fr', 'nl', 'en'] as const;
export type Language = (typeof languages)[number];

/** Outbound calls share the opening rules (who, which company, why). */
export function isOutbound(callType: CallType): boolean {
  return callType === 'outbound-sales' || callType === 'outbound-survey';
}
