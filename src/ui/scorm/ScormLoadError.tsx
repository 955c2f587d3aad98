import { useTranslation } from '../../i18n/i18n';

/** The package cannot start: its assignment file is missing or damaged. */
export function ScormLoadError({ file, reason }: { file: string; reason: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="scorm-app">
      <h1>{t('app.title')}</h1>
      <p role="alert" className="notice error">
        {t('lms.player.loadError', { file, reason })}
      </p>
    </main>
  );
}
