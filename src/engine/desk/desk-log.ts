import type { WrapUpLog } from '../wrapup/wrap-up-log';

/** What the trainee did on the agent's desktop during a call, kept with the attempt (resume, debrief). */
export interface DeskLog {
  /** Panels and articles opened: `record` or `kb:<id>`, with the number of answers given at that moment. */
  opened: { target: string; atAnswer: number }[];
  /** The form as filled in: field id → value (a list for multiselect). */
  form: Record<string, string | string[]>;
  /** The after-call work (note, disposition, callback), once the call has ended. */
  wrapUp?: WrapUpLog;
  /** Transfers and escalations, with the summary written for whoever takes the call. */
  handovers?: HandoverRecord[];
}

/** One transfer or escalation as the trainee made it. */
export interface HandoverRecord {
  /** The option (a transfer or escalation) the handover went with. */
  optionId: string;
  /** The service chosen. */
  to: string;
  /** The summary written for it. */
  summary: string;
}

/** Records a handover (a resumed call replays its choices, so one record per option is enough). */
export function handOverOnDesk(log: DeskLog, handover: HandoverRecord): DeskLog {
  const others = (log.handovers ?? []).filter((h) => h.optionId !== handover.optionId);
  return { ...log, handovers: [...others, handover] };
}

export const emptyDeskLog = (): DeskLog => ({ opened: [], form: {} });

/** Records that a panel or article was opened (once per target and answer is enough). */
export function openOnDesk(log: DeskLog, target: string, atAnswer: number): DeskLog {
  if (log.opened.some((o) => o.target === target && o.atAnswer === atAnswer)) return log;
  return { ...log, opened: [...log.opened, { target, atAnswer }] };
}

export function fillOnDesk(log: DeskLog, field: string, value: string | string[]): DeskLog {
  return { ...log, form: { ...log.form, [field]: value } };
}
