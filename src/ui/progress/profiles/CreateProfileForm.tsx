import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '../../../i18n/i18n';
import { isPin } from '../../../store/progress/pin';
import type { ProgressStore } from '../../../store/progress/progress-store';
import { maxNameLength, nameProblem } from './names';

type Field = 'name' | 'pin' | 'pinConfirm';

/** Creates a profile (name, optional 4-digit PIN) and opens it. */
export function CreateProfileForm({ store, onCreated }: { store: ProgressStore; onCreated: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const profiles = useStore(store, (state) => state.profiles);
  const createProfile = useStore(store, (state) => state.createProfile);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinConfirm, setPinConfirm] = useState('');
  const [error, setError] = useState<{ field: Field; message: string; count: number } | undefined>();
  const [busy, setBusy] = useState(false);
  const nameField = useRef<HTMLInputElement>(null);
  const pinField = useRef<HTMLInputElement>(null);
  const pinConfirmField = useRef<HTMLInputElement>(null);

  const refuse = (field: Field, message: string) => {
    setError((previous) => ({ field, message, count: (previous?.count ?? 0) + 1 }));
    ({ name: nameField, pin: pinField, pinConfirm: pinConfirmField })[field].current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name, profiles);
    if (problem) return refuse('name', t(problem, { name: name.trim() }));
    if (pin !== '' && !isPin(pin)) return refuse('pin', t('profiles.pinInvalid'));
    if (pin !== pinConfirm) return refuse('pinConfirm', t('profiles.pinMismatch'));
    setError(undefined);
    setBusy(true);
    try {
      await createProfile(name, pin === '' ? undefined : pin);
    } finally {
      setBusy(false);
    }
    setName('');
    setPin('');
    setPinConfirm('');
    onCreated();
  };

  const describedBy = (field: Field, ...hints: string[]) =>
    [...hints, ...(error?.field === field ? [`${id}-error`] : [])].join(' ') || undefined;
  const errorFor = (field: Field) =>
    error?.field === field && (
      <p role="alert" key={error.count} id={`${id}-error`} className="field-error">
        {error.message}
      </p>
    );

  return (
    <form
      className="create-profile"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={`${id}-heading`}>{t('profiles.createHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('profiles.name')}</label>
        <input
          ref={nameField}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={maxNameLength}
          value={name}
          aria-invalid={error?.field === 'name' || undefined}
          aria-describedby={describedBy('name', `${id}-name-hint`)}
          onChange={(event) => setName(event.target.value)}
        />
        <p id={`${id}-name-hint`} className="hint">
          {t('profiles.nameHint')}
        </p>
        {errorFor('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-pin`}>{t('profiles.pin')}</label>
        <input
          ref={pinField}
          id={`${id}-pin`}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={4}
          value={pin}
          aria-invalid={error?.field === 'pin' || undefined}
          aria-describedby={describedBy('pin', `${id}-pin-notice`)}
          onChange={(event) => setPin(event.target.value)}
        />
        <p id={`${id}-pin-notice`} className="hint">
          {t('profiles.pinNotice')} {t('profiles.pinKeep')}
        </p>
        {errorFor('pin')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-pin-confirm`}>{t('profiles.pinConfirm')}</label>
        <input
          ref={pinConfirmField}
          id={`${id}-pin-confirm`}
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={4}
          value={pinConfirm}
          aria-invalid={error?.field === 'pinConfirm' || undefined}
          aria-describedby={describedBy('pinConfirm')}
          onChange={(event) => setPinConfirm(event.target.value)}
        />
        {errorFor('pinConfirm')}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('profiles.create')}
      </button>
    </form>
  );
}
