import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { currentEnding } from '../../engine/call/call-state';
import type { CallState } from '../../engine/call/call-state';
import type { WrapUpEdit, WrapUpLog } from '../../engine/wrapup/wrap-up-log';
import { WrapUpPanel } from './wrapup/WrapUpPanel';

/** The call is over: who hung up, the caller's last words, and the way to the debrief. */
export function CallEndedPanel({
  call,
  abandoned,
  onDebrief,
  wrapUp,
  onWrapUp,
}: {
  call: CallState;
  abandoned: boolean;
  onDebrief: () => void;
  /** The after-call work so far (a call that reached its ending). */
  wrapUp?: WrapUpLog | undefined;
  /** Saves a change to the after-call work; without it the wrap-up panel is not shown. */
  onWrapUp?: (edit: WrapUpEdit) => void;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const flushWrapUp = useRef<(() => Promise<void> | undefined) | null>(null);
  const [saving, setSaving] = useState(false);
  const ending = currentEnding(call);
  useEffect(() => button.current?.focus(), []);
  // The note's last words are saved and checked before the debrief judges them.
  const showDebrief = () => {
    const pending = flushWrapUp.current?.();
    if (!pending) return onDebrief();
    setSaving(true);
    void pending.finally(onDebrief);
  };
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
      {!abandoned && ending && onWrapUp && (
        <WrapUpPanel scenario={call.scenario} wrapUp={wrapUp} onChange={onWrapUp} flushRef={flushWrapUp} />
      )}
      <button
        type="button"
        className="primary"
        ref={button}
        onClick={showDebrief}
        disabled={saving}
        aria-busy={saving}
      >
        {t('call.showDebrief')}
      </button>
    </section>
  );
}
