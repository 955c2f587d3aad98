import { useId, useState } from 'react';
import type { FormField, Scenario } from '../../../engine/scenario/types';
import { useTranslation } from '../../../i18n/i18n';

interface Props {
  scenario: Scenario;
  values: Record<string, string | string[]>;
  onFill: (field: string, value: string | string[]) => void;
}

/** The call's form (order, ticket, questionnaire, 112 sheet). Typed fields are saved when left. */
export function FormPanel({ scenario, values, onFill }: Props) {
  const { t } = useTranslation();
  return (
    <form className="desk-form" onSubmit={(event) => event.preventDefault()} lang={scenario.language}>
      {(scenario.form ?? []).map((field) => (
        <Field key={field.id} field={field} value={values[field.id]} onFill={onFill} />
      ))}
      <p className="hint" lang={undefined}>
        {t('desk.formHint')}
      </p>
    </form>
  );
}

function Field({
  field,
  value,
  onFill,
}: {
  field: FormField;
  value: string | string[] | undefined;
  onFill: Props['onFill'];
}) {
  const id = useId();
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  if (field.type === 'multiselect') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="field">
        <legend>{field.label}</legend>
        {(field.choices ?? []).map((choice) => (
          <label key={choice} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(choice)}
              onChange={(event) =>
                onFill(
                  field.id,
                  event.target.checked ? [...chosen, choice] : chosen.filter((c) => c !== choice),
                )
              }
            />{' '}
            {choice}
          </label>
        ))}
      </fieldset>
    );
  }
  if (field.type === 'select') {
    return (
      <div className="field">
        <label htmlFor={id}>{field.label}</label>
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onFill(field.id, event.target.value)}
        >
          <option value="" disabled>
            —
          </option>
          {(field.choices ?? []).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const common = {
    id,
    value: text,
    spellCheck: true,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: () => onFill(field.id, text),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.type === 'textarea' ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={field.type === 'phone' ? 'tel' : 'text'} {...common} />
      )}
    </div>
  );
}
