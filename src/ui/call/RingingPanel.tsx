import { useTranslation } from '../../i18n/i18n';
import { isOutbound } from '../../engine/call-types';
import type { Scenario } from '../../engine/scenario/types';
import { useAppStore } from '../../store/app-store';

export function RingingPanel({
  scenario,
  onPickUp,
  onDecline,
}: {
  scenario: Scenario;
  onPickUp: () => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const openLibrary = useAppStore((state) => state.openLibrary);
  const outbound = isOutbound(scenario.callType);
  return (
    <section className="ringing" aria-labelledby="ringing-heading">
      <h1 id="ringing-heading" lang={scenario.language}>
        {scenario.title}
      </h1>
      <p className="ringing-status" role="status">
        <span className="ring-icon" aria-hidden="true">
          ☎
        </span>{' '}
        {outbound
          ? t('call.ringingOutgoing', { caller: scenario.persona.name, company: scenario.company.name })
          : t('call.ringingIncoming', { company: scenario.company.name })}
      </p>
      <p lang={scenario.language}>{scenario.summary}</p>
      <p>{t('call.youAre', { agent: scenario.company.agentName, company: scenario.company.name })}</p>
      <div className="actions">
        {/* The trainee's first move: focus goes straight to it. */}
        <button type="button" className="primary pick-up" onClick={onPickUp} autoFocus>
          {outbound ? t('call.dial') : t('call.pickUp')}
        </button>
        <button
          type="button"
          onClick={() => {
            onDecline();
            openLibrary();
          }}
        >
          {t('call.abandon')}
        </button>
      </div>
    </section>
  );
}
