import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { currentEnding } from '../../engine/call/call-state';
import type { CallState } from '../../engine/call/call-state';

/** The call is over: who hung up, the caller's last words, and the way to the debrief. */
export function CallEndedPanel({
  call,
  abandoned,
  onDebrief,
}: {
  call: CallState;
  abandoned: boolean;
  onDebrief: () => void;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const ending = currentEnding(call);
  useEffect(() => button.current?.focus(), []);
  return (
    <section className="call-ended" aria-labelledby="ended-heading">
      <h2 id="ended-heading">{t('call.ended')}</h2>
      {ending?.caller && (
        <p className="last-words" lang={call.scenario.language}>
          « {ending.caller} »
        </p>
      )}
      <p role="status">
        {abandoned
          ? t('debrief.abandoned')
          : ending?.endedBy === 'caller'
            ? t('call.endedByCaller')
            : t('call.endedByTrainee')}
      </p>
      <button type="button" className="primary" ref={button} onClick={onDebrief}>
        {t('call.showDebrief')}
      </button>
    </section>
  );
}
