import { useTranslation } from '../../i18n/i18n';
import type { Language } from '../../engine/call-types';
import type { Option } from '../../engine/scenario/types';
import { useCompetencyLabel } from '../use-competency-label';

/** Practice mode: what the answer was worth, why, and the competencies it touched. */
export function FeedbackNote({ option, language }: { option: Option; language: Language }) {
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  return (
    <div role="note" className={`feedback rating-${option.rating}`} aria-label={t('call.feedback')}>
      <p className="rating">{t(`ratings.${option.rating}`)}</p>
      <p lang={language}>{option.feedback}</p>
      {option.tags.length > 0 && (
        <p className="tags">
          <span className="visually-hidden">{t('call.competencies')} </span>
          {option.tags.map((tag) => (
            <span
              key={tag.competency}
              className={`chip ${tag.score > 0 ? 'plus' : tag.score < 0 ? 'minus' : ''}`}
            >
              {tag.score > 0 ? '+' : tag.score < 0 ? '−' : ''} {label(tag.competency)}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
