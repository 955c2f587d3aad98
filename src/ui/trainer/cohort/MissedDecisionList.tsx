import { useId, useState } from 'react';
import type { Catalog } from '../../../engine/cohort/cohort';
import type { DecisionAnalysis } from '../../../engine/cohort/missed-decisions';
import { useTranslation } from '../../../i18n/i18n';
import { scenarioName } from './report-message';

/** An answer's text without the quotation marks its author may have put around it (the message adds its own). */
const unquoted = (text: string) => text.trim().replace(/^[«“"]\s*([\s\S]*?)\s*[»”"]$/, '$1');

/** How many decisions show before « show all »: the first ones are what a debrief session can cover. */
export const firstDecisions = 10;

/** The steps where the group most often missed the best answer, and the calls left out of that analysis. */
export function MissedDecisionList({ analysis, catalog }: { analysis: DecisionAnalysis; catalog: Catalog }) {
  const { t, language } = useTranslation();
  const id = useId();
  const [all, setAll] = useState(false);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const shown = all ? analysis.decisions : analysis.decisions.slice(0, firstDecisions);
  return (
    <section className="missed-decisions" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('cohort.missed.heading')}</h3>
      <p className="hint">{t('cohort.missed.intro')}</p>
      {analysis.decisions.length === 0 ? (
        <p>{t('cohort.missed.none')}</p>
      ) : (
        <ol className="missed-list">
          {shown.map((decision) => (
            <li key={`${decision.scenarioKey}/${decision.stepId}`}>
              <h4>{t('cohort.missed.step', { step: decision.stepId, scenario: decision.title })}</h4>
              <p className="meta">
                {decision.caller
                  ? t('cohort.missed.caller', { line: unquoted(decision.caller) })
                  : t('cohort.missed.noCaller')}
              </p>
              <p>
                {t('cohort.missed.share', {
                  share: percent.format(decision.share / 100),
                  missed: decision.missedAttempts,
                  attempts: decision.attempts,
                  missedTrainees: decision.missedTrainees,
                  trainees: decision.trainees,
                })}
              </p>
              {decision.commonChoice && (
                <p>
                  {t('cohort.missed.common', {
                    text: unquoted(decision.commonChoice.text),
                    rating: t(`cohort.missed.ratings.${decision.commonChoice.rating}`),
                    count: decision.commonChoice.count,
                  })}
                </p>
              )}
              {decision.best.map((best) => (
                <p key={best.optionId}>{t('cohort.missed.best', { text: unquoted(best.text) })}</p>
              ))}
            </li>
          ))}
        </ol>
      )}
      {analysis.decisions.length > firstDecisions && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all
            ? t('cohort.missed.showFewer', { count: firstDecisions })
            : t('cohort.missed.showAll', { count: analysis.decisions.length })}
        </button>
      )}
      {analysis.excluded.length > 0 && (
        <div className="notice warning">
          <p>{t('cohort.missed.excludedHeading')}</p>
          <ul>
            {analysis.excluded.map((excluded) => (
              <li key={`${excluded.scenarioKey}/${excluded.reason}`}>
                {t(`cohort.missed.excluded.${excluded.reason}`, {
                  count: excluded.attempts,
                  scenario: scenarioName(excluded.scenarioKey, catalog),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
