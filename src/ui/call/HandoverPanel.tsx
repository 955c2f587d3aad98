import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from '../../i18n/i18n';
import type { Language } from '../../engine/call-types';
import type { Option } from '../../engine/scenario/types';

interface Props {
  /** The transfer or escalation the trainee chose (what they told the caller). */
  option: Option;
  /** Services offered; a free text field when the scenario lists none. */
  services: readonly string[];
  /** Language of the call (the option's words). */
  language: Language;
  onHandOver: (to: string, summary: string) => void;
  onCancel: () => void;
}

/** The handover: whom the call goes to, and the summary that spares the caller from starting again. */
export default function HandoverPanel({ option, services, language, onHandOver, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [to, setTo] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<{ to?: boolean; summary?: boolean }>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { to: to.trim() === '', summary: summary.trim() === '' };
    setErrors(next);
    if (!next.to && !next.summary) onHandOver(to.trim(), summary.trim());
  };

  return (
    <section className="handover" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('callControls.handoverHeading')}
      </h2>
      <p>
        {t('callControls.handoverSaid')} <q lang={language}>{option.text.replace(/^«\s*|\s*»$/g, '')}</q>
      </p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('callControls.handoverTo')}</label>
          {services.length > 0 ? (
            <select
              id={`${id}-to`}
              value={to}
              aria-invalid={errors.to || undefined}
              aria-describedby={errors.to ? `${id}-to-error` : undefined}
              onChange={(event) => setTo(event.target.value)}
            >
              <option value="">{t('callControls.handoverChoose')}</option>
              {services.map((service) => (
                <option key={service} value={service} lang={language}>
                  {service}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-to`}
              value={to}
              aria-invalid={errors.to || undefined}
              aria-describedby={errors.to ? `${id}-to-error` : undefined}
              onChange={(event) => setTo(event.target.value)}
            />
          )}
          {errors.to && (
            <p id={`${id}-to-error`} className="field-error">
              {t('callControls.handoverToMissing')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-summary`}>{t('callControls.handoverSummary')}</label>
          <p id={`${id}-hint`} className="hint">
            {t('callControls.handoverHint')}
          </p>
          <textarea
            id={`${id}-summary`}
            rows={4}
            lang={language}
            value={summary}
            aria-invalid={errors.summary || undefined}
            aria-describedby={errors.summary ? `${id}-hint ${id}-summary-error` : `${id}-hint`}
            onChange={(event) => setSummary(event.target.value)}
          />
          {errors.summary && (
            <p id={`${id}-summary-error`} className="field-error">
              {t('callControls.handoverSummaryMissing')}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t('callControls.handOver')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('callControls.handoverCancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
