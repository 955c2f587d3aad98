import { useTranslation } from '../../i18n/i18n';

interface Props {
  /** The caller is on hold (music playing). */
  onHold: boolean;
  /** Practice is paused (timers stopped). */
  paused: boolean;
  /** The agent's microphone is off. */
  muted: boolean;
  /** Only practice can pause; an exam cannot. */
  canPause: boolean;
  send: (
    type:
      | 'trainee.hold'
      | 'trainee.resume'
      | 'trainee.pause'
      | 'trainee.hangUp'
      | 'trainee.mute'
      | 'trainee.unmute',
  ) => void;
}

/** The agent's call controls: hold (with music), mute, pause in practice, hang up. */
export function CallControls({ onHold, paused, muted, canPause, send }: Props) {
  const { t } = useTranslation();
  return (
    <div className="call-controls" role="group" aria-label={t('call.controls')}>
      {!paused && (
        <button
          type="button"
          aria-pressed={onHold}
          onClick={() => send(onHold ? 'trainee.resume' : 'trainee.hold')}
        >
          {onHold ? t('call.resumeCall') : t('call.hold')}
        </button>
      )}
      {!paused && !onHold && (
        <button
          type="button"
          aria-pressed={muted}
          onClick={() => send(muted ? 'trainee.unmute' : 'trainee.mute')}
        >
          {muted ? t('callControls.unmute') : t('callControls.mute')}
        </button>
      )}
      {canPause && !onHold && !muted && (
        <button
          type="button"
          aria-pressed={paused}
          onClick={() => send(paused ? 'trainee.resume' : 'trainee.pause')}
        >
          {paused ? t('call.resumePractice') : t('call.pause')}
        </button>
      )}
      <button type="button" className="danger" onClick={() => send('trainee.hangUp')}>
        {t('call.hangUp')}
      </button>
    </div>
  );
}
