import { translatedCompetency, useTranslation } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../library/scenario-summary';
import { useAppStore } from '../../store/app-store';

interface Props {
  scenario: ScenarioSummary;
  /** Shown in French because the chosen call language has no version of it yet. */
  untranslated?: boolean;
  /** The profile's French wording of competencies, from the library index. */
  labels: Record<string, string>;
}

export function ScenarioCard({ scenario, untranslated = false, labels }: Props) {
  const { t, language } = useTranslation();
  const openCall = useAppStore((state) => state.openCall);
  const label = (id: string) => translatedCompetency(id, language) ?? labels[id] ?? id;
  const titleId = `title-${scenario.key}`;
  return (
    <article className="scenario-card" aria-labelledby={titleId}>
      <h3 id={titleId} lang={scenario.language}>
        {scenario.title}
      </h3>
      <p className="badges">
        <span className={`badge level-${scenario.level}`}>
          {t('library.levelLine', { level: t(`levels.${scenario.level}`) })}
        </span>
        <span className="badge">
          {t('library.languageLine', { language: t(`languages.${scenario.language}`) })}
        </span>
        {untranslated && <span className="badge">{t('library.notTranslated')}</span>}
      </p>
      <p lang={scenario.language}>{scenario.summary}</p>
      <p className="meta">{t('library.whoLine', { caller: scenario.caller, company: scenario.company })}</p>
      <details>
        <summary>{t('library.competencies')}</summary>
        <ul className="competency-list">
          {scenario.competencies.map((id) => (
            <li key={id}>{label(id)}</li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        className="primary"
        onClick={() => openCall(scenario.key)}
        aria-label={t('library.playNamed', { title: scenario.title })}
      >
        {t('library.play')}
      </button>
    </article>
  );
}
