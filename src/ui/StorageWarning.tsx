import { useTranslation } from '../i18n/i18n';
import { useProgress } from '../store/progress/app-progress';

/** During a call: says at once when an answer could not be saved (disk full), without stopping the call. */
export function StorageWarning() {
  const { t } = useTranslation();
  const writeError = useProgress((state) => state.writeError);
  const dismiss = useProgress((state) => state.dismissWriteError);
  if (!writeError) return null;
  return (
    <div role="alert" className="notice error">
      <p>{t(writeError === 'full' ? 'storage.full' : 'storage.unavailable')}</p>
      <button type="button" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
