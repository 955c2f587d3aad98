import { useTranslation } from '../../i18n/i18n';

interface Props {
  /** Talk plus hold, ms (from pick-up to the end of the call). */
  handleMs: number;
  /** Of which on hold, ms. */
  holdMs: number;
  /** Times the caller had to speak up (silence, long hold). */
  prompts: number;
}

const seconds = (ms: number) => Math.round(ms / 1000);

/** Handle time as a contact centre measures it (talk + hold), and the caller's wait. */
export function HandleTime({ handleMs, holdMs, prompts }: Props) {
  const { t } = useTranslation();
  const total = seconds(handleMs);
  return (
    <p className="handle-time">
      {t('debrief.handleTime', {
        minutes: Math.floor(total / 60),
        seconds: total % 60,
        hold: seconds(holdMs),
      })}
      {prompts > 0 && <> · {t('debrief.prompts', { count: prompts })}</>}
    </p>
  );
}
