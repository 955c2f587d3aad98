import { ModeChoice } from '../../ModeChoice';
import { Suspense, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Assignment } from '../../../engine/assignment/assignment';
import type { Language } from '../../../engine/call-types';
import type { Mode } from '../../../engine/progress/attempt';
import type { PlanProblem } from '../../../engine/scorm/package-plan';
import { useTranslation } from '../../../i18n/i18n';
import type { t as translate } from '../../../i18n/i18n';
import { fetchLibraryIndex } from '../../../library/fetch-library';
import { useAppStore } from '../../../store/app-store';
import { LanguageSelect } from '../../LanguageSelect';
import { LoadErrorBoundary } from '../../LoadErrorBoundary';
import { buildScormPackage, PackageFileError, PackagePlanError } from './build-package';
import type { BuildProgress } from './build-package';
import { MoodleHelp } from './MoodleHelp';
import { saveBlob as browserSave } from './save-blob';
import type { SaveBlob } from './save-blob';
import { callsInLanguage, ScenarioChoice } from './ScenarioChoice';
import './lms.css';

type Field = 'title' | 'passMark' | 'calls';

type Outcome =
  | { kind: 'working'; progress: BuildProgress }
  | { kind: 'done'; file: string; bytes: number; files: number }
  | { kind: 'failed'; messages: string[] };

function problemMessage(problem: PlanProblem, t: typeof translate): string {
  switch (problem.kind) {
    case 'missing-scenario':
      return t('lms.errors.missingScenario', {
        id: problem.id,
        language: t(`languages.${problem.language}`),
      });
    case 'bad-shell':
      return t('lms.errors.badShell', { file: problem.file });
    case 'too-many-calls':
      return t('lms.errors.tooManyCalls', { count: problem.count });
    case 'no-scenario':
      return t('lms.errors.noCall');
  }
}

function failureMessages(error: unknown, t: typeof translate): string[] {
  if (error instanceof PackagePlanError) return error.problems.map((problem) => problemMessage(problem, t));
  if (error instanceof PackageFileError)
    return [t('lms.errors.file', { file: error.file, reason: error.reason })];
  return [t('lms.errors.unexpected', { reason: String(error) })];
}

function sizeText(bytes: number, language: Language, t: typeof translate): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? t('lms.megabytes', { value: format.format(bytes / (1024 * 1024)) })
    : t('lms.kilobytes', { value: format.format(Math.max(1, Math.round(bytes / 1024))) });
}

/**
 * « Paquet pour la plateforme (LMS) »: a trainer picks calls, language, mode and pass mark, and downloads
 * an assignment as a SCORM 1.2 package that Moodle (or any SCORM 1.2 LMS) imports. Default export: the
 * trainer area loads this section on demand.
 */
