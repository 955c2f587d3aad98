import { Suspense, use } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { fetchLibraryIndex } from '../../../library/fetch-library';
import { LoadErrorBoundary } from '../../LoadErrorBoundary';
import { ComposerForm } from './ComposerForm';
import type { CopyText } from './AssignmentOutput';
import './assign.css';

/**
 * « Composer un devoir »: the trainer picks calls and rules, and gets a link, a QR code and a short code.
 * No server: the whole assignment travels in the link. Default export: the trainer area loads it lazily.
 */
export default function AssignmentComposer({
  copyText,
  appAddress,
  today,
}: {
  /** Clipboard writer (tests give their own). */
  copyText?: CopyText;
  /** The app's address the link opens (default: this page's). */
  appAddress?: string;
  /** YYYY-MM-DD (default: today here). */
  today?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="assignment-composer" aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t('assign.heading')}</h2>
      <p className="lead">{t('assign.intro')}</p>
      <LoadErrorBoundary>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <ComposerWithLibrary
            {...(copyText ? { copyText } : {})}
            {...(appAddress ? { appAddress } : {})}
            {...(today ? { today } : {})}
          />
        </Suspense>
      </LoadErrorBoundary>
    </section>
  );
}

function ComposerWithLibrary(props: { copyText?: CopyText; appAddress?: string; today?: string }) {
  const index = use(fetchLibraryIndex());
  return <ComposerForm index={index.scenarios} {...props} />;
}
