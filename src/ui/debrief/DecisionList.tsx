import { useTranslation } from '../../i18n/i18n';
import type { Language } from '../../engine/call-types';
import type { DebriefDecision } from '../../engine/debrief/build-debrief';
import { useCompetencyLabel } from '../use-competency-label';
import { FindingItem } from './FindingList';

/** Every decision: the caller's line, the answer, its feedback, the better option, the competencies. */
export function DecisionList({
  decisions,
  language,
}: {
  decisions: readonly DebriefDecision[];
  language: Language;
}) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">{t('debrief.decisions')}</h2>
      {decisions.length === 0 && <p>{t('debrief.noDecision')}</p>}
      <ol className="decisions">
        {decisions.map((decision, index) => (
          <li key={`${decision.stepId}-${index}`} className={`decision rating-${decision.chosen.rating}`}>
            <h3>
              {t('debrief.decision', { number: index + 1 })} — {t(`ratings.${decision.chosen.rating}`)}
            </h3>
            <dl>
              {(decision.callerLine ?? decision.situation) && (
                <>
                  <dt>{t('debrief.callerSaid')}</dt>
                  <dd lang={language}>{decision.callerLine ?? decision.situation}</dd>
                </>
              )}
              <dt>{t('debrief.youSaid')}</dt>
              <dd lang={language}>{decision.chosen.text}</dd>
              {decision.better && (
                <>
                  <dt>{t('debrief.better')}</dt>
                  <dd lang={language}>{decision.better.text}</dd>
                </>
              )}
            </dl>
            <p lang={language}>{decision.chosen.feedback}</p>
            {decision.findings.length > 0 && (
              <ul className="findings">
                {decision.findings.map((finding, i) => (
                  <FindingItem key={i} finding={finding} />
                ))}
              </ul>
            )}
            <p className="tags">
              <span className="visually-hidden">{t('call.competencies')} </span>
              {decision.competencies.map((id) => (
                <span key={id} className="chip">
                  {label(id)}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
