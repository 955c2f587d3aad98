import type { CompetencyMastery } from '../../../engine/progress/mastery';
import { masteryBand } from '../../../engine/progress/mastery';
import { useTranslation } from '../../../i18n/i18n';
import { useCompetencyLabel } from '../../use-competency-label';
import { useFormatters } from './format';
import { cellStyle } from './layout';

/** Every competency observed so far, weakest first: results, latest, best, mastery and band. */
export function MasteryTable({
  masteries,
  caption,
}: {
  masteries: readonly CompetencyMastery[];
  caption: string;
}) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  const format = useFormatters();
  const sorted = [...masteries].sort(
    (a, b) => a.mastery - b.mastery || label(a.competency).localeCompare(label(b.competency)),
  );
  return (
    <table className="scores mastery-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('history.competency')}</th>
          <th scope="col">{t('history.results')}</th>
          <th scope="col">{t('history.latest')}</th>
          <th scope="col">{t('history.best')}</th>
          <th scope="col">{t('history.masteryValue')}</th>
          <th scope="col">{t('history.band')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((m) => (
          <tr key={m.competency}>
            <th scope="row">{label(m.competency)}</th>
            <td style={cellStyle}>{m.points.length}</td>
            <td style={cellStyle}>{format.percent(m.latest)}</td>
            <td style={cellStyle}>{format.percent(m.best)}</td>
            <td style={cellStyle}>{format.percent(m.mastery)}</td>
            <td style={cellStyle}>{t(`history.bands.${masteryBand(m.mastery)}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
