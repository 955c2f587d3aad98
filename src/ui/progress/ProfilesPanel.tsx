import { useTranslation } from '../../i18n/i18n';
import { useProgress } from '../../store/progress/app-progress';

// Placeholder replaced by the profiles panel (create, switch, PIN, export, import).
export function ProfilesPanel() {
  const { t } = useTranslation();
  const profiles = useProgress((state) => state.profiles);
  return (
    <section aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{t('progress.heading')}</h2>
      <ul>
        {profiles.map((p) => (
          <li key={p.id}>{p.name}</li>
        ))}
      </ul>
    </section>
  );
}
