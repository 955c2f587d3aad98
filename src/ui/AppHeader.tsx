import { useTranslation } from '../i18n/i18n';
import { useAppStore } from '../store/app-store';
import type { View } from '../store/navigation-slice';
import { SettingsTools } from './SettingsTools';

/** The app's header: where to go (calls, « Mon parcours », the trainers' area), the name, the settings. */
export function AppHeader() {
  const { t } = useTranslation();
  const view = useAppStore((state) => state.view.name);
  const openLibrary = useAppStore((state) => state.openLibrary);
  const openProgress = useAppStore((state) => state.openProgress);
  const openTrainer = useAppStore((state) => state.openTrainer);
  const places: { view: View['name']; label: string; open: () => void }[] = [
    { view: 'library', label: t('app.calls'), open: openLibrary },
    { view: 'progress', label: t('app.myProgress'), open: openProgress },
    { view: 'trainer', label: t('app.trainer'), open: openTrainer },
  ];

  return (
    <header className="app-header">
      <nav className="main-nav" aria-label={t('app.navigation')}>
        {places.map((place) => (
          <button
            key={place.view}
            type="button"
            className="link-button"
            aria-current={view === place.view ? 'page' : undefined}
            onClick={place.open}
          >
            {place.label}
          </button>
        ))}
      </nav>
      <div className="brand">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <SettingsTools />
    </header>
  );
}
