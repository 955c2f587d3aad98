import { memo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DeskLog } from '../../../engine/desk/desk-log';
import type { Scenario } from '../../../engine/scenario/types';
import { useTranslation } from '../../../i18n/i18n';
import { FormPanel } from './FormPanel';
import { KnowledgePanel } from './KnowledgePanel';
import { RecordPanel } from './RecordPanel';

type Tab = 'record' | 'knowledge' | 'form';

interface Props {
  scenario: Scenario;
  desk: DeskLog;
  /** Sends what the trainee does on the desktop to the session. */
  onOpen: (target: string) => void;
  onFill: (field: string, value: string | string[]) => void;
}

/**
 * The agent's desktop: the customer record, the knowledge base and the call's form, as tabs. Nothing is
 * open at pick-up: opening the record or an article is screen work the procedure watches.
 */
export const Desk = memo(function Desk({ scenario, desk, onOpen, onFill }: Props) {
  const { t } = useTranslation();
  const tabs: Tab[] = [
    'record',
    ...(scenario.knowledgeBase?.length ? (['knowledge'] as const) : []),
    ...(scenario.form?.length ? (['form'] as const) : []),
  ];
  const [tab, setTab] = useState<Tab | undefined>();
  const refs = useRef(new Map<Tab, HTMLButtonElement>());

  const choose = (next: Tab) => {
    setTab(next);
    if (next === 'record') onOpen('record');
  };
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length] as Tab;
    refs.current.get(next)?.focus();
    choose(next);
  };

  return (
    <section className="desk" aria-labelledby="desk-heading">
      <h2 id="desk-heading">{t('desk.heading')}</h2>
      <div role="tablist" aria-label={t('desk.heading')} className="desk-tabs">
        {tabs.map((name, index) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`desk-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`desk-panel-${name}`}
            tabIndex={tab === name || (tab === undefined && index === 0) ? 0 : -1}
            ref={(node) => void (node ? refs.current.set(name, node) : refs.current.delete(name))}
            onClick={() => choose(name)}
            onKeyDown={(event) => onKey(event, index)}
          >
            {t(`desk.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === undefined && <p className="hint">{t('desk.nothingOpen')}</p>}
      {tab && (
        <div
          role="tabpanel"
          id={`desk-panel-${tab}`}
          aria-labelledby={`desk-tab-${tab}`}
          className="desk-panel"
        >
          {tab === 'record' && <RecordPanel scenario={scenario} />}
          {tab === 'knowledge' && <KnowledgePanel scenario={scenario} onOpen={onOpen} />}
          {tab === 'form' && <FormPanel scenario={scenario} values={desk.form} onFill={onFill} />}
        </div>
      )}
    </section>
  );
});
