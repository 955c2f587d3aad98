import { useId, useState } from 'react';
import { matrixCsvRows, missedCsvRows, passRateCsvRows } from '../../../engine/cohort/cohort-csv';
import type { CompetencyMatrix } from '../../../engine/cohort/competency-matrix';
import { defaultSeparator, toCsv } from '../../../engine/cohort/csv';
import type { CsvCell, CsvSeparator } from '../../../engine/cohort/csv';
import type { DecisionAnalysis } from '../../../engine/cohort/missed-decisions';
import type { PassRate } from '../../../engine/cohort/pass-rates';
import { useTranslation } from '../../../i18n/i18n';
import { useCompetencyLabel } from '../../use-competency-label';
import { csvFileName } from './save-csv';
import type { SaveCsv } from './save-csv';

/** The three tables as CSV files, with the separator the trainer's spreadsheet expects. */
export function CsvExport({
  matrix,
  rates,
  mark,
  analysis,
  saveFile,
}: {
  matrix: CompetencyMatrix;
  rates: readonly PassRate[];
  mark: number;
  analysis: DecisionAnalysis;
  saveFile: SaveCsv;
}) {
  const { t, language } = useTranslation();
  const label = useCompetencyLabel();
  const id = useId();
  const [separator, setSeparator] = useState<CsvSeparator>(() => defaultSeparator(language));
  const [saved, setSaved] = useState<string | undefined>();
  const c = (key: string) => t(`cohort.csv.columns.${key}`);

  const save = (what: 'matrix' | 'passRates' | 'missed', rows: CsvCell[][]) => {
    const name = csvFileName(t(`cohort.csv.files.${what}`));
    saveFile(name, toCsv(rows, separator));
    setSaved(name);
  };

  return (
    <section className="cohort-csv" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('cohort.csv.heading')}</h3>
      <p className="hint">{t('cohort.csv.intro')}</p>
      <fieldset>
        <legend>{t('cohort.csv.separator')}</legend>
        {(
          [
            [';', 'semicolon'],
            [',', 'comma'],
          ] as const
        ).map(([value, key]) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-separator`}
              value={value}
              checked={separator === value}
              onChange={() => setSeparator(value)}
            />{' '}
            {t(`cohort.csv.${key}`)}
          </label>
        ))}
      </fieldset>
      <div className="csv-buttons">
        <button
          type="button"
          onClick={() =>
            save(
              'matrix',
              matrixCsvRows(
                matrix,
                {
                  trainee: c('trainee'),
                  ended: c('ended'),
                  mean: (competency) => t('cohort.csv.columns.mean', { competency }),
                  count: (competency) => t('cohort.csv.columns.count', { competency }),
                },
                label,
              ),
            )
          }
        >
          {t('cohort.csv.matrix')}
        </button>
        <button
          type="button"
          onClick={() =>
            save(
              'passRates',
              passRateCsvRows(
                rates,
                {
                  scenario: c('scenario'),
                  key: c('key'),
                  callType: c('callType'),
                  trainees: c('trainees'),
                  ended: c('endedTrainees'),
                  passed: c('passed'),
                  rate: c('rate'),
                  meanBest: c('meanBest'),
                  mark: c('mark'),
                },
                (type) => t(`callTypes.${type}`),
                mark,
              ),
            )
          }
        >
          {t('cohort.csv.passRates')}
        </button>
        <button
          type="button"
          onClick={() =>
            save(
              'missed',
              missedCsvRows(
                analysis,
                {
                  scenario: c('scenario'),
                  key: c('key'),
                  step: c('step'),
                  caller: c('caller'),
                  attempts: c('attempts'),
                  missedAttempts: c('missedAttempts'),
                  share: c('share'),
                  trainees: c('trainees'),
                  missedTrainees: c('missedTrainees'),
                  best: c('best'),
                  common: c('common'),
                  commonRating: c('commonRating'),
                  commonCount: c('commonCount'),
                },
                (rating) => t(`cohort.missed.ratings.${rating}`),
              ),
            )
          }
        >
          {t('cohort.csv.missed')}
        </button>
      </div>
      <p role="status">{saved && t('cohort.csv.saved', { file: saved })}</p>
    </section>
  );
}
