import { useTranslation } from '../../i18n/i18n';
import type { Problem } from '../../engine/scenario/problem';

/** Lists broken scenario files with file, line and what was expected, translated. */
export function LibraryProblems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('library.problemsHeading')}</h2>
      <p>{t('library.problemsIntro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>
              {problem.line === undefined
                ? t('problems.placeNoLine', { file: problem.file })
                : t('problems.place', { file: problem.file, line: problem.line })}
            </code>{' '}
            — {t(`problems.${problem.code}`, { ...problem.params, path: problem.path })}
          </li>
        ))}
      </ul>
    </section>
  );
}
