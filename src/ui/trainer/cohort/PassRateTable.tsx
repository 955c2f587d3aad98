import { useId, useState } from 'react';
import type { PassRate } from '../../../engine/cohort/pass-rates';
import { useTranslation } from '../../../i18n/i18n';

/** The pass mark the trainer sets, and how many trainees reached it in each call. */
export function PassRateTable({
  rates,
  mark,
  onMark,
}: {
  rates: readonly PassRate[];
  mark: number;
  onMark: (mark: number) => void;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  // The field keeps what is typed; the mark changes only when it is a whole number from 0 to 100.
  const [typed, setTyped] = useState(String(mark));
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <section className="pass-rates" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('cohort.pass.heading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-mark`}>{t('cohort.pass.mark')}</label>
        <input
          id={`${id}-mark`}
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          value={typed}
          aria-describedby={`${id}-mark-hint`}
          onChange={(event) => {
            setTyped(event.target.value);
            const value = Number(event.target.value);
            if (event.target.value !== '' && Number.isInteger(value) && value >= 0 && value <= 100)
              onMark(value);
          }}
        />
        <p id={`${id}-mark-hint`} className="hint">
          {t('cohort.pass.markHint')}
        </p>
      </div>
      {rates.length === 0 ? (
        <p>{t('cohort.pass.none')}</p>
      ) : (
        <table className="scores">
          <caption>{t('cohort.pass.caption', { mark })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cohort.pass.scenario')}</th>
              <th scope="col">{t('cohort.pass.callType')}</th>
              <th scope="col">{t('cohort.pass.passed')}</th>
              <th scope="col">{t('cohort.pass.rate')}</th>
              <th scope="col">{t('cohort.pass.meanBest')}</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((rate) => (
              <tr key={rate.scenarioKey}>
                <th scope="row">
                  {rate.title} <span className="meta">({rate.language.toUpperCase()})</span>
                </th>
                <td>{t(`callTypes.${rate.callType}`)}</td>
                <td>
                  {rate.passed} / {rate.trainees}
                </td>
                <td>{percent.format(rate.rate / 100)}</td>
                <td>{rate.meanBest === undefined ? '—' : percent.format(rate.meanBest / 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
