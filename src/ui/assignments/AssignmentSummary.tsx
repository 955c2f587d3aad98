import type { Assignment } from '../../engine/assignment/assignment';
import { useTranslation } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../library/scenario-summary';
import { formatDay, scenarioTitle } from './scenario-titles';

/** The host an LRS address points to: what the trainee is told their results go to. */
function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

/** What a received assignment asks, before it is accepted: calls, mode, language, due date, pass mark. */
export function AssignmentSummary({
  assignment,
  overdue,
  index,
}: {
  assignment: Assignment;
  overdue: boolean;
  index: readonly ScenarioSummary[];
}) {
  const { t, language } = useTranslation();
  return (
    <div className="assignment-summary">
      <p className="assignment-title">{assignment.title}</p>
      {assignment.issuedBy && <p>{t('assignments.from', { name: assignment.issuedBy })}</p>}
      <ul className="assignment-facts">
        <li>{t('assignments.modeLine', { mode: t(`modes.${assignment.mode}`) })}</li>
        <li>{t('assignments.languageLine', { language: t(`languages.${assignment.callLanguage}`) })}</li>
        <li>{t('assignments.passMarkLine', { passMark: assignment.passMark })}</li>
        <li>
          {assignment.due === undefined
            ? t('assignments.noDue')
            : overdue
              ? t('assignments.overdue', { date: formatDay(assignment.due, language) })
              : t('assignments.due', { date: formatDay(assignment.due, language) })}
        </li>
      </ul>
      <p>{t('assignments.calls', { count: assignment.scenarios.length })}</p>
      <ol className="assignment-calls">
        {assignment.scenarios.map((id) => (
          <li key={id} lang={assignment.callLanguage}>
            {scenarioTitle(index, id, assignment.callLanguage) ?? id}
          </li>
        ))}
      </ol>
      {assignment.lrs && (
        <p className="notice">{t('assignments.lrsNotice', { host: hostOf(assignment.lrs.endpoint) })}</p>
      )}
    </div>
  );
}
