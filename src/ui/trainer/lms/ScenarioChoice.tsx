import { use } from 'react';
import { callTypes, levels } from '../../../engine/call-types';
import type { Language } from '../../../engine/call-types';
import { useTranslation } from '../../../i18n/i18n';
import { fetchLibraryIndex } from '../../../library/fetch-library';
import type { ScenarioSummary } from '../../../library/scenario-summary';

const levelRank = (level: string) => levels.indexOf(level as (typeof levels)[number]);

/** The library's calls in one language, in the order the list shows them (by call type, then level). */
export function callsInLanguage(
  scenarios: readonly ScenarioSummary[],
  language: Language,
): ScenarioSummary[] {
  return callTypes.flatMap((callType) =>
    scenarios
      .filter((s) => s.language === language && s.callType === callType)
      .sort((a, b) => levelRank(a.level) - levelRank(b.level)),
  );
}

/** The scenario ids of the library's calls in one language, in list order. */
export function useCallsInLanguage(language: Language): ScenarioSummary[] {
  return callsInLanguage(use(fetchLibraryIndex()).scenarios, language);
}

/** Check boxes for the calls that exist in the chosen language, grouped by call type. */
export function ScenarioChoice({
  language,
  selected,
  onToggle,
  describedBy,
  invalid,
}: {
  language: Language;
  selected: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  /** Ids of the hint and error that describe the whole choice. */
  describedBy: string;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const calls = useCallsInLanguage(language);
  const chosen = calls.filter((s) => selected.has(s.id)).length;
  return (
    <fieldset className="lms-calls" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend>{t('lms.calls')}</legend>
      {calls.length === 0 && <p>{t('lms.noCallInLanguage')}</p>}
      {callTypes.map((callType) => {
        const group = calls.filter((s) => s.callType === callType);
        if (group.length === 0) return null;
        return (
          <fieldset key={callType} className="lms-call-group">
            <legend>{t(`callTypes.${callType}`)}</legend>
            {group.map((scenario) => (
              <div key={scenario.key} className="lms-call">
                <input
                  type="checkbox"
                  id={`lms-call-${scenario.key}`}
                  checked={selected.has(scenario.id)}
                  onChange={(event) => onToggle(scenario.id, event.target.checked)}
                  aria-describedby={`lms-call-${scenario.key}-level`}
                />
                <label htmlFor={`lms-call-${scenario.key}`} lang={scenario.language}>
                  {scenario.title}
                </label>
                <span id={`lms-call-${scenario.key}-level`} className="hint">
                  {t('library.levelLine', { level: t(`levels.${scenario.level}`) })}
                </span>
              </div>
            ))}
          </fieldset>
        );
      })}
      <p className="hint" aria-live="polite">
        {t('lms.chosen', { count: chosen })}
      </p>
    </fieldset>
  );
}
