import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { localIsoDate } from '../../engine/assignment/assignment-problem';
import type { ReceivedAssignment } from '../../engine/assignment/assignment-problem';
import { decodeShortCode } from '../../engine/assignment/short-code';
import { useTranslation } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../library/scenario-summary';
import type { ProgressStore } from '../../store/progress/progress-store';
import { AssignmentReview } from './AssignmentReview';
import type { ReviewOutcome } from './AssignmentReview';
import { problemMessage } from './problem-message';

/** A short code typed by the trainee (dictated, written on the board): read, shown, then accepted or not. */
export function ShortCodeEntry({
  index,
  store,
  today = localIsoDate(),
}: {
  index: readonly ScenarioSummary[];
  store: ProgressStore;
  today?: string;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [received, setReceived] = useState<ReceivedAssignment | undefined>();
  const [message, setMessage] = useState<
    { kind: 'error' | 'done'; text: string; count: number } | undefined
  >();

  const say = (kind: 'error' | 'done', text: string) =>
    setMessage((previous) => ({ kind, text, count: (previous?.count ?? 0) + 1 }));

  const read = async (event: FormEvent) => {
    event.preventDefault();
    setReceived(undefined);
    if (code.trim() === '') return say('error', t('assignments.panel.codeRequired'));
    const result = await decodeShortCode(code, index, today);
    if (!result.ok) return say('error', problemMessage(result, 'code', t, index, language));
    setMessage(undefined);
    setReceived(result);
  };

  const accepted = (outcome: ReviewOutcome) => {
    setReceived(undefined);
    setCode('');
    say(
      'done',
      t(outcome.kind === 'added' ? 'assignments.added' : 'assignments.duplicate', {
        title: outcome.title,
        name: outcome.profileName,
      }),
    );
  };

  return (
    <div className="short-code-entry">
      <form onSubmit={(event) => void read(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('assignments.panel.codeLabel')}</label>
          <input
            id={`${id}-code`}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            aria-describedby={`${id}-hint${message?.kind === 'error' ? ` ${id}-error` : ''}`}
            aria-invalid={message?.kind === 'error' || undefined}
            onChange={(event) => setCode(event.target.value)}
          />
          <p id={`${id}-hint`} className="hint">
            {t('assignments.panel.codeHint')}
          </p>
          {message?.kind === 'error' && (
            <p role="alert" id={`${id}-error`} key={message.count} className="field-error">
              {message.text}
            </p>
          )}
        </div>
        <button type="submit">{t('assignments.panel.readCode')}</button>
      </form>
      <div role="status">{message?.kind === 'done' && <p className="notice">{message.text}</p>}</div>
      {received && (
        <section className="code-review" aria-labelledby={`${id}-review`}>
          <h3 id={`${id}-review`}>{t('assignments.received')}</h3>
          <AssignmentReview
            received={received}
            index={index}
            store={store}
            onAccepted={accepted}
            onDecline={() => setReceived(undefined)}
          />
        </section>
      )}
    </div>
  );
}
