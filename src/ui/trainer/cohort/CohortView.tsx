import { Suspense, useId } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { cohortStore } from '../../../store/cohort/cohort-store';
import type { CohortStore } from '../../../store/cohort/cohort-store';
import { LoadErrorBoundary } from '../../LoadErrorBoundary';
import { CohortWorkspace } from './CohortWorkspace';
import { downloadCsv } from './save-csv';
import type { SaveCsv } from './save-csv';
import './cohort.css';

/**
 * « Résultats du groupe »: the trainer imports the trainees' result files and reads the group's
 * competencies, pass rates and most missed decisions. Default export: the trainer area loads it lazily.
 */
export default function CohortView({
  store = cohortStore,
  saveFile = downloadCsv,
}: {
  store?: CohortStore;
  saveFile?: SaveCsv;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="cohort" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('cohort.heading')}</h2>
      <p>{t('cohort.intro')}</p>
      <p className="hint">{t('cohort.privacy')}</p>
      <p className="hint">{t('cohort.checksum')}</p>
      {/* The library index says which scenarios and versions exist: results are checked against it. */}
      <LoadErrorBoundary>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <CohortWorkspace store={store} saveFile={saveFile} />
        </Suspense>
      </LoadErrorBoundary>
    </section>
  );
}
