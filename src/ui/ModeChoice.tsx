import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/i18n';
import { modes } from '../engine/progress/attempt';
import type { Mode } from '../engine/progress/attempt';

/** Practice or exam, as radio buttons with the chosen mode's explanation (home screen and trainer forms). */
export function ModeChoice({
  legend,
  name,
  value,
  onChange,
  children,
}: {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  value: Mode;
  onChange: (mode: Mode) => void;
  /** More settings shown in the same box. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="mode-choice">
      <legend>{legend}</legend>
      {modes.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name={name}
            value={mode}
            checked={value === mode}
            onChange={() => onChange(mode)}
          />{' '}
          {t(`modes.${mode}`)}
        </label>
      ))}
      <p className="hint">{t(`modes.${value}Hint`)}</p>
      {children}
    </fieldset>
  );
}
