import { Suspense, use } from 'react';
import { useStore } from 'zustand';
import { localIsoDate } from '../../engine/assignment/assignment-problem';
import { useTranslation } from '../../i18n/i18n';
import { fetchLibraryIndex } from '../../library/fetch-library';
import { useAppStore } from '../../store/app-store';
import { progressStore } from '../../store/progress/app-progress';
import type { ProgressStore } from '../../store/progress/progress-store';
import type { ProfileAssignment } from '../../store/progress/profile-assignment';
import { LoadErrorBoundary } from '../LoadErrorBoundary';
import { AssignmentCard } from './AssignmentCard';
import { ShortCodeEntry } from './ShortCodeEntry';
import './assignments.css';

/** Due dates first (the nearest on top), open-ended ones after, each group in the order received. */
function byDue(a: ProfileAssignment, b: ProfileAssignment): number {
  const dueA = a.assignment.due ?? '9999-12-31';
  const dueB = b.assignment.due ?? '9999-12-31';
  return dueA < dueB ? -1 : dueA > dueB ? 1 : a.receivedAt - b.receivedAt;
}

/** « Mes devoirs » in « Mon parcours »: the open profile's assignments, and a field to type a short code. */
export function AssignmentsPanel({
  store = progressStore,
  today = localIsoDate(),
}: {
  store?: ProgressStore;
  today?: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="assignments-heading" className="assignments">
      <h2 id="assignments-heading">{t('assignments.panel.heading')}</h2>
      <LoadErrorBoundary>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <AssignmentsContent store={store} today={today} />
        </Suspense>
      </LoadErrorBoundary>
    </section>
  );
}

function AssignmentsContent({ store, today }: { store: ProgressStore; today: string }) {
  const { t } = useTranslation();
  const index = use(fetchLibraryIndex());
  const assignments = useStore(store, (state) => state.assignments);
  const attempts = useStore(store, (state) => state.attempts);
  const openCall = useAppStore((state) => state.openCall);
  const sorted = [...assignments].sort(byDue);
  return (
    <>
      {sorted.length === 0 ? (
        <p>{t('assignments.panel.empty')}</p>
      ) : (
        <ul className="assignment-list">
          {sorted.map((record) => (
            <li key={record.key}>
              <AssignmentCard
                record={record}
                attempts={attempts}
                index={index.scenarios}
                today={today}
                onPlay={openCall}
              />
            </li>
          ))}
        </ul>
      )}
      <h3>{t('assignments.panel.codeHeading')}</h3>
      <ShortCodeEntry index={index.scenarios} store={store} today={today} />
    </>
  );
}
