import { memo } from 'react';
import type { Scenario, ScreenField } from '../../../engine/scenario/types';
import { useTranslation } from '../../../i18n/i18n';

/** The customer record, grouped by section as a CRM shows it. */
export const RecordPanel = memo(function RecordPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const sections = new Map<string, ScreenField[]>();
  for (const field of scenario.screen) {
    const name = field.section ?? '';
    sections.set(name, [...(sections.get(name) ?? []), field]);
  }
  return (
    <div className="record">
      <p className="agent-identity">
        {t('call.youAre', { agent: scenario.company.agentName, company: scenario.company.name })}
      </p>
      {[...sections].map(([name, fields]) => (
        <div key={name} className="record-section">
          {name && <h3 lang={scenario.language}>{name}</h3>}
          <dl lang={scenario.language}>
            {fields.map((field, index) => (
              <div key={index} className="record-row">
                <dt>{field.label}</dt>
                <dd>{field.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
});
