import { Component } from 'react';
import type { ReactNode } from 'react';
import { t } from '../../../i18n/i18n';

interface Props {
  children: ReactNode;
  /** What the trainee answers with when free text cannot load (the option list). */
  fallback: ReactNode;
}

/** If the matcher's code cannot be downloaded (offline, a new deployment), the call goes on with choices. */
export class FreeTextBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <p role="status" className="hint">
          {t('freeText.unavailable')}
        </p>
        {this.props.fallback}
      </>
    );
  }
}
