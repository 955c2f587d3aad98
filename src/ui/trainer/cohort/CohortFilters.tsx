import { useId } from 'react';
import type { CohortFilter, FilterChoices } from '../../../engine/cohort/cohort-filter';
import type { CallType } from '../../../engine/call-types';
import type { Mode } from '../../../engine/progress/attempt';
import { useTranslation } from '../../../i18n/i18n';

/** `yyyy-mm-dd` (a date input's value) as local midnight, in ms. */
function localDay(value: string): number | undefined {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return new Date(year, month - 1, day).getTime();
}

/** A time as a date input's value, in local time. */
function dayValue(time: number | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Replaces one field of the filter; an empty value removes it (exactOptionalPropertyTypes: no undefined). */
function withField<K extends keyof CohortFilter>(
  filter: CohortFilter,
  key: K,
  value: CohortFilter[K] | undefined,
): CohortFilter {
  const next = { ...filter };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Which calls the view counts: call type, mode, assignment, period (only the choices that were played). */
export function CohortFilters({
  filter,
  choices,
  onChange,
}: {
  filter: CohortFilter;
  choices: FilterChoices;
  onChange: (filter: CohortFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const untilDay = filter.before === undefined ? undefined : filter.before - 1;
  return (
    <fieldset className="cohort-filters">
      <legend>{t('cohort.filters.heading')}</legend>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('cohort.filters.callType')}</label>
        <select
          id={`${id}-type`}
          value={filter.callType ?? ''}
          onChange={(e) => onChange(withField(filter, 'callType', (e.target.value || undefined) as CallType))}
        >
          <option value="">{t('cohort.filters.all')}</option>
          {choices.callTypes.map((type) => (
            <option key={type} value={type}>
              {t(`callTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`}>{t('cohort.filters.mode')}</label>
        <select
          id={`${id}-mode`}
          value={filter.mode ?? ''}
          onChange={(e) => onChange(withField(filter, 'mode', (e.target.value || undefined) as Mode))}
        >
          <option value="">{t('cohort.filters.all')}</option>
          {choices.modes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`modes.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      {choices.assignmentIds.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-assignment`}>{t('cohort.filters.assignment')}</label>
          <select
            id={`${id}-assignment`}
            value={filter.assignmentId ?? ''}
            onChange={(e) => onChange(withField(filter, 'assignmentId', e.target.value || undefined))}
          >
            <option value="">{t('cohort.filters.all')}</option>
            {choices.assignmentIds.map((assignment) => (
              <option key={assignment} value={assignment}>
                {assignment}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('cohort.filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={dayValue(filter.from)}
          min={dayValue(choices.span?.first)}
          max={dayValue(choices.span?.last)}
          onChange={(e) => onChange(withField(filter, 'from', localDay(e.target.value)))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('cohort.filters.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={dayValue(untilDay)}
          min={dayValue(choices.span?.first)}
          max={dayValue(choices.span?.last)}
          onChange={(e) => {
            const day = localDay(e.target.value);
            // Up to and including that day: before the next local midnight.
            const next = day === undefined ? undefined : new Date(day).setDate(new Date(day).getDate() + 1);
            onChange(withField(filter, 'before', next));
          }}
        />
      </div>
    </fieldset>
  );
}
