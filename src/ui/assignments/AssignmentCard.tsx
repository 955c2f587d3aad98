import { useId } from 'react';
import { assignmentProgress } from '../../engine/assignment/assignment-progress';
import { isOverdue } from '../../engine/assignment/assignment-problem';
import type { Attempt } from '../../engine/progress/attempt';
import { useTranslation } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../library/scenario-summary';
import type { AssignedPlay } from '../../store/navigation-slice';
import type { ProfileAssignment } from '../../store/progress/profile-assignment';
import { formatDay, scenarioTitle } from './scenario-titles';

/** One accepted assignment: its rules, and each call with where the trainee stands and a Play button. */
export function AssignmentCard({
  record,
  attempts,
  index,
  today,
  onPlay,
}: {
  record: ProfileAssignment;
  attempts: readonly Attempt[];
  index: readonly ScenarioSummary[];
  today: string;
  onPlay: (scenarioKey: string, assigned: AssignedPlay) => void;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const { assignment } = record;
  const progress = assignmentProgress(assignment, attempts);
  const overdue = isOverdue(assignment, today) && !progress.complete;
  const playable = new Set(index.map((s) => s.key));

  return (
    <article className="assignment-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{assignment.title}</h3>
      {assignment.issuedBy && <p>{t('assignments.from', { name: assignment.issuedBy })}</p>}
      <p className={overdue ? 'notice warning' : undefined}>
        {assignment.due === undefined
          ? t('assignments.noDue')
          : overdue
            ? t('assignments.overdue', { date: formatDay(assignment.due, language) })
            : t('assignments.due', { date: formatDay(assignment.due, language) })}
      </p>
      <p className="meta">
        {t('assignments.modeLine', { mode: t(`modes.${assignment.mode}`) })} ·{' '}
        {t('assignments.languageLine', { language: t(`languages.${assignment.callLanguage}`) })} ·{' '}
        {t('assignments.passMarkLine', { passMark: assignment.passMark })}
      </p>
      <p>
        <strong>
          {progress.complete
            ? t('assignments.complete')
            : t('assignments.progress', { passed: progress.passed, total: progress.calls.length })}
        </strong>
      </p>
      <ol className="assigned-calls">
        {progress.calls.map((call) => {
          const title = scenarioTitle(index, call.scenarioId, assignment.callLanguage);
          return (
            <li key={call.scenarioId} className={`assigned-call status-${call.status}`}>
              <span lang={assignment.callLanguage} className="assigned-call-title">
                {title ?? call.scenarioId}
              </span>{' '}
              <span className="assigned-call-status">
                {t(`assignments.status.${call.status}`)}
                {call.best !== undefined && ` — ${t('assignments.best', { score: call.best })}`}
              </span>{' '}
              {playable.has(call.scenarioKey) ? (
                <button
                  type="button"
                  aria-label={t('assignments.play', {
                    title: title ?? call.scenarioId,
                    assignment: assignment.title,
                  })}
                  onClick={() =>
                    onPlay(call.scenarioKey, { assignmentId: assignment.id, mode: assignment.mode })
                  }
                >
                  {t('assignments.playShort')}
                </button>
              ) : (
                <span className="hint">{t('assignments.gone')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
