import { useEffect } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { QueueProblem } from '../../store/xapi/statement-queue';
import { sendLeftovers, useStatementQueue } from '../../store/xapi/app-xapi';

/**
 * « Relevés pour votre formateur »: how many learning records still wait for the trainer's LRS, why, and a
 * button to send them now. Shown only once this browser has queued something.
 */
export function LrsStatus() {
  const { t, language } = useTranslation();
  const status = useStatementQueue((state) => state.status);
  const pending = useStatementQueue((state) => state.pending);
  const sent = useStatementQueue((state) => state.sent);
  const sending = useStatementQueue((state) => state.sending);
  const problem = useStatementQueue((state) => state.problem);
  const retryAt = useStatementQueue((state) => state.retryAt);
  const damaged = useStatementQueue((state) => state.damaged);
  const retryNow = useStatementQueue((state) => state.retryNow);
  useEffect(() => void sendLeftovers(), []);

  if (status !== 'ready' || (pending === 0 && sent === 0 && damaged === 0)) return null;
  const plural = new Intl.PluralRules(language).select(pending) === 'one' ? 'one' : 'other';
  const time = retryAt ? new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(retryAt) : '';
  return (
    <section aria-labelledby="lrs-heading" className="lrs-status">
      <h2 id="lrs-heading">{t('xapi.heading')}</h2>
      <p>{t('xapi.intro')}</p>
      <p role="status">
        {pending > 0 ? t(`xapi.pending.${plural}`, { count: pending }) : t('xapi.allSent')}
        {sending && <> {t('xapi.sending')}</>}
      </p>
      {pending > 0 && problem && (
        <p role="alert" className={`notice ${problem.kind === 'rejected' ? 'error' : 'warning'}`}>
          {problemText(t, problem, time)}
        </p>
      )}
      {damaged > 0 && <p className="notice warning">{t('xapi.damaged', { count: damaged })}</p>}
      {pending > 0 && (
        <button type="button" onClick={() => void retryNow()} disabled={sending}>
          {t('xapi.retry')}
        </button>
      )}
    </section>
  );
}

function problemText(t: ReturnType<typeof useTranslation>['t'], problem: QueueProblem, time: string): string {
  const params = {
    endpoint: problem.endpoint,
    status: problem.status ?? '—',
    message: problem.message,
    time,
  };
  if (problem.reason === 'credentials') return t('xapi.credentials');
  return t(`xapi.${problem.kind}`, params);
}
