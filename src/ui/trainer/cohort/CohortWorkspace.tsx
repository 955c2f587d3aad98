import { use, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { catalogOf } from '../../../engine/cohort/cohort';
import { filterChoices, filterCohort } from '../../../engine/cohort/cohort-filter';
import type { CohortFilter } from '../../../engine/cohort/cohort-filter';
import { competencyMatrix } from '../../../engine/cohort/competency-matrix';
import { missedDecisions } from '../../../engine/cohort/missed-decisions';
import { defaultPassMark, passRates } from '../../../engine/cohort/pass-rates';
import { useTranslation } from '../../../i18n/i18n';
import { fetchLibraryIndex, fetchScenario } from '../../../library/fetch-library';
import type { CohortStore } from '../../../store/cohort/cohort-store';
import { recordChecks } from '../../progress/profiles/record-checks';
import { CohortFilters } from './CohortFilters';
import { CompetencyHeatmap } from './CompetencyHeatmap';
import { CsvExport } from './CsvExport';
import { ImportReport } from './ImportReport';
import { MissedDecisionList } from './MissedDecisionList';
import { PassRateTable } from './PassRateTable';
import { ResultDropZone } from './ResultDropZone';
import type { SaveCsv } from './save-csv';

/** The import, its report and the group's tables, once the library index is known. */
export function CohortWorkspace({ store, saveFile }: { store: CohortStore; saveFile: SaveCsv }) {
  const { t } = useTranslation();
  const index = use(fetchLibraryIndex());
  const catalog = useMemo(() => catalogOf(index.scenarios), [index]);
  const cohort = useStore(store, (state) => state.cohort);
  const reports = useStore(store, (state) => state.reports);
  const lastImport = useStore(store, (state) => state.lastImport);
  const reading = useStore(store, (state) => state.reading);
  const scenarios = useStore(store, (state) => state.scenarios);
  const [filter, setFilter] = useState<CohortFilter>({});
  const [mark, setMark] = useState(defaultPassMark);
  const [cleared, setCleared] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  const filtered = useMemo(() => filterCohort(cohort, filter, catalog), [cohort, filter, catalog]);
  const choices = useMemo(() => filterChoices(cohort, catalog), [cohort, catalog]);
  const matrix = useMemo(() => competencyMatrix(filtered), [filtered]);
  const rates = useMemo(() => passRates(filtered, catalog, mark), [filtered, catalog, mark]);
  const analysis = useMemo(
    () => missedDecisions(filtered, catalog, scenarios),
    [filtered, catalog, scenarios],
  );

  const latest = reports.slice(0, lastImport);
  const accepted = latest.filter((r) => r.status === 'accepted').length;
  const counted = filtered.trainees.reduce((sum, trainee) => sum + trainee.attempts.length, 0);

  const importFiles = (files: File[]) => {
    setCleared(false);
    void store.getState().importFiles(files, { catalog, checks: recordChecks, loadScenario: fetchScenario });
  };

  const clear = () => {
    store.getState().clear();
    setFilter({});
    setCleared(true);
    // The button disappears with the data: the keyboard goes back to the start of the view.
    top.current?.focus();
  };

  return (
    <div className="cohort-workspace" ref={top} tabIndex={-1}>
      <ResultDropZone onFiles={importFiles} />
      <div role="status" className="cohort-status">
        {reading > 0 ? (
          <p>{t('cohort.drop.reading', { count: reading })}</p>
        ) : latest.length > 0 ? (
          <p>{t('cohort.report.summary', { accepted, rejected: latest.length - accepted })}</p>
        ) : cleared ? (
          <p>{t('cohort.cleared')}</p>
        ) : null}
      </div>
      {reports.length > 0 && <ImportReport reports={reports} catalog={catalog} />}
      {cohort.trainees.length === 0 ? (
        reports.length === 0 && <p>{t('cohort.empty')}</p>
      ) : (
        <>
          <CohortFilters filter={filter} choices={choices} onChange={setFilter} />
          <p>{t('cohort.filters.counted', { trainees: filtered.trainees.length, attempts: counted })}</p>
          <CompetencyHeatmap matrix={matrix} />
          <PassRateTable rates={rates} mark={mark} onMark={setMark} />
          <MissedDecisionList analysis={analysis} catalog={catalog} />
          <CsvExport matrix={matrix} rates={rates} mark={mark} analysis={analysis} saveFile={saveFile} />
        </>
      )}
      {(reports.length > 0 || cohort.trainees.length > 0) && (
        <button type="button" className="clear-cohort" onClick={clear}>
          {t('cohort.clear')}
        </button>
      )}
    </div>
  );
}
