import { ModeChoice } from '../../ModeChoice';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Language } from '../../../engine/call-types';
import { assignmentLink } from '../../../engine/assignment/assignment-fragment';
import {
  checkDraft,
  composeAssignment,
  emptyDraft,
  missingInLanguage,
} from '../../../engine/assignment/assignment-draft';
import type { AssignmentDraft, DraftField, DraftProblem } from '../../../engine/assignment/assignment-draft';
import { encodeAssignmentPayload } from '../../../engine/assignment/assignment-link';
import { localIsoDate } from '../../../engine/assignment/assignment-problem';
import { maxTitleLength } from '../../../engine/assignment/assignment-schema';
import { encodeShortCode } from '../../../engine/assignment/short-code';
import { useTranslation } from '../../../i18n/i18n';
import type { ScenarioSummary } from '../../../library/scenario-summary';
import { LanguageSelect } from '../../LanguageSelect';
import { AssignmentOutput } from './AssignmentOutput';
import type { AssignmentHandout, CopyText } from './AssignmentOutput';
import { LrsFields } from './LrsFields';
import { ScenarioPicker } from './ScenarioPicker';

const fieldOrder: DraftField[] = [
  'title',
  'issuedBy',
  'scenarios',
  'due',
  'passMark',
  'lrsEndpoint',
  'lrsUsername',
  'lrsPassword',
];

