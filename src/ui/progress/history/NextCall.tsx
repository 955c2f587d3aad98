import type { Recommendation } from '../../../engine/progress/recommend';
import { useTranslation } from '../../../i18n/i18n';
import type { ScenarioSummary } from '../../../library/scenario-summary';
import { useAppStore } from '../../../store/app-store';
import { useCompetencyLabel } from '../../use-competency-label';
import { useFormatters } from './format';

/** « Prochain appel conseillé »: the call that trains the weakest competency, with a button that starts it. */
export function NextCall({
  recommendation,
}: {
  recommendation: Recommendation<ScenarioSummary> | undefined;
}) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  const format = useFormatters();
  const openCall = useAppStore((state) => state.openCall);
  const callLanguage = useAppStore((state) => state.callLanguage);
  return (
    <section aria-labelledby="history-next-heading" className="next-call">
      <h3 id="history-next-heading">{t('history.next')}</h3>
      {!recommendation ? (
        <p>{t('history.noNext')}</p>
      ) : (
        <div className="scenario-card">
          <h4 lang={recommendation.scenario.language} style={{ margin: 0 }}>
            {recommendation.scenario.title}
          </h4>
          <p className="badges">
            <span className={`badge level-${recommendation.scenario.level}`}>
              {t(`levels.${recommendation.scenario.level}`)}
            </span>
            <span className="badge">{t(`callTypes.${recommendation.scenario.callType}`)}</span>
            {recommendation.scenario.language !== callLanguage && (
              <span className="badge">{t('library.notTranslated')}</span>
            )}
          </p>
          <p>
            {recommendation.reason === 'weakest' && recommendation.competency !== undefined
              ? t('history.nextWeakest', {
                  competency: label(recommendation.competency),
                  mastery: format.percent(recommendation.mastery ?? 0),
                  level: t(`levels.${recommendation.wantedLevel}`),
                })
              : t('history.nextFirst', { level: t(`levels.${recommendation.wantedLevel}`) })}
          </p>
          {recommendation.scenario.level !== recommendation.wantedLevel && (
            <p className="meta">{t('history.nearestLevel')}</p>
          )}
          <p className="meta" lang={recommendation.scenario.language}>
            {recommendation.scenario.summary}
          </p>
          <button type="button" className="primary" onClick={() => openCall(recommendation.scenario.key)}>
            {t('history.start', { title: recommendation.scenario.title })}
          </button>
        </div>
      )}
    </section>
  );
}
