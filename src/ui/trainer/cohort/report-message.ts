import type { Language } from '../../../engine/call-types';
import type { Catalog } from '../../../engine/cohort/cohort';
import type { FileReport } from '../../../engine/cohort/merge-results';
import { exportVersion } from '../../../engine/progress/export-format';
import type { t as translate } from '../../../i18n/i18n';

/** A scenario as the trainer knows it: its title and key, or its key alone when the library lacks it. */
export function scenarioName(key: string, catalog: Catalog): string {
  const entry = catalog.get(key);
  return entry ? `${entry.title} (${key})` : key;
}

/** Megabytes to one decimal, rounded up so a file just over the limit never reads as the limit. */
function sizeInMegabytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
    Math.ceil((bytes / 1024 / 1024) * 10) / 10,
  );
}

/** What was wrong with a refused file: its name, the place when known, and what was expected. */
export function rejectionMessage(
  report: Extract<FileReport, { status: 'rejected' }>,
  t: typeof translate,
  language: Language,
): string {
  const file = report.file;
  switch (report.reason) {
    case 'too-large':
      return t('cohort.report.errors.tooLarge', {
        file,
        size: sizeInMegabytes(report.size, language),
        limit: sizeInMegabytes(report.limit, language),
      });
    case 'batch-too-large':
      return t('cohort.report.errors.batchTooLarge', {
        file,
        limit: sizeInMegabytes(report.limit, language),
      });
    case 'unreadable':
      return t('cohort.report.errors.unreadable', { file });
    case 'not-json':
      if (!report.place) return t('cohort.report.errors.notJson', { file });
      return t(report.truncated ? 'cohort.report.errors.truncated' : 'cohort.report.errors.notJsonAt', {
        file,
        line: report.place.line,
        column: report.place.column,
      });
    case 'foreign':
      return t('cohort.report.errors.foreign', { file });
    case 'version':
      return t('cohort.report.errors.version', { file, version: report.version, expected: exportVersion });
    case 'checksum':
      return t('cohort.report.errors.checksum', { file });
    case 'record': {
      const where =
        report.where === 'profile'
          ? t('cohort.report.whereProfile')
          : t('cohort.report.whereAttempt', { number: (report.index ?? 0) + 1 });
      return t('cohort.report.errors.record', { file, where, issue: report.issue });
    }
    case 'unknown-scenarios':
      return t('cohort.report.errors.unknownScenarios', { file, scenarios: report.scenarios.join(', ') });
  }
}
