/** What the trainee did on the agent's desktop during a call, kept with the attempt (resume, debrief). */
export interface DeskLog {
  /** Panels and articles opened: `record` or `kb:<id>`, with the number of answers given at that moment. */
  opened: { target: string; atAnswer: number }[];
  /** The form as filled in: field id → value (a list for multiselect). */
  form: Record<string, string | string[]>;
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
