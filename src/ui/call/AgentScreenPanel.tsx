import { memo } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Scenario } from '../../engine/scenario/types';

/** What the agent's screen shows from the start of the call (customer record, caller number...). */
/** Memoised: the screen does not change with the answers. */
export const AgentScreenPanel = memo(function AgentScreenPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agent-screen-heading" className="record">
      <h2 id="agent-screen-heading">{t('call.agentScreen')}</h2>
      <p className="agent-identity">
        {t('call.youAre', { agent: scenario.company.agentName, company: scenario.company.name })}
      </p>
      <dl lang={scenario.language}>
        {scenario.screen.map((field, index) => (
          <div key={index} className="record-row">
            <dt>{field.label}</dt>
            <dd>{field.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
