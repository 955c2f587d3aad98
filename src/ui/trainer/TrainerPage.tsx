import { lazy, Suspense, useCallback, useState } from 'react';
import type { Assignment } from '../../engine/assignment/assignment';
import { PackageAssignment } from './package-assignment';
import { loadTrainerMessages, useTranslation } from '../../i18n/i18n';
import { TrainerTabs } from './TrainerTabs';
import type { TrainerSection } from './TrainerTabs';

// This area's strings arrive with its code (top-level await: React.lazy waits for them).
await loadTrainerMessages();

// Each section loads when opened: a trainer composing an assignment does not download the cohort view.
const AssignmentComposer = lazy(() => import('./assign/AssignmentComposer'));
const CohortView = lazy(() => import('./cohort/CohortView'));
const LmsPackage = lazy(() => import('./lms/LmsPackage'));

/** The trainers' area: compose assignments, read a group's results, package calls for the LMS. */
export default function TrainerPage() {
  const { t } = useTranslation();
  const [section, setSection] = useState<TrainerSection>('assign');
  // An assignment composed in the first section, taken to the LMS section to be packaged as it is.
  const [packaged, setPackaged] = useState<Assignment | undefined>();
  const packageAssignment = useCallback((assignment: Assignment) => {
    setPackaged(assignment);
    setSection('lms');
  }, []);
  return (
    <div className="trainer-page">
      <h1>{t('trainer.heading')}</h1>
      <TrainerTabs current={section} onChange={setSection} />
      <div role="tabpanel" id={`trainer-panel-${section}`} aria-labelledby={`trainer-tab-${section}`}>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <PackageAssignment value={packageAssignment}>
            {section === 'assign' && <AssignmentComposer />}
          </PackageAssignment>
          {section === 'cohort' && <CohortView />}
          {section === 'lms' && (
            <LmsPackage key={packaged?.id ?? 'new'} {...(packaged ? { initial: packaged } : {})} />
          )}
        </Suspense>
      </div>
    </div>
  );
}
