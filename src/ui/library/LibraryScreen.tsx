import { Suspense, use } from 'react';
import type { Language } from '../../engine/call-types';
import { useTranslation } from '../../i18n/i18n';
import { fetchLibraryIndex } from '../../library/fetch-library';
import { groupByCallType } from '../../library/pick-versions';
import { ModeChoice } from '../ModeChoice';
import { LanguageSelect } from '../LanguageSelect';
import { LoadErrorBoundary } from '../LoadErrorBoundary';
import { useAppStore } from '../../store/app-store';
import { LibraryProblems } from './LibraryProblems';
import { ScenarioCard } from './ScenarioCard';

/** The home screen: heading and call-language choice at once, the list as soon as the index arrives. */
export function LibraryScreen() {
  const { t } = useTranslation();
  const callLanguage = useAppStore((state) => state.callLanguage);
  const setCallLanguage = useAppStore((state) => state.setCallLanguage);
  const callMode = useAppStore((state) => state.callMode);
  const setCallMode = useAppStore((state) => state.setCallMode);
  const answerMode = useAppStore((state) => state.answerMode);
  const setAnswerMode = useAppStore((state) => state.setAnswerMode);
  return (
    <div className="library">
      <h1>{t('library.heading')}</h1>
      <p className="lead">{t('library.intro')}</p>
      <div className="call-language">
        <LanguageSelect label={t('library.callLanguage')} value={callLanguage} onChange={setCallLanguage} />
      </div>
      <ModeChoice legend={t('library.mode')} name="call-mode" value={callMode} onChange={setCallMode}>
        <label className="answer-mode">
          <input
            type="checkbox"
            checked={answerMode === 'free-text'}
            onChange={(event) => setAnswerMode(event.target.checked ? 'free-text' : 'choices')}
          />{' '}
          {t('library.freeText')}
        </label>
      </ModeChoice>
      <LoadErrorBoundary>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <ScenarioGroups language={callLanguage} />
        </Suspense>
      </LoadErrorBoundary>
    </div>
  );
}

/** The scenario list, grouped by call type, in the chosen call language; broken files are listed apart. */
function ScenarioGroups({ language }: { language: Language }) {
  const { t } = useTranslation();
  // main.tsx waits for the index before the first render, so this reads it without suspending.
  const index = use(fetchLibraryIndex());
  const groups = groupByCallType(index.scenarios, language);
  return (
    <>
      {groups.length === 0 && <p>{t('library.empty')}</p>}
      {groups.map((group) => (
        <section key={group.callType} aria-labelledby={`group-${group.callType}`} className="call-type-group">
          <h2 id={`group-${group.callType}`}>{t(`callTypes.${group.callType}`)}</h2>
          <ul className="card-list">
            {group.entries.map(({ summary, translated }) => (
              <li key={summary.key}>
                <ScenarioCard scenario={summary} untranslated={!translated} labels={index.competencyLabels} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <LibraryProblems problems={index.problems} />
    </>
  );
}
