import { useEffect } from 'react';
import { loadProgressMessages, loadScreenMessages, useTranslation } from '../../i18n/i18n';
import { startProgress, useProgress } from '../../store/progress/app-progress';
import { AssignmentsPanel } from '../assignments/AssignmentsPanel';
import { HistoryPanel } from './HistoryPanel';
import { LrsStatus } from './LrsStatus';
import { ProfilesPanel } from './ProfilesPanel';
import { StorageNotices } from './StorageNotices';

// This screen's strings arrive with its code (top-level await: React.lazy waits for them).
await Promise.all([loadScreenMessages(), loadProgressMessages()]);

/** « Mon parcours »: who is training (profiles), then their history, mastery and portfolio. */
export default function ProgressPage() {
  const { t } = useTranslation();
  const status = useProgress((state) => state.status);
  const activeProfileId = useProgress((state) => state.activeProfileId);
  useEffect(() => void startProgress(), []);
  return (
    <div className="progress-page">
      <h1>{t('progress.heading')}</h1>
      <StorageNotices />
      <LrsStatus />
      {status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {status === 'unavailable' && <p role="alert">{t('progress.unavailable')}</p>}
      {status === 'ready' && <ProfilesPanel />}
      {status === 'ready' && activeProfileId && <AssignmentsPanel />}
      {status === 'ready' && activeProfileId && <HistoryPanel />}
    </div>
  );
}
