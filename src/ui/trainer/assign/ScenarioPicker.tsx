import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../engine/call-types';
import { useTranslation } from '../../../i18n/i18n';
import { groupByCallType, pickVersions } from '../../../library/pick-versions';
import type { ScenarioSummary } from '../../../library/scenario-summary';

/**
 * The calls of an assignment: the library grouped by call type (calls missing in the chosen language cannot
 * be ticked), then the chosen ones in playing order, each movable up or down or removable.
 */
export function ScenarioPicker({
  idPrefix,
  index,
  language,
  selected,
  onChange,
  describedBy,
  invalid,
}: {
  idPrefix: string;
  index: readonly ScenarioSummary[];
  language: Language;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  describedBy: string;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const versions = pickVersions(index, language);
  const titleOf = (id: string) => versions.find((v) => v.summary.id === id)?.summary.title ?? id;
  const groups = groupByCallType(index, language);

  // After a move, the focus stays on the moved call's button (or its other one at the ends of the list).
  const [moved, setMoved] = useState<{ id: string; direction: 'up' | 'down' } | undefined>();
  const order = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!moved) return;
    const buttons = order.current?.querySelectorAll<HTMLButtonElement>(`[data-call="${moved.id}"]`) ?? [];
    const wanted = [...buttons].find((b) => b.dataset.move === moved.direction && !b.disabled);
    (wanted ?? [...buttons].find((b) => !b.disabled))?.focus();
  }, [moved, selected]);

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((other) => other !== id));
  const move = (from: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? from - 1 : from + 1;
    const next = [...selected];
    const [id] = next.splice(from, 1);
    if (id === undefined) return;
    next.splice(to, 0, id);
    onChange(next);
    setMoved({ id, direction });
  };

  // « Fix this field » puts the focus on the first call that can be ticked.
  const firstTickable = groups
    .flatMap((group) => group.entries)
    .find((entry) => entry.translated || selected.includes(entry.summary.id))?.summary.id;
  return (
    <fieldset className="scenario-picker" aria-describedby={describedBy}>
      <legend>{t('assign.scenarios')}</legend>
      <p id={`${idPrefix}-scenarios-hint`} className="hint">
        {t('assign.scenariosHint')}
      </p>
      <div className="scenario-groups">
        {groups.map((group) => (
          <fieldset key={group.callType} className="scenario-group">
            <legend>{t(`callTypes.${group.callType}`)}</legend>
            {group.entries.map(({ summary, translated }) => {
              const isSelected = selected.includes(summary.id);
              const disabled = !translated && !isSelected;
              const fieldId = summary.id === firstTickable ? `${idPrefix}-scenarios` : undefined;
              return (
                <label key={summary.id} className="choice">
                  <input
                    id={fieldId}
                    type="checkbox"
                    checked={isSelected}
                    disabled={disabled}
                    aria-invalid={(invalid && isSelected && !translated) || undefined}
                    onChange={(event) => toggle(summary.id, event.target.checked)}
                  />{' '}
                  <span lang={summary.language}>{summary.title}</span>{' '}
                  <span className="hint">
                    {t(`levels.${summary.level}`)}
                    {!translated &&
                      ` — ${t('assign.notInLanguage', { language: t(`assign.languageNames.${language}`) })}`}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
      <h3 id={`${idPrefix}-order`}>{t('assign.order')}</h3>
      {selected.length === 0 ? (
        <p>{t('assign.orderEmpty')}</p>
      ) : (
        <ol ref={order} className="call-order" aria-labelledby={`${idPrefix}-order`}>
          {selected.map((id, position) => {
            const title = titleOf(id);
            return (
              <li key={id}>
                <span>{title}</span>
                <span className="order-buttons">
                  <button
                    type="button"
                    data-call={id}
                    data-move="up"
                    disabled={position === 0}
                    aria-label={t('assign.moveUp', { title })}
                    onClick={() => move(position, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    data-call={id}
                    data-move="down"
                    disabled={position === selected.length - 1}
                    aria-label={t('assign.moveDown', { title })}
                    onClick={() => move(position, 'down')}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={t('assign.remove', { title })}
                    onClick={() => onChange(selected.filter((other) => other !== id))}
                  >
                    {t('assign.removeShort')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </fieldset>
  );
}
