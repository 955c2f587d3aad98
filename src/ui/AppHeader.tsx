import { useTranslation } from '../i18n/i18n';
import type { Language } from '../engine/call-types';
import { changeLanguage } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import { LanguageSelect } from './LanguageSelect';

export function AppHeader() {
  const { t } = useTranslation();
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const muted = useAppStore((state) => state.muted);
  const setUiLanguage = useAppStore((state) => state.setUiLanguage);
  const setMuted = useAppStore((state) => state.setMuted);
  const voiceOn = useAppStore((state) => state.voiceOn);
  const setVoiceOn = useAppStore((state) => state.setVoiceOn);
  const volume = useAppStore((state) => state.volume);
  const setVolume = useAppStore((state) => state.setVolume);
  const openProgress = useAppStore((state) => state.openProgress);
  const openLibrary = useAppStore((state) => state.openLibrary);
  const openTrainer = useAppStore((state) => state.openTrainer);
  const backgroundOn = useAppStore((state) => state.backgroundOn);
  const setBackgroundOn = useAppStore((state) => state.setBackgroundOn);
  const view = useAppStore((state) => state.view.name);

  const onLanguage = (language: Language) => {
    setUiLanguage(language);
    void changeLanguage(language);
  };

  return (
    <header className="app-header">
      <nav className="main-nav" aria-label={t('app.navigation')}>
        <button
          type="button"
          className="link-button"
          aria-current={view === 'library' ? 'page' : undefined}
          onClick={openLibrary}
        >
          {t('app.calls')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-current={view === 'progress' ? 'page' : undefined}
          onClick={openProgress}
        >
          {t('app.myProgress')}
        </button>
        <button
          type="button"
          className="link-button"
          aria-current={view === 'trainer' ? 'page' : undefined}
          onClick={openTrainer}
        >
          {t('app.trainer')}
        </button>
      </nav>
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
    </header>
  );
}
