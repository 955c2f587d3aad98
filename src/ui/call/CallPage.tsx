import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Scenario } from '../../engine/scenario/types';
import { fetchScenario } from '../../library/fetch-library';
import { useAppStore } from '../../store/app-store';
import { CallSession } from './CallSession';

/** Loads one scenario's chunk, then runs the call. Default export: this module is the lazy call chunk. */
export default function CallPage({ scenarioKey }: { scenarioKey: string }) {
  const { t } = useTranslation();
  const openLibrary = useAppStore((state) => state.openLibrary);
  const [scenario, setScenario] = useState<Scenario | undefined>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    fetchScenario(scenarioKey).then(
      (data) => live && setScenario(data),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [scenarioKey]);

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
  if (!scenario) return <p role="status">{t('app.loading')}</p>;
  return <CallSession scenario={scenario} />;
}
