import { use } from 'react';
import { useStore } from 'zustand';
import { learnerDisplayName } from '../../engine/scorm/learner-name';
import { canStillCount, hasPassMark } from '../../engine/scorm/scorm-result';
import { useTranslation } from '../../i18n/i18n';
import { fetchLibraryIndex } from '../../library/fetch-library';
import type { ScoStore } from '../../scorm/sco-controller';
import { useAppStore } from '../../store/app-store';
import { LmsNotices } from './LmsNotices';

/** The package's home: the assignment, how it is judged, its calls with their results, and the LMS state. */
export function AssignmentCalls({ sco }: { sco: ScoStore }) {
  const { t, language } = useTranslation();
  const assignment = useStore(sco, (state) => state.assignment);
  const learnerName = useStore(sco, (state) => state.learnerName);
  const passMark = useStore(sco, (state) => state.passMark);
  const results = useStore(sco, (state) => state.results);
  const report = useStore(sco, (state) => state.report);
  const lms = useStore(sco, (state) => state.lms);
  const finish = useStore(sco, (state) => state.finish);
  const openCall = useAppStore((state) => state.openCall);
  const index = use(fetchLibraryIndex());
  const { mode, callLanguage } = assignment;
  const due = assignment.due
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${assignment.due}T12:00:00`))
    : undefined;

  return (
    <div className="scorm-assignment">
      <h1 lang={callLanguage}>{assignment.title}</h1>
      <p className="lead">{t('lms.player.intro')}</p>
      <ul className="scorm-facts">
        {learnerName !== '' && <li>{t('lms.player.learner', { name: learnerDisplayName(learnerName) })}</li>}
        {assignment.issuedBy && <li>{t('lms.player.issuedBy', { name: assignment.issuedBy })}</li>}
        {due && <li>{t('lms.player.due', { date: due })}</li>}
        <li>
          {t('lms.player.mode', { mode: t(`modes.${mode}`) })} {t(`lms.player.${mode}Rule`)}
        </li>
        <li>
          {hasPassMark(passMark) ? t('lms.player.passMark', { mark: passMark }) : t('lms.player.noPassMark')}
        </li>
      </ul>
      <LmsNotices sco={sco} />
      <p className="scorm-summary">
        {t('lms.player.summary', {
          score: report.raw,
          status: t(`lms.player.status.${report.status}`),
          played: report.played,
          total: report.total,
        })}
      </p>
      <section aria-labelledby="scorm-calls-heading">
        <h2 id="scorm-calls-heading">{t('lms.player.callsHeading')}</h2>
        <ol className="card-list scorm-calls">
          {assignment.scenarios.map((id) => {
            const summary = index.scenarios.find((s) => s.id === id && s.language === callLanguage);
            if (!summary)
              return (
                <li key={id}>
                  <p className="notice error">{t('lms.player.missing', { id })}</p>
                </li>
              );
            const result = results[id];
            const playable = canStillCount(results, id, mode);
            const titleId = `scorm-call-${id}`;
            return (
              <li key={id}>
                <article className="scenario-card" aria-labelledby={titleId}>
                  <h3 id={titleId} lang={summary.language}>
                    {summary.title}
                  </h3>
                  <p className="badges">
                    <span className="badge">{t(`callTypes.${summary.callType}`)}</span>
                    <span className={`badge level-${summary.level}`}>
                      {t('library.levelLine', { level: t(`levels.${summary.level}`) })}
                    </span>
                  </p>
                  <p lang={summary.language}>{summary.summary}</p>
                  <p className="scorm-result">
                    {result === undefined
                      ? t('lms.player.notPlayed')
                      : t('lms.player.counted', { score: result })}
                    {!playable && <> {t('lms.player.examDone')}</>}
                  </p>
                  {playable && (
                    <button
                      type="button"
                      className="primary"
                      onClick={() => openCall(summary.key)}
                      aria-label={t('library.playNamed', { title: summary.title })}
                    >
                      {t('library.play')}
                    </button>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      </section>
      {(lms === 'connected' || lms === 'review') && (
        <div className="actions">
          <button type="button" onClick={finish} aria-describedby="scorm-finish-hint">
            {t('lms.player.finish')}
          </button>
          <p id="scorm-finish-hint" className="hint">
            {t('lms.player.finishHint')}
          </p>
        </div>
      )}
    </div>
  );
}
