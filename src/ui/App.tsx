import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { AppHeader } from './AppHeader';
import { useAssignmentLink } from './assignments/use-assignment-link';
import { LibraryScreen } from './library/LibraryScreen';

// The call screen carries XState, the engine and Howler: it loads when a call starts, not before.
const CallPage = lazy(() => import('./call/CallPage'));
// Profiles, history and mastery load on demand too.
const ProgressPage = lazy(() => import('./progress/ProgressPage'));
// Trainers' tools never weigh on what a trainee downloads first.
const TrainerPage = lazy(() => import('./trainer/TrainerPage'));
// An assignment link's dialog and decoder load only when the address holds one.
const ReceivedAssignment = lazy(() => import('./assignments/ReceivedAssignment'));

export function App() {
  const { t } = useTranslation();
  const view = useAppStore((state) => state.view);
  const assignmentLink = useAssignmentLink();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        {view.name === 'library' && <LibraryScreen />}
        {view.name === 'call' && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <CallPage
              key={view.run}
              scenarioKey={view.scenarioKey}
              resumeAttemptId={view.resumeAttemptId}
              assigned={view.assigned}
            />
          </Suspense>
        )}
        {view.name === 'progress' && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <ProgressPage />
          </Suspense>
        )}
        {view.name === 'trainer' && (
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <TrainerPage />
          </Suspense>
        )}
      </main>
      {assignmentLink.payload !== undefined && (
        <Suspense fallback={null}>
          <ReceivedAssignment
            key={assignmentLink.payload}
            payload={assignmentLink.payload}
            onClose={assignmentLink.clear}
          />
        </Suspense>
      )}
    </>
  );
}
