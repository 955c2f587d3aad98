import type { CompetencyMastery } from '../../../engine/progress/mastery';
import { minResultsToRank } from '../../../engine/progress/mastery';
import { useTranslation } from '../../../i18n/i18n';
import { useCompetencyLabel } from '../../use-competency-label';
import { useFormatters } from './format';
import { sectionStyle } from './layout';

/** The strongest and the weakest competencies (with enough results), in the profile's wording. */
export function Strengths({
  strongest,
  weakest,
}: {
  strongest: readonly CompetencyMastery[];
  weakest: readonly CompetencyMastery[];
}) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  const format = useFormatters();
  const list = (items: readonly CompetencyMastery[], className: string) => (
    <ul className={className}>
      {items.map((m) => (
        <li key={m.competency}>
          {label(m.competency)} — <strong>{format.percent(m.mastery)}</strong>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="history-strengths-heading" className="history-strengths" style={sectionStyle}>
      <h3 id="history-strengths-heading">{t('history.strengths')}</h3>
      {strongest.length === 0 ? (
        <p>{t('history.notRanked', { count: minResultsToRank })}</p>
      ) : (
        <>
          <h4>{t('history.strongest')}</h4>
          {list(strongest, 'strongest')}
          {weakest.length > 0 && (
            <>
              <h4>{t('history.weakest')}</h4>
              {list(weakest, 'weakest')}
            </>
          )}
        </>
      )}
    </section>
  );
}
