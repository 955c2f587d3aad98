import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useStore } from 'zustand';
import type { Language } from '../../../engine/call-types';
import {
  buildExport,
  exportFileName,
  readExport,
  serializeExport,
} from '../../../engine/progress/export-format';
import type { ImportRead, MergePlan } from '../../../engine/progress/export-format';
import { useTranslation } from '../../../i18n/i18n';
import type { t as translate } from '../../../i18n/i18n';
import type { ProgressStore } from '../../../store/progress/progress-store';
import type { SaveFile } from './download';
import { recordChecks } from './record-checks';

type Outcome =
  | { kind: 'exported'; file: string }
  | { kind: 'imported'; file: string; plan: MergePlan }
  | { kind: 'refused'; message: string };

/** « Exporter mes données » for the open profile, and importing a file for any profile. */
export function DataTransfer({ store, saveFile }: { store: ProgressStore; saveFile: SaveFile }) {
  const { t, language } = useTranslation();
  const id = useId();
  const activeProfile = useStore(store, (state) =>
    state.profiles.find((p) => p.id === state.activeProfileId),
  );
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [refusals, setRefusals] = useState(0);

  const refuse = (message: string) => {
    setRefusals((count) => count + 1);
    setOutcome({ kind: 'refused', message });
  };

  const exportData = async () => {
    if (!activeProfile) return;
    const { attempts } = store.getState();
    const now = new Date();
    const file = exportFileName(activeProfile.name, now);
    saveFile(file, serializeExport(await buildExport(activeProfile, attempts, now)));
    setOutcome({ kind: 'exported', file });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const read = await readExport(file, recordChecks);
      if (!read.ok) return refuse(refusalMessage(read, t, language));
      const { planImport, applyImport } = store.getState();
      const plan = await planImport(read.data, (name) => t('profiles.importedName', { name }));
      if (!(await applyImport(plan))) return refuse(t('profiles.errors.write', { file: file.name }));
      setOutcome({ kind: 'imported', file: file.name, plan });
    } catch {
      refuse(t('profiles.errors.write', { file: file.name }));
    } finally {
      setBusy(false);
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
    }
  };

  return (
    <section className="data-transfer" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('profiles.dataHeading')}</h3>
      {activeProfile && (
        <div className="field">
          <button type="button" aria-describedby={`${id}-export-hint`} onClick={() => void exportData()}>
            {t('profiles.export')}
          </button>
          <p id={`${id}-export-hint`} className="hint">
            {t('profiles.exportHint')} {t('profiles.checksumNotice')}
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-import`}>{t('profiles.import')}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-import-hint`}
          disabled={busy}
          onChange={(event) => void importFile(event)}
        />
        <p id={`${id}-import-hint`} className="hint">
          {t('profiles.importHint')}
        </p>
      </div>
      {outcome?.kind === 'refused' && (
        <p role="alert" key={refusals} className="notice error">
          {outcome.message}
        </p>
      )}
      <div role="status" className="transfer-status">
        {busy && <p>{t('profiles.importing')}</p>}
        {outcome?.kind === 'exported' && <p>{t('profiles.exported', { file: outcome.file })}</p>}
        {outcome?.kind === 'imported' && <ImportSummary file={outcome.file} plan={outcome.plan} />}
      </div>
    </section>
  );
}

function ImportSummary({ file, plan }: { file: string; plan: MergePlan }) {
  const { t, language } = useTranslation();
  const plural = (key: string, count: number) =>
    t(`${key}.${new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other'}`, { count });
  const conflicts =
    plan.conflicts.length === 0
      ? t('profiles.conflicts.none')
      : plural('profiles.conflicts', plan.conflicts.length);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="notice import-summary">
      <p>
        {t(plan.createProfile ? 'profiles.importedNew' : 'profiles.importedInto', {
          file,
          name: plan.profile.name,
        })}
      </p>
      <p>
        {t('profiles.summary', {
          added: plural('profiles.added', plan.add.length),
          present: plural('profiles.present', plan.identical.length),
          conflicts,
        })}
      </p>
      {plan.conflicts.length > 0 && (
        <>
          <p>{t('profiles.conflictsHeading')}</p>
          <ul>
            {plan.conflicts.map((attempt) => (
              <li key={attempt.id}>
                {t('profiles.conflictItem', {
                  scenario: attempt.scenarioKey,
                  date: date.format(attempt.startedAt),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Names the file and says what was expected, for the first check it failed. */
function refusalMessage(
  read: Extract<ImportRead, { ok: false }>,
  t: typeof translate,
  language: Language,
): string {
  const file = read.file;
  switch (read.reason) {
    case 'too-large': {
      // Rounded up, so a file just over the limit does not read « 5 Mo ».
      const megabytes = Math.ceil((read.size / 1024 / 1024) * 10) / 10;
      const size = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(megabytes);
      return t('profiles.errors.tooLarge', { file, size });
    }
    case 'unreadable':
      return t('profiles.errors.unreadable', { file });
    case 'not-json':
      return t('profiles.errors.notJson', { file });
    case 'foreign':
      return t('profiles.errors.foreign', { file });
    case 'version':
      return t('profiles.errors.version', { file, version: read.version });
    case 'checksum':
      return t('profiles.errors.checksum', { file });
    case 'record': {
      const where =
        read.where === 'profile'
          ? t('profiles.whereProfile')
          : t('profiles.whereAttempt', { number: (read.index ?? 0) + 1 });
      return t('profiles.errors.record', { file, where, issue: read.issue });
    }
  }
}