/** The trainer's form, its messages field by field, and the handout once it is valid. */
export function ComposerForm({
  index,
  copyText,
  appAddress = window.location.href,
  today = localIsoDate(),
}: {
  index: readonly ScenarioSummary[];
  copyText?: CopyText;
  appAddress?: string;
  today?: string;
}) {
  const { t, language } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<AssignmentDraft>(() => emptyDraft(language));
  // Messages appear on the first « Create », then follow every change.
  const [submitted, setSubmitted] = useState(false);
  const [summary, setSummary] = useState(0);
  const [handout, setHandout] = useState<AssignmentHandout | undefined>();
  const [busy, setBusy] = useState(false);
  const outputRef = useRef<HTMLDivElement>(null);

  const problems = submitted ? checkDraft(draft, index, today) : [];
  const problemsOf = (field: DraftField) => problems.filter((p) => p.field === field);

  const update = <K extends keyof AssignmentDraft>(field: K, value: AssignmentDraft[K]) => {
    setDraft((previous) => ({ ...previous, [field]: value }));
    // A changed form makes the handout out of date: it goes until « Create » is pressed again.
    setHandout(undefined);
  };

  const titles = (ids: readonly string[]) =>
    ids
      .map(
        (sid) =>
          `« ${index.find((s) => s.id === sid && s.language === 'fr')?.title ?? index.find((s) => s.id === sid)?.title ?? sid} »`,
      )
      .join(', ');

  const message = (problem: DraftProblem) =>
    t(`assign.errors.${problem.code}`, {
      language: t(`assign.languageNames.${draft.callLanguage}`),
      titles: titles(problem.ids ?? []),
      max: maxTitleLength,
    });

  const describedBy = (field: DraftField, ...hints: string[]) =>
    [...hints, ...(problemsOf(field).length > 0 ? [`${id}-${field}-error`] : [])].join(' ') || undefined;
  const errorFor = (field: DraftField): ReactNode => {
    const own = problemsOf(field);
    return own.length > 0 ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {own.map(message).join(' ')}
      </p>
    ) : undefined;
  };
  const invalid = (field: DraftField) => problemsOf(field).length > 0 || undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = checkDraft(draft, index, today);
    if (found.length > 0) {
      setHandout(undefined);
      setSummary((n) => n + 1);
      const first = fieldOrder.find((field) => found.some((p) => p.field === field));
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const assignment = await composeAssignment(draft);
      const link = assignmentLink(appAddress, await encodeAssignmentPayload(assignment));
      setHandout({ assignment, link, code: await encodeShortCode(assignment) });
    } finally {
      setBusy(false);
    }
  };

  // The handout's heading takes the focus, so the trainer (and a screen reader) lands on the result.
  useEffect(() => {
    if (handout) outputRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [handout]);

  const missing = missingInLanguage(draft, index);
  const handoutTitles = (handout?.assignment.scenarios ?? []).map(
    (sid) => index.find((s) => s.id === sid && s.language === handout?.assignment.callLanguage)?.title ?? sid,
  );

  return (
    <>
      <form className="assignment-form" onSubmit={(event) => void submit(event)} noValidate>
        {submitted && problems.length > 0 && (
          <p role="alert" key={summary} className="notice error">
            {t('assign.notCreated', { count: new Set(problems.map((p) => p.field)).size })}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('assign.title')}</label>
          <input
            id={`${id}-title`}
            type="text"
            autoComplete="off"
            value={draft.title}
            aria-invalid={invalid('title')}
            aria-describedby={describedBy('title', `${id}-title-hint`)}
            onChange={(event) => update('title', event.target.value)}
          />
          <p id={`${id}-title-hint`} className="hint">
            {t('assign.titleHint')}
          </p>
          {errorFor('title')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-issuedBy`}>{t('assign.issuedBy')}</label>
          <input
            id={`${id}-issuedBy`}
            type="text"
            autoComplete="off"
            value={draft.issuedBy}
            aria-invalid={invalid('issuedBy')}
            aria-describedby={describedBy('issuedBy', `${id}-issuedBy-hint`)}
            onChange={(event) => update('issuedBy', event.target.value)}
          />
          <p id={`${id}-issuedBy-hint`} className="hint">
            {t('assign.issuedByHint')}
          </p>
          {errorFor('issuedBy')}
        </div>
        <div className="call-language">
          <LanguageSelect
            label={t('assign.callLanguage')}
            value={draft.callLanguage}
            onChange={(value: Language) => update('callLanguage', value)}
          />
        </div>
        <ModeChoice
          legend={t('assign.mode')}
          name={`${id}-mode`}
          value={draft.mode}
          onChange={(mode) => update('mode', mode)}
        />
        <ScenarioPicker
          idPrefix={id}
          index={index}
          language={draft.callLanguage}
          selected={draft.scenarios}
          onChange={(ids) => update('scenarios', ids)}
          describedBy={
            describedBy(
              'scenarios',
              `${id}-scenarios-hint`,
              ...(missing.length > 0 ? [`${id}-missing`] : []),
            ) ?? ''
          }
          invalid={invalid('scenarios') ?? false}
        />
        {missing.length > 0 && !invalid('scenarios') && (
          <p id={`${id}-missing`} className="notice warning">
            {t('assign.errors.scenariosMissingLanguage', {
              language: t(`assign.languageNames.${draft.callLanguage}`),
              titles: titles(missing),
            })}
          </p>
        )}
        {errorFor('scenarios')}
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('assign.due')}</label>
          <input
            id={`${id}-due`}
            type="date"
            min={today}
            value={draft.due}
            aria-invalid={invalid('due')}
            aria-describedby={describedBy('due', `${id}-due-hint`)}
            onChange={(event) => update('due', event.target.value)}
          />
          <p id={`${id}-due-hint`} className="hint">
            {t('assign.dueHint')}
          </p>
          {errorFor('due')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-passMark`}>{t('assign.passMark')}</label>
          <input
            id={`${id}-passMark`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={draft.passMark}
            aria-invalid={invalid('passMark')}
            aria-describedby={describedBy('passMark', `${id}-passMark-hint`)}
            onChange={(event) => update('passMark', event.target.value)}
          />
          <p id={`${id}-passMark-hint`} className="hint">
            {t('assign.passMarkHint')}
          </p>
          {errorFor('passMark')}
        </div>
        <LrsFields
          idPrefix={id}
          draft={draft}
          onChange={(field, value) => update(field, value)}
          describedBy={describedBy}
          errorFor={errorFor}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('assign.create')}
        </button>
      </form>
      <div ref={outputRef}>
        {handout && (
          <AssignmentOutput
            handout={handout}
            callTitles={handoutTitles}
            {...(copyText ? { copyText } : {})}
          />
        )}
      </div>
    </>
  );
}