export default function LmsPackage({
  saveBlob = browserSave,
  initial,
}: {
  saveBlob?: SaveBlob;
  /** An assignment composed in « Composer un devoir », to package as it is (the form starts filled in). */
  initial?: Assignment;
}) {
  const { t, language: uiLanguage } = useTranslation();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [callLanguage, setCallLanguage] = useState<Language>(
    () => initial?.callLanguage ?? useAppStore.getState().callLanguage,
  );
  const [mode, setMode] = useState<Mode>(() => initial?.mode ?? useAppStore.getState().callMode);
  const [passMark, setPassMark] = useState(String(initial?.passMark ?? 70));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set(initial?.scenarios ?? []));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const titleInput = useRef<HTMLInputElement>(null);
  const passMarkInput = useRef<HTMLInputElement>(null);
  const callsStart = useRef<HTMLDivElement>(null);
  const working = outcome?.kind === 'working';

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    const index = await fetchLibraryIndex();
    const listed = callsInLanguage(index.scenarios, callLanguage)
      .filter((s) => selected.has(s.id))
      .map((s) => s.id);
    // The same calls as the composed assignment are played in the trainer's order, not the list's.
    const sameCalls =
      initial !== undefined &&
      initial.scenarios.length === listed.length &&
      initial.scenarios.every((id) => listed.includes(id));
    const chosen = sameCalls ? [...initial.scenarios] : listed;
    const mark = Number(passMark);
    const found: Partial<Record<Field, string>> = {
      ...(title.trim() === '' ? { title: t('lms.errors.title') } : {}),
      ...(passMark.trim() === '' || !Number.isInteger(mark) || mark < 0 || mark > 100
        ? { passMark: t('lms.errors.passMark') }
        : {}),
      ...(chosen.length === 0 ? { calls: t('lms.errors.calls') } : {}),
    };
    setErrors(found);
    if (found.title) return titleInput.current?.focus();
    if (found.passMark) return passMarkInput.current?.focus();
    if (found.calls) return callsStart.current?.querySelector('input')?.focus();

    const content = { title: title.trim(), scenarios: chosen, mode, callLanguage, passMark: mark };
    // Packaged unchanged, a composed assignment keeps its id (its results group with the link's).
    const unchanged =
      initial !== undefined &&
      initial.title === content.title &&
      initial.mode === mode &&
      initial.callLanguage === callLanguage &&
      initial.passMark === mark &&
      initial.scenarios.join() === chosen.join();
    const assignment: Assignment = {
      id: unchanged ? initial.id : crypto.randomUUID(),
      ...content,
      ...(unchanged && initial.issuedBy ? { issuedBy: initial.issuedBy } : {}),
      ...(unchanged && initial.due ? { due: initial.due } : {}),
      createdAt: unchanged ? initial.createdAt : Date.now(),
    };
    setOutcome({ kind: 'working', progress: { step: 'reading', done: 0, total: 1 } });
    let settled = false;
    try {
      const built = await buildScormPackage(assignment, {
        // A late report (a fetch finishing after the end) must not cover the result.
        onProgress: (progress) => settled || setOutcome({ kind: 'working', progress }),
      });
      settled = true;
      saveBlob(built.name, built.blob);
      setOutcome({ kind: 'done', file: built.name, bytes: built.blob.size, files: built.files });
    } catch (error) {
      settled = true;
      setOutcome({ kind: 'failed', messages: failureMessages(error, t) });
    }
  };

  const describe = (field: Field, hint?: string) =>
    [hint, errors[field] ? `lms-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <section className="lms-package" aria-labelledby="lms-heading">
      <h2 id="lms-heading">{t('lms.heading')}</h2>
      <p className="lead">{t('lms.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="lms-title">{t('lms.title')}</label>
          <input
            ref={titleInput}
            id="lms-title"
            type="text"
            value={title}
            maxLength={200}
            onChange={(event) => setTitle(event.target.value)}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describe('title', 'lms-title-hint')}
          />
          <span id="lms-title-hint" className="hint">
            {t('lms.titleHint')}
          </span>
          {errors.title && (
            <span id="lms-title-error" className="field-error">
              {errors.title}
            </span>
          )}
        </div>
        <div className="call-language">
          <LanguageSelect label={t('lms.callLanguage')} value={callLanguage} onChange={setCallLanguage} />
        </div>
        <ModeChoice legend={t('lms.mode')} name="lms-mode" value={mode} onChange={setMode} />
        <div className="field">
          <label htmlFor="lms-pass-mark">{t('lms.passMark')}</label>
          <input
            ref={passMarkInput}
            id="lms-pass-mark"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={passMark}
            onChange={(event) => setPassMark(event.target.value)}
            aria-invalid={errors.passMark ? true : undefined}
            aria-describedby={describe('passMark', 'lms-pass-mark-hint')}
          />
          <span id="lms-pass-mark-hint" className="hint">
            {t('lms.passMarkHint')}
          </span>
          {errors.passMark && (
            <span id="lms-passMark-error" className="field-error">
              {errors.passMark}
            </span>
          )}
        </div>
        <div ref={callsStart}>
          <p id="lms-calls-hint" className="hint">
            {t('lms.callsHint')}
          </p>
          {errors.calls && (
            <p id="lms-calls-error" className="field-error">
              {errors.calls}
            </p>
          )}
          <LoadErrorBoundary>
            <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
              <ScenarioChoice
                language={callLanguage}
                selected={selected}
                onToggle={toggle}
                describedBy={describe('calls', 'lms-calls-hint') ?? 'lms-calls-hint'}
                invalid={errors.calls !== undefined}
              />
            </Suspense>
          </LoadErrorBoundary>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={working}>
            {t('lms.create')}
          </button>
        </div>
      </form>
      {outcome?.kind === 'working' && (
        <div className="lms-progress">
          <progress
            aria-label={t('lms.progressLabel')}
            value={outcome.progress.done}
            max={Math.max(1, outcome.progress.total)}
          />
        </div>
      )}
      <div role="status">
        {outcome?.kind === 'working' && (
          <p>{t(`lms.progress.${outcome.progress.step}`, { ...outcome.progress })}</p>
        )}
        {outcome?.kind === 'done' && (
          <p className="import-summary">
            {t('lms.done', {
              file: outcome.file,
              size: sizeText(outcome.bytes, uiLanguage, t),
              count: outcome.files,
            })}
          </p>
        )}
      </div>
      <div role="alert">
        {outcome?.kind === 'failed' && (
          <ul className="notice error">
            {outcome.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
      <MoodleHelp />
    </section>
  );
}
