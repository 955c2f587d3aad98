import type { Language } from '../engine/call-types';
import { changeLanguage, useTranslation } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { LanguageSelect } from './LanguageSelect';

/** The learner's settings in a header: interface language, sound, the caller's voice, background, volume. */
export function SettingsTools() {
  const { t } = useTranslation();
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const setUiLanguage = useAppStore((state) => state.setUiLanguage);
  const muted = useAppStore((state) => state.muted);
  const setMuted = useAppStore((state) => state.setMuted);
  const voiceOn = useAppStore((state) => state.voiceOn);
  const setVoiceOn = useAppStore((state) => state.setVoiceOn);
  const backgroundOn = useAppStore((state) => state.backgroundOn);
  const setBackgroundOn = useAppStore((state) => state.setBackgroundOn);
  const volume = useAppStore((state) => state.volume);
  const setVolume = useAppStore((state) => state.setVolume);

  const onLanguage = (language: Language) => {
    setUiLanguage(language);
    void changeLanguage(language);
  };

  return (
    <div className="header-tools" role="group" aria-label={t('settings.heading')}>
      <LanguageSelect label={t('settings.interfaceLanguage')} value={uiLanguage} onChange={onLanguage} />
      <button type="button" className="toggle" aria-pressed={!muted} onClick={() => setMuted(!muted)}>
        {muted ? t('settings.soundOff') : t('settings.soundOn')}
      </button>
      <button type="button" className="toggle" aria-pressed={voiceOn} onClick={() => setVoiceOn(!voiceOn)}>
        {voiceOn ? t('settings.voiceOn') : t('settings.voiceOff')}
      </button>
      <button
        type="button"
        className="toggle"
        aria-pressed={backgroundOn}
        onClick={() => setBackgroundOn(!backgroundOn)}
      >
        {backgroundOn ? t('settings.backgroundOn') : t('settings.backgroundOff')}
      </button>
      <label className="field-inline">
        <span>{t('settings.volume')}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={10}
          value={Math.round(volume * 100)}
          onChange={(event) => setVolume(Number(event.target.value) / 100)}
        />
      </label>
    </div>
  );
}
