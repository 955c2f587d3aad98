import type { Language } from '../../engine/call-types';
import { changeLanguage, useTranslation } from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { LanguageSelect } from '../LanguageSelect';

/**
 * The package's header: the app's name and the learner's settings. No navigation: inside an LMS the
 * package is one activity, not the whole app (no library, no trainers' area).
 */
export function ScormHeader() {
  const { t } = useTranslation();
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const setUiLanguage = useAppStore((state) => state.setUiLanguage);
  const muted = useAppStore((state) => state.muted);
  const setMuted = useAppStore((state) => state.setMuted);
  const voiceOn = useAppStore((state) => state.voiceOn);
  const setVoiceOn = useAppStore((state) => state.setVoiceOn);
  const volume = useAppStore((state) => state.volume);
  const setVolume = useAppStore((state) => state.setVolume);
  const onLanguage = (language: Language) => {
    setUiLanguage(language);
    void changeLanguage(language);
  };
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="header-tools" role="group" aria-label={t('settings.heading')}>
        <LanguageSelect label={t('settings.interfaceLanguage')} value={uiLanguage} onChange={onLanguage} />
        <button type="button" className="toggle" aria-pressed={!muted} onClick={() => setMuted(!muted)}>
          {muted ? t('settings.soundOff') : t('settings.soundOn')}
        </button>
        <button type="button" className="toggle" aria-pressed={voiceOn} onClick={() => setVoiceOn(!voiceOn)}>
          {voiceOn ? t('settings.voiceOn') : t('settings.voiceOff')}
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
    </header>
  );
}
