import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { decodeAssignmentPayload } from '../../engine/assignment/assignment-link';
import { localIsoDate } from '../../engine/assignment/assignment-problem';
import type { AssignmentRead } from '../../engine/assignment/assignment-problem';
import { loadProgressMessages, useTranslation } from '../../i18n/i18n';
import { fetchLibraryIndex } from '../../library/fetch-library';
import type { LibraryIndex } from '../../library/library-index';
import { useAppStore } from '../../store/app-store';
import { progressStore, startProgress } from '../../store/progress/app-progress';
import type { ProgressStore } from '../../store/progress/progress-store';
import { AssignmentReview } from './AssignmentReview';
import type { ReviewOutcome } from './AssignmentReview';
import { problemMessage } from './problem-message';
import './assignments.css';

// This dialog's strings arrive with its code (top-level await: React.lazy waits for them).
await loadProgressMessages();

type Stage =
  | { name: 'reading' }
  | { name: 'library-error' }
  | { name: 'read'; read: AssignmentRead; index: LibraryIndex }
  | { name: 'done'; outcome: ReviewOutcome };

/** A modal dialog: the rest of the page is inert while it is open; Escape closes it like Decline. */
function Modal({
  labelledBy,
  onClose,
  children,
}: {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Browsers without showModal (old ones, jsdom) still show it, as a plain open dialog.
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    return () => element.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="assignment-dialog"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/**
 * « Devoir reçu »: an assignment link opened in the address bar. The link is read and checked against the
 * library; a good one is shown with where it will be saved, Accept / Decline; a bad one is refused with its
 * problem named, and nothing stored is touched. Default export: the decoder loads only with a link.
 */
export default function ReceivedAssignment({
  payload,
  onClose,
  store = progressStore,
  today = localIsoDate(),
}: {
  payload: string;
  /** Called once the trainee has decided (or read the refusal): the link leaves the address bar. */
  onClose: () => void;
  store?: ProgressStore;
  today?: string;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const [stage, setStage] = useState<Stage>({ name: 'reading' });
  const [attempt, setAttempt] = useState(0);
  const openProgress = useAppStore((state) => state.openProgress);

  useEffect(() => {
    let live = true;
    void (store === progressStore ? startProgress() : undefined);
    fetchLibraryIndex()
      .then(async (index) => {
        const read = await decodeAssignmentPayload(payload, index.scenarios, today);
        if (live) setStage({ name: 'read', read, index });
      })
      .catch(() => live && setStage({ name: 'library-error' }));
    return () => {
      live = false;
    };
  }, [payload, today, store, attempt]);

  // Each new stage is announced from its start: the focus goes to the heading, or to the outcome.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (stage.name === 'done') outcomeRef.current?.focus();
    else if (stage.name !== 'reading') headingRef.current?.focus();
  }, [stage]);

  const heading = (
    <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
      {t('assignments.received')}
    </h2>
  );

  return (
    <Modal labelledBy={`${id}-heading`} onClose={onClose}>
      {heading}
      {stage.name === 'reading' && <p role="status">{t('assignments.reading')}</p>}
      {stage.name === 'library-error' && (
        <div role="alert" className="notice error">
          <p>{t('assignments.libraryError')}</p>
          <div className="actions">
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {t('app.retry')}
            </button>
            <button type="button" onClick={onClose}>
              {t('assignments.close')}
            </button>
          </div>
        </div>
      )}
      {stage.name === 'read' && !stage.read.ok && (
        <>
          <div role="alert" className="notice error">
            <p>{t('assignments.refused')}</p>
            <p>{problemMessage(stage.read, 'link', t, stage.index.scenarios, language)}</p>
            <p>{t('assignments.nothingChanged')}</p>
          </div>
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('assignments.close')}
            </button>
          </div>
        </>
      )}
      {stage.name === 'read' && stage.read.ok && (
        <AssignmentReview
          received={stage.read}
          index={stage.index.scenarios}
          store={store}
          onAccepted={(outcome) => setStage({ name: 'done', outcome })}
          onDecline={onClose}
        />
      )}
      {stage.name === 'done' && (
        <>
          <p role="status" className="notice" ref={outcomeRef} tabIndex={-1}>
            {t(stage.outcome.kind === 'added' ? 'assignments.added' : 'assignments.duplicate', {
              title: stage.outcome.title,
              name: stage.outcome.profileName,
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                openProgress();
                onClose();
              }}
            >
              {t('assignments.openList')}
            </button>
            <button type="button" onClick={onClose}>
              {t('assignments.close')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
