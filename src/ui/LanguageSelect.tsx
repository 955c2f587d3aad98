import type { Language } from '../engine/call-types';
import { languages } from '../engine/call-types';
import { useTranslation } from '../i18n/i18n';

/** A labelled choice among the three languages, each named in its own language. */
export function LanguageSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field-inline">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
