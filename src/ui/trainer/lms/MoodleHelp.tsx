import { useTranslation } from '../../../i18n/i18n';

/** How to put the package into Moodle, step by step (other SCORM 1.2 LMSs import it the same way). */
export function MoodleHelp() {
  const { t } = useTranslation();
  return (
    <section className="lms-help" aria-labelledby="lms-moodle-heading">
      <h3 id="lms-moodle-heading">{t('lms.moodle.heading')}</h3>
      <ol>
        <li>{t('lms.moodle.step1')}</li>
        <li>{t('lms.moodle.step2')}</li>
        <li>{t('lms.moodle.step3')}</li>
        <li>{t('lms.moodle.step4')}</li>
      </ol>
      <p className="hint">{t('lms.moodle.note')}</p>
    </section>
  );
}
