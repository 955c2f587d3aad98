import { useEffect, useState } from 'react';
import type { DecisionRecord } from '../../../engine/progress/attempt';
import type { Scenario } from '../../../engine/scenario/types';
import { useTranslation } from '../../../i18n/i18n';
import { fetchScenario } from '../../../library/fetch-library';

/** Scenarios already asked for, so reopening a call's decisions fetches nothing more. */
const scenarios = new Map<string, Promise<Scenario | undefined>>();

function scenarioFor(key: string): Promise<Scenario | undefined> {
  let found = scenarios.get(key);
  if (!found) {
    found = fetchScenario(key).catch(() => {
      // Unreadable now (offline, removed): show the ids and ask again next time.
      scenarios.delete(key);
      return undefined;
    });
    scenarios.set(key, found);
  }
  return found;
}

/** The scenario's text, once it arrived; undefined meanwhile or when it cannot be read. */
function useScenario(key: string): Scenario | undefined {
  const [loaded, setLoaded] = useState<{ key: string; scenario: Scenario | undefined }>();
  useEffect(() => {
    let live = true;
    void scenarioFor(key).then((scenario) => {
      if (live) setLoaded({ key, scenario });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded?.key === key ? loaded.scenario : undefined;
}

/**
 * One call's decisions with their timing (seconds since pick-up). The answer's words come from the scenario
 * file, fetched when the list is opened; until then (or without it) the step and option ids are shown.
 */
export function AttemptDecisions({
  id,
  scenarioKey,
  decisions,
  label,
}: {
  id: string;
  scenarioKey: string;
  decisions: readonly DecisionRecord[];
  label: string;
}) {
  const { t } = useTranslation();
  const scenario = useScenario(scenarioKey);
  if (decisions.length === 0) {
    return (
      <p id={id} className="meta">
        {t('history.noDecision')}
      </p>
    );
  }
  return (
    <ol id={id} className="attempt-decisions" aria-label={label}>
      {decisions.map((decision, index) => {
        const option = scenario?.steps[decision.stepId]?.options.find((o) => o.id === decision.optionId);
        const previous = index > 0 ? (decisions[index - 1]?.atMs ?? 0) : 0;
        return (
          <li key={`${decision.stepId}-${index}`}>
            <strong>{t('history.decisionAt', { seconds: Math.round(decision.atMs / 1000) })}</strong>{' '}
            <span className="meta">
              {t('history.decisionThinking', {
                seconds: Math.round(Math.max(0, decision.atMs - previous) / 1000),
              })}
            </span>
            {' — '}
            {option && scenario ? (
              <>
                <span lang={scenario.language}>{option.text}</span>{' '}
                <span className="meta">({t(`ratings.${option.rating}`)})</span>
              </>
            ) : (
              <span>{t('history.decisionIds', { step: decision.stepId, option: decision.optionId })}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
