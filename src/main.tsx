import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { changeLanguage } from './i18n/i18n';
import { fetchLibraryIndex } from './library/fetch-library';
import { useAppStore } from './store/app-store';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// An LMS launched an assignment's SCORM package (its launch page carries this marker, see
// src/engine/scorm/launch-marker.ts; written out here to keep it out of the first screen's chunks): the
// package's own screen, downloaded only then.
if (document.querySelector('meta[name="decroche-launch"][content="scorm"]')) {
  await import('./scorm/launch-sco').then((module) => module.launchSco(root));
} else {
  // The index is preloaded by index.html; waiting for it (a few ms on the app's own origin) lets the list
  // render in the first commit. A failure is shown by the list's error boundary, which fetches again.
  const language = useAppStore.getState().uiLanguage;
  await Promise.all([
    language === 'fr' ? undefined : changeLanguage(language),
    fetchLibraryIndex().catch(() => undefined),
  ]);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

  // After the first screen: open the trainee's records and, if a call was interrupted (reload, closed tab),
  // take it up again at the step it had reached.
  void import('./ui/resume-interrupted-call').then((module) => module.resumeInterruptedCall());
  // Learning records an earlier visit could not send to a trainer's LRS go now (nothing happens without any).
  // The queue's code (and @xapi/xapi) loads only on a browser that has queued records before.
  void import('./store/xapi/xapi-db-name').then(async ({ hasXapiOutbox }) => {
    if (await hasXapiOutbox()) await import('./store/xapi/app-xapi').then((module) => module.sendLeftovers());
  });
}
