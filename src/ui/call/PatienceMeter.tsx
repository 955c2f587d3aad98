import { useTranslation } from '../../i18n/i18n';

/**
 * The caller's patience, 0–10: it moves with every answer, so mistakes cost something visible; waiting
 * (silences, long holds) costs some too, shown apart because it is not scored.
 */
export function PatienceMeter({ value, lost = 0 }: { value: number; lost?: number }) {
  const { t } = useTranslation();
  const level = value <= 3 ? 'low' : value <= 6 ? 'mid' : 'high';
  return (
    <div className="patience">
      <span id="patience-label">{t('call.patience')}</span>
      <div
        className={`patience-bar ${level}`}
        role="meter"
        aria-labelledby="patience-label"
        aria-valuemin={0}
        aria-valuemax={10}
        aria-valuenow={value}
        aria-valuetext={t('call.patienceValue', { value })}
      >
        <span style={{ width: `${value * 10}%` }} />
      </div>
      <span className="patience-value">
        {t('call.patienceValue', { value })}
        {lost > 0 && <> ({t('callControls.patienceLost', { count: lost })})</>}
      </span>
    </div>
  );
}
