import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { AssignmentDraft, DraftField } from '../../../engine/assignment/assignment-draft';

type LrsField = Extract<DraftField, 'lrsEndpoint' | 'lrsUsername' | 'lrsPassword'>;

/** The optional learning record store: address, key and secret, with the warning that the link shows them. */
export function LrsFields({
  idPrefix,
  draft,
  onChange,
  describedBy,
  errorFor,
}: {
  idPrefix: string;
  draft: AssignmentDraft;
  onChange: (field: LrsField, value: string) => void;
  describedBy: (field: LrsField, ...hints: string[]) => string | undefined;
  errorFor: (field: LrsField) => ReactNode;
}) {
  const { t } = useTranslation();
  const fields: { field: LrsField; label: string; type: string; hint?: string }[] = [
    { field: 'lrsEndpoint', label: t('assign.lrsEndpoint'), type: 'url', hint: t('assign.lrsEndpointHint') },
    { field: 'lrsUsername', label: t('assign.lrsUsername'), type: 'text' },
    { field: 'lrsPassword', label: t('assign.lrsPassword'), type: 'text' },
  ];
  return (
    <fieldset className="lrs-fields">
      <legend>{t('assign.lrsHeading')}</legend>
      <p className="hint">{t('assign.lrsIntro')}</p>
      <p id={`${idPrefix}-lrs-warning`} className="notice warning">
        {t('assign.lrsWarning')}
      </p>
      {fields.map(({ field, label, type, hint }) => (
        <div className="field" key={field}>
          <label htmlFor={`${idPrefix}-${field}`}>{label}</label>
          <input
            id={`${idPrefix}-${field}`}
            type={type}
            autoComplete="off"
            spellCheck={false}
            value={draft[field]}
            aria-invalid={errorFor(field) ? true : undefined}
            aria-describedby={describedBy(
              field,
              ...(hint ? [`${idPrefix}-${field}-hint`] : []),
              ...(field === 'lrsEndpoint' ? [] : [`${idPrefix}-lrs-warning`]),
            )}
            onChange={(event) => onChange(field, event.target.value)}
          />
          {hint && (
            <p id={`${idPrefix}-${field}-hint`} className="hint">
              {hint}
            </p>
          )}
          {errorFor(field)}
        </div>
      ))}
    </fieldset>
  );
}
