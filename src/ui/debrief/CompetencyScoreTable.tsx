import { useTranslation } from '../../i18n/i18n';
import type { CompetencyScore } from '../../engine/scoring/score-call';
import { useCompetencyLabel } from '../use-competency-label';

/** Scores per competency, weakest first, as a table (read well by screen readers) with a visual bar. */
export function CompetencyScoreTable({ scores }: { scores: readonly CompetencyScore[] }) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  const sorted = [...scores].sort((a, b) => a.percent - b.percent);
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('debrief.byCompetency')}</h2>
      <table className="scores">
        <thead>
          <tr>
            <th scope="col">{t('debrief.competency')}</th>
            <th scope="col">{t('debrief.score')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((score) => (
            <tr key={score.competency}>
              <th scope="row">{label(score.competency)}</th>
              <td>
                <span className="score-bar" aria-hidden="true">
                  <span
                    style={{ width: `${score.percent}%` }}
                    className={score.percent < 50 ? 'low' : score.percent < 80 ? 'mid' : 'high'}
                  />
                </span>
                {t('debrief.percent', { value: score.percent })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
