import { useEffect, useState } from 'react';
import type { Attempt } from '../../engine/progress/attempt';
import type { Scenario } from '../../engine/scenario/types';
import { loadScreenMessages, useTranslation } from '../../i18n/i18n';
import { fetchScenario } from '../../library/fetch-library';
import { useAppStore } from '../../store/app-store';
import type { AssignedPlay } from '../../store/navigation-slice';
import { progressStore, startProgress } from '../../store/progress/app-progress';
import { CallSession } from './CallSession';

// This screen's strings arrive with its code (top-level await: React.lazy waits for them).
await loadScreenMessages();

interface Props {
  scenarioKey: string;
  /** Set when a call interrupted by a reload is picked up again. */
  resumeAttemptId?: string | undefined;
  /** Set when the call is played for a trainer's assignment (its mode, recorded on the attempt). */
  assigned?: AssignedPlay | undefined;
}

/** Where the call starts from: its scenario and its attempt record (new, or the one to resume). */
interface Ready {
  scenario: Scenario;
  attempt: Attempt | undefined;
}

/**
 * Loads one scenario and opens (or finds) the attempt it is recorded in, then runs the call. Default
 * export: this module is the lazy call chunk. Without storage the call still plays, unrecorded.
 */
export default function CallPage({ scenarioKey, resumeAttemptId, assigned }: Props) {
  const { t } = useTranslation();
  const openLibrary = useAppStore((state) => state.openLibrary);
  const chosenMode = useAppStore((state) => state.callMode);
  const mode = assigned?.mode ?? chosenMode;
  const [ready, setReady] = useState<Ready | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const open = async () => {
      const [scenario] = await Promise.all([fetchScenario(scenarioKey), startProgress()]);
      const progress = progressStore.getState();
      let attempt = resumeAttemptId ? progress.attempts.find((a) => a.id === resumeAttemptId) : undefined;
      if (!attempt && progress.status === 'ready') {
        attempt = await progress.startAttempt({
          scenarioKey,
          mode,
          seed: Math.floor(Math.random() * 2 ** 31),
          ...(scenario.version === undefined ? {} : { scenarioVersion: scenario.version }),
          ...(assigned ? { assignmentId: assigned.assignmentId } : {}),
        });
      }
      if (live) setReady({ scenario, attempt });
    };
    open().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
    // The mode is read once, when the call opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenarioKey, resumeAttemptId]);

  if (failed) {
    return (
      <div role="alert">
        <p>{t('call.loadError', { key: scenarioKey })}</p>
        <button type="button" onClick={openLibrary}>
          {t('call.abandon')}
        </button>
      </div>
    );
  }
  if (!ready) return <p role="status">{t('app.loading')}</p>;
  const { scenario, attempt } = ready;
  return (
    <CallSession
      scenario={scenario}
      {...(attempt
        ? {
            attempt,
            seed: attempt.seed,
            mode: attempt.mode,
            resume: attempt.decisions.map((d) => d.optionId),
            ...(attempt.desk ? { desk: attempt.desk } : {}),
          }
        : { mode })}
    />
  );
}
