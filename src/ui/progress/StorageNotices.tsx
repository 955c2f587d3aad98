import { useTranslation } from '../../i18n/i18n';
import { useProgress } from '../../store/progress/app-progress';
import { StorageWarning } from '../StorageWarning';

/** Tells the trainee when records could not be read or written, without hiding anything else. */
export function StorageNotices() {
  const { t } = useTranslation();
  const problems = useProgress((state) => state.problems);
  return (
    <>
      <StorageWarning />
      {problems.length > 0 && (
        <div role="status" className="notice warning">
          <p>{t('progress.damagedRecords', { count: problems.length })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.store}:${problem.key}`}>
                <code>
                  {problem.store}/{problem.key}
                </code>{' '}
                — {problem.issue}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
