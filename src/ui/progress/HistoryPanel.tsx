import { Suspense, use, useMemo } from 'react';
import {
  masteryByCompetency,
  scoredAttempts,
  strongestAndWeakest,
  weakestFirst,
} from '../../engine/progress/mastery';
import { recommendNext } from '../../engine/progress/recommend';
import { useTranslation } from '../../i18n/i18n';
import { fetchLibraryIndex } from '../../library/fetch-library';
import { useAppStore } from '../../store/app-store';
import { useProgress } from '../../store/progress/app-progress';
import { LoadErrorBoundary } from '../LoadErrorBoundary';
import { AttemptList } from './history/AttemptList';
import { MasteryChart } from './history/MasteryChart';
import { MasteryTable } from './history/MasteryTable';
import { NextCall } from './history/NextCall';
import { Portfolio } from './history/Portfolio';
import { Strengths } from './history/Strengths';
import { sectionStyle } from './history/layout';

/**
 * The active trainee's record in « Mon parcours »: the next call advised, strongest and weakest competencies,
 * mastery over time (chart and table), every call with its decisions, and the printable portfolio.
 * Every figure comes from src/engine/progress (mastery.ts, recommend.ts); this only lays them out.
 */
export function HistoryPanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <LoadErrorBoundary>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <HistoryContent />
        </Suspense>
      </LoadErrorBoundary>
    </section>
  );
}

function HistoryContent() {
  const { t } = useTranslation();
  // Titles, levels and competencies of every scenario; usually already loaded by the library screen.
  const index = use(fetchLibraryIndex());
  const attempts = useProgress((state) => state.attempts);
  const traineeName = useProgress(
    (state) => state.profiles.find((p) => p.id === state.activeProfileId)?.name ?? '',
  );
  const callLanguage = useAppStore((state) => state.callLanguage);

  const masteries = useMemo(() => masteryByCompetency(attempts), [attempts]);
  const scored = useMemo(() => scoredAttempts(attempts), [attempts]);
  const ranking = useMemo(() => strongestAndWeakest(masteries), [masteries]);
  const recommendation = useMemo(
    () => recommendNext({ masteries, scenarios: index.scenarios, attempts, language: callLanguage }),
    [masteries, index, attempts, callLanguage],
  );
  const titles = useMemo(() => new Map(index.scenarios.map((s) => [s.key, s.title])), [index]);
  const titleOf = (key: string) => titles.get(key) ?? key;

  if (attempts.length === 0) {
    return (
      <>
        <p className="history-empty">{t('history.empty')}</p>
        <NextCall recommendation={recommendation} />
      </>
    );
  }

  return (
    <>
      <NextCall recommendation={recommendation} />
      <Strengths strongest={ranking.strongest} weakest={ranking.weakest} />
      {masteries.length === 0 ? (
        <p>{t('history.noResults')}</p>
      ) : (
        <>
          <MasteryChart
            masteries={masteries}
            initial={weakestFirst(masteries)[0]?.competency}
            titleOf={titleOf}
          />
          <section aria-labelledby="history-summary-heading" style={sectionStyle}>
            <h3 id="history-summary-heading">{t('history.summary')}</h3>
            <MasteryTable masteries={masteries} caption={t('history.summaryCaption')} />
          </section>
        </>
      )}
      <AttemptList attempts={attempts} titleOf={titleOf} />
      <Portfolio
        traineeName={traineeName}
        scored={scored}
        abandoned={attempts.filter((a) => a.status === 'abandoned').length}
        masteries={masteries}
        titleOf={titleOf}
      />
    </>
  );
}
