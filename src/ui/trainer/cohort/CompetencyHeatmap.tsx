import { useId } from 'react';
import type { CompetencyMatrix } from '../../../engine/cohort/competency-matrix';
import { masteryBand } from '../../../engine/progress/mastery';
import type { MasteryBand } from '../../../engine/progress/mastery';
import { useTranslation } from '../../../i18n/i18n';
import { useCompetencyLabel } from '../../use-competency-label';

const bands: readonly MasteryBand[] = ['to-work', 'in-progress', 'reached'];

/**
 * Trainees × competencies as a table a screen reader can walk: trainee names head the rows, the profile's
 * wording heads the columns, every cell says its number and its band in words; the colour only repeats it.
 */
export function CompetencyHeatmap({ matrix }: { matrix: CompetencyMatrix }) {
  const { t, language } = useTranslation();
  const label = useCompetencyLabel();
  const id = useId();
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <section className="cohort-heatmap" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('cohort.heatmap.heading')}</h3>
      {matrix.competencies.length === 0 ? (
        <p>{t('cohort.heatmap.noCompetency')}</p>
      ) : (
        <>
          {/* Focusable so a keyboard can scroll a wide table. */}
          <div className="table-scroll" role="region" aria-label={t('cohort.heatmap.scroll')} tabIndex={0}>
            <table className="heatmap" aria-describedby={`${id}-legend`}>
              <caption>{t('cohort.heatmap.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cohort.heatmap.trainee')}</th>
                  {matrix.competencies.map((competency) => (
                    <th scope="col" key={competency}>
                      {label(competency)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.profileId}>
                    <th scope="row">{row.name}</th>
                    {row.cells.map((cell, index) => {
                      if (!cell)
                        return (
                          <td key={index} className="band-none">
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{t('cohort.heatmap.none')}</span>
                          </td>
                        );
                      const band = masteryBand(cell.mean);
                      return (
                        <td key={index} className={`band-${band}`}>
                          <span className="cell-value">{percent.format(cell.mean / 100)}</span>{' '}
                          <span className="cell-count">
                            ({t('cohort.heatmap.calls', { count: cell.count })})
                          </span>
                          <span className="visually-hidden">, {t(`cohort.heatmap.bandNames.${band}`)}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div id={`${id}-legend`} className="heatmap-legend">
            <p>{t('cohort.heatmap.legend')}</p>
            <ul>
              {bands.map((band) => (
                <li key={band}>
                  <span className={`swatch band-${band}`} aria-hidden="true" />{' '}
                  {t(`cohort.heatmap.bands.${band}`)}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
