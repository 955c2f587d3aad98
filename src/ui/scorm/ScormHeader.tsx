import { useTranslation } from '../../i18n/i18n';
import { SettingsTools } from '../SettingsTools';

/**
 * The package's header: the app's name and the learner's settings. No navigation: inside an LMS the
 * package is one activity, not the whole app (no library, no trainers' area).
 */
export function ScormHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <SettingsTools />
    </header>
  );
}
