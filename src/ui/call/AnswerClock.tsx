import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';

/** Seconds left below which the clock is announced to screen readers once. */
const shortSeconds = 5;

/**
 * The time left to answer this step. The session machine owns the real timer (it makes the caller react);
 * this only shows it, counting from when the machine started the clock.
 */
export function AnswerClock({ limitSeconds, startedAt }: { limitSeconds: number; startedAt: number }) {
  const { t } = useTranslation();
  const remaining = () => Math.max(0, Math.ceil(limitSeconds - (Date.now() - startedAt) / 1000));
  const [left, setLeft] = useState(remaining);
  useEffect(() => {
    const tick = setInterval(() => setLeft(remaining()), 250);
    return () => clearInterval(tick);
    // The clock restarts by being mounted again (keyed on step and start).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const level = left === 0 ? 'up' : left <= shortSeconds ? 'short' : 'ok';
  return (
    <div className={`answer-clock answer-clock-${level}`}>
      <progress max={limitSeconds} value={left} aria-label={t('callControls.timeLeft', { seconds: left })} />
      <span aria-hidden="true">{t('callControls.timeLeft', { seconds: left })}</span>
      {/* Announced once when time runs short, once when it is up: not every second. */}
      <p role="status" className="visually-hidden">
        {left === 0
          ? t('callControls.timeUp')
          : left <= shortSeconds
            ? t('callControls.timeShort', { seconds: shortSeconds })
            : ''}
      </p>
    </div>
  );
}
