import { useId } from 'react';
import type { Catalog } from '../../../engine/cohort/cohort';
import type { FileReport } from '../../../engine/cohort/merge-results';
import { useTranslation } from '../../../i18n/i18n';
import { rejectionMessage, scenarioName } from './report-message';

type Accepted = Extract<FileReport, { status: 'accepted' }>;

const hasNotes = (report: Accepted) =>
  report.conflicts.length + report.unknown.length + report.otherVersion.length + report.unrecorded.length > 0;

/** What became of every file, by name: imported (with what to know), or refused and why. */
export function ImportReport({ reports, catalog }: { reports: readonly FileReport[]; catalog: Catalog }) {
  const { t, language } = useTranslation();
  const id = useId();
  return (
    <section className="import-report" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('cohort.report.heading')}</h3>
      <ul>
        {reports.map((report, index) => {
          const kind =
            report.status === 'rejected' ? 'rejected' : hasNotes(report) ? 'acceptedWithNotes' : 'accepted';
          return (
            <li key={index} className={`file-report ${kind}`}>
              <strong className="report-status">
                <span aria-hidden="true">{kind === 'rejected' ? '✗' : kind === 'accepted' ? '✓' : '!'} </span>
                {t(`cohort.report.${kind}`)}
              </strong>{' '}
              {report.status === 'rejected' ? (
                rejectionMessage(report, t, language)
              ) : (
                <AcceptedDetails report={report} catalog={catalog} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function AcceptedDetails({ report, catalog }: { report: Accepted; catalog: Catalog }) {
  const { t, language } = useTranslation();
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const notes = [
    ...report.conflicts.map((c) =>
      t('cohort.report.conflict', {
        scenario: scenarioName(c.scenarioKey, catalog),
        date: date.format(c.startedAt),
        other: c.otherFile,
        kept: c.kept === 'this-file' ? report.file : c.otherFile,
      }),
    ),
    ...report.unknown.map((u) =>
      t('cohort.report.unknown', { count: u.attempts, scenario: scenarioName(u.scenarioKey, catalog) }),
    ),
    ...report.otherVersion.map((u) =>
      t('cohort.report.otherVersion', { count: u.attempts, scenario: scenarioName(u.scenarioKey, catalog) }),
    ),
    ...report.unrecorded.map((u) =>
      t('cohort.report.unrecorded', { count: u.attempts, scenario: scenarioName(u.scenarioKey, catalog) }),
    ),
  ];
  return (
    <>
      {t('cohort.report.imported', {
        file: report.file,
        trainee: report.trainee,
        attempts: report.attempts,
        added: report.added,
        duplicates: report.duplicates,
      })}
      {notes.length > 0 && (
        <ul className="report-notes">
          {notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}
