import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { ScoStore } from '../../scorm/sco-controller';
import { useAppStore } from '../../store/app-store';
import { LoadErrorBoundary } from '../LoadErrorBoundary';
import { AssignmentCalls } from './AssignmentCalls';
import { ScormHeader } from './ScormHeader';
import './scorm.css';

// The same call screen as the app's, loaded when a call starts.
const CallPage = lazy(() => import('../call/CallPage'));

/**
 * The package as the learner sees it inside the LMS: the assignment's calls in place of the library. A
 * call's debrief leads back here (« back to the list »), where its result now shows.
 */
export function ScormApp({ sco }: { sco: ScoStore }) {
  const { t } = useTranslation();
  const view = useAppStore((state) => state.view);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <ScormHeader />
      <main id="main" tabIndex={-1} className="scorm-app">
        <LoadErrorBoundary>
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            {view.name === 'call' ? (
              <CallPage
                key={view.run}
                scenarioKey={view.scenarioKey}
                resumeAttemptId={view.resumeAttemptId}
              />
            ) : (
              <AssignmentCalls sco={sco} />
            )}
          </Suspense>
        </LoadErrorBoundary>
      </main>
    </>
  );
}
