import { useStore } from 'zustand';
import { useTranslation } from '../../i18n/i18n';
import type { ScoStore } from '../../scorm/sco-controller';
import { useProgress } from '../../store/progress/app-progress';

/** How the package stands with the LMS and the browser: what is (not) recorded, and every refusal. */
export function LmsNotices({ sco }: { sco: ScoStore }) {
  const { t } = useTranslation();
  const lms = useStore(sco, (state) => state.lms);
  const errors = useStore(sco, (state) => state.errors);
  const sent = useStore(sco, (state) => state.sent);
  const carriedProblem = useStore(sco, (state) => state.carriedProblem);
  const storage = useProgress((state) => state.status);
  return (
    <>
      {lms === 'missing' && <p className="notice warning">{t('lms.player.noLms')}</p>}
      {lms === 'refused' && <p className="notice error">{t('lms.player.refused')}</p>}
      {lms === 'review' && <p className="notice warning">{t('lms.player.review')}</p>}
      {storage === 'unavailable' && <p className="notice warning">{t('lms.player.noStorage')}</p>}
      {carriedProblem && <p className="notice warning">{t('lms.player.carriedProblem')}</p>}
      <div role="alert">
        {errors.length > 0 && (
          <ul className="notice error lms-errors">
            {errors.map((error, index) => (
              <li key={index}>
                {t('lms.player.lmsError', { call: error.call, code: error.code, message: error.message })}
                {error.diagnostic !== '' && error.diagnostic !== error.message && (
                  <> {t('lms.player.diagnostic', { diagnostic: error.diagnostic })}</>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div role="status">
        {lms === 'finished' && <p className="notice">{t('lms.player.finished')}</p>}
        {lms === 'connected' && sent === true && <p className="hint">{t('lms.player.sent')}</p>}
      </div>
    </>
  );
}
