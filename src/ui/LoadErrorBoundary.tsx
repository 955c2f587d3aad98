import { Component } from 'react';
import type { ReactNode } from 'react';
import { LibraryLoadError } from '../library/fetch-library';
import { t } from '../i18n/i18n';

interface Props {
  children: ReactNode;
  /** Called by the retry button, before the children are rendered again. */
  onRetry?: () => void;
}

/** Keeps the app up when a data file cannot be read: names the file and offers to try again. */
export class LoadErrorBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const file = error instanceof LibraryLoadError ? error.file : '';
    const reason = error instanceof LibraryLoadError ? error.reason : error.message;
    return (
      <div role="alert" className="load-error">
        <p>{t('app.loadError', { file, reason })}</p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: undefined });
          }}
        >
          {t('app.retry')}
        </button>
      </div>
    );
  }
}
