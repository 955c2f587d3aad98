import { useTranslation } from '../../i18n/i18n';

/** The caller's patience, 0–10: it moves with every answer, so mistakes cost something visible. */
export function PatienceMeter({ value }: { value: number }) {
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
      <span className="patience-value">{t('call.patienceValue', { value })}</span>
    </div>
  );
}
