import { useTranslation } from '../../i18n/i18n';
import { gradeExam } from '../../engine/progress/exam-grid';
import type { ExamResult } from '../../engine/progress/exam-grid';
import type { Scenario } from '../../engine/scenario/types';
import type { CallScore } from '../../engine/scoring/score-call';
import { useCompetencyLabel } from '../use-competency-label';

/** The exam's result sheet: pass or fail per competency against the grid, and the verdict. */
export default function ExamSheet({ scenario, score }: { scenario: Scenario; score: CallScore }) {
  const result: ExamResult = gradeExam(scenario, score);
  const { t } = useTranslation();
  const label = useCompetencyLabel();
  return (
    <section aria-labelledby="exam-heading" className={`exam-sheet ${result.passed ? 'passed' : 'failed'}`}>
      <h2 id="exam-heading">{t('exam.heading')}</h2>
      <p className="exam-verdict">
        <strong>{result.passed ? t('exam.passed') : t('exam.failed')}</strong> —{' '}
        {t('exam.weighted', { value: result.weighted, threshold: result.threshold })}
      </p>
      <table className="scores">
        <thead>
          <tr>
            <th scope="col">{t('debrief.competency')}</th>
            <th scope="col">{t('debrief.score')}</th>
            <th scope="col">{t('exam.weight')}</th>
            <th scope="col">{t('exam.result')}</th>
          </tr>
        </thead>
        <tbody>
          {result.lines.map((line) => (
            <tr key={line.competency}>
              <th scope="row">
                {label(line.competency)}
                {line.eliminatory && <span className="badge">{t('exam.eliminatory')}</span>}
              </th>
              <td>{t('debrief.percent', { value: line.percent })}</td>
              <td>{line.weight}</td>
              <td className={line.passed ? 'ok' : 'ko'}>
                {line.passed ? t('exam.linePassed') : t('exam.lineFailed')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('exam.note', { threshold: result.threshold })}</p>
    </section>
  );
}
