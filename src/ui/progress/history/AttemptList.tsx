import { useState } from 'react';
import type { Attempt } from '../../../engine/progress/attempt';
import { useTranslation } from '../../../i18n/i18n';
import { AttemptDecisions } from './AttemptDecisions';
import { useFormatters } from './format';
import { sectionStyle } from './layout';

/** How many calls are listed before « show all ». */
const firstShown = 10;

/** The coloured edge of a call's card: green well handled, amber partly, red failed or interrupted. */
function ratingClass(attempt: Attempt): string {
  if (attempt.status === 'in-progress') return '';
  if (attempt.status === 'abandoned') return 'rating-wrong';
  return attempt.outcome === 'success'
    ? 'rating-best'
    : attempt.outcome === 'partial'
      ? 'rating-weak'
      : 'rating-wrong';
}

/** Every call of the trainee, latest first: date, title, mode, outcome, score, duration, and its decisions. */
export function AttemptList({
  attempts,
  titleOf,
}: {
  attempts: readonly Attempt[];
  titleOf: (scenarioKey: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const latestFirst = [...attempts].reverse();
  const outcomeText = (attempt: Attempt) =>
    attempt.status === 'ended' && attempt.outcome
      ? t(`outcomes.${attempt.outcome}`)
      : attempt.status === 'in-progress'
        ? t('history.inProgress')
        : attempt.status === 'abandoned'
          ? t('history.abandoned')
          : t('history.notScored');
  const shown = showAll ? latestFirst : latestFirst.slice(0, firstShown);

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-labelledby="history-attempts-heading" className="history-attempts" style={sectionStyle}>
      <h3 id="history-attempts-heading">{t('history.attempts')}</h3>
      <p className="meta">{t('history.attemptsCount', { count: attempts.length })}</p>
      <ol className="decisions attempt-list">
        {shown.map((attempt) => {
          const title = titleOf(attempt.scenarioKey);
          const date = format.dateTime(attempt.startedAt);
          const open = expanded.has(attempt.id);
          const listId = `decisions-${attempt.id}`;
          return (
            <li key={attempt.id} className={`decision ${ratingClass(attempt)}`}>
              <h4 style={{ margin: '0 0 0.25rem' }}>
                {date} — {title}
              </h4>
              <p style={{ margin: '0 0 0.5rem' }}>
                {t(`modes.${attempt.mode}`)}
                {' · '}
                <strong className="rating">{outcomeText(attempt)}</strong>
                {attempt.overall !== undefined &&
                  ` · ${t('history.scoreOf', { value: format.percent(attempt.overall) })}`}
                {attempt.endedAt !== undefined &&
                  ` · ${t('history.durationOf', { value: format.duration(attempt.endedAt - attempt.startedAt) })}`}
              </p>
              <button
                type="button"
                aria-expanded={open}
                aria-controls={open ? listId : undefined}
                onClick={() => toggle(attempt.id)}
              >
                {open
                  ? t('history.hideDecisions')
                  : t('history.showDecisions', { count: attempt.decisions.length })}
              </button>
              {open && (
                <AttemptDecisions
                  id={listId}
                  scenarioKey={attempt.scenarioKey}
                  decisions={attempt.decisions}
                  label={t('history.decisionsOf', { title, date })}
                />
              )}
            </li>
          );
        })}
      </ol>
      {!showAll && latestFirst.length > firstShown && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('history.showAll', { count: latestFirst.length })}
        </button>
      )}
    </section>
  );
}
