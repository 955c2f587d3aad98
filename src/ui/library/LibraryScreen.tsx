import { useTranslation } from '../../i18n/i18n';
import { libraryProblems, scenarioIndex } from 'virtual:scenario-library';
import { callTypes } from '../../engine/call-types';
import { LibraryProblems } from './LibraryProblems';
import { ScenarioCard } from './ScenarioCard';

/** The scenario list, grouped by call type, with the files that could not be loaded listed apart. */
export function LibraryScreen() {
  const { t } = useTranslation();
  const groups = callTypes
    .map((callType) => ({ callType, scenarios: scenarioIndex.filter((s) => s.callType === callType) }))
    .filter((group) => group.scenarios.length > 0);
  return (
    <div className="library">
      <h1>{t('library.heading')}</h1>
      <p className="lead">{t('library.intro')}</p>
      {groups.length === 0 && <p>{t('library.empty')}</p>}
      {groups.map((group) => (
        <section key={group.callType} aria-labelledby={`group-${group.callType}`} className="call-type-group">
          <h2 id={`group-${group.callType}`}>{t(`callTypes.${group.callType}`)}</h2>
          <ul className="card-list">
            {group.scenarios.map((scenario) => (
              <li key={scenario.key}>
                <ScenarioCard scenario={scenario} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <LibraryProblems problems={libraryProblems} />
    </div>
  );
}
