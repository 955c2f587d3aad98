import { useTranslation } from '../../i18n/i18n';
import type { HandleTimeParts } from '../../engine/timing/handle-time';
import { compareHandleTime } from '../../engine/timing/handle-time';

interface Props {
  /** Talk, hold and after-call work, ms. */
  parts: HandleTimeParts;
  /** The scenario's target, seconds, if it sets one. */
  targetSeconds: number | undefined;
  /** Times the caller had to speak up (silence, long hold, time limit). */
  prompts: number;
  /** Steps answered after their time limit. */
  lateSteps: number;
}

const seconds = (ms: number) => Math.round(ms / 1000);
const minutesSeconds = (ms: number) => ({ minutes: Math.floor(seconds(ms) / 60), seconds: seconds(ms) % 60 });

/** Handle time as a contact centre measures it (talk + hold + after-call work), against the target. */
export function HandleTime({ parts, targetSeconds, prompts, lateSteps }: Props) {
  const { t } = useTranslation();
  const { totalMs, targetMs, verdict } = compareHandleTime(parts, targetSeconds);
  return (
    <div className="handle-time">
      <p>
        {t('debrief.handleTotal', minutesSeconds(totalMs))}{' '}
        {t('debrief.handleParts', {
          talk: seconds(parts.talkMs),
          hold: seconds(parts.holdMs),
          afterCall: seconds(parts.afterCallMs),
        })}
      </p>
      {targetMs !== undefined && verdict && (
        <p className={`handle-verdict handle-${verdict}`}>
          {t(`debrief.handleTarget.${verdict}`, minutesSeconds(targetMs))}
        </p>
      )}
      {(prompts > 0 || lateSteps > 0) && (
        <p>
          {prompts > 0 && t('debrief.prompts', { count: prompts })}
          {prompts > 0 && lateSteps > 0 && ' · '}
          {lateSteps > 0 && t('callControls.lateSteps', { count: lateSteps })}
        </p>
      )}
    </div>
  );
}
