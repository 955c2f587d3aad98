import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import type { Profile } from '../../../engine/progress/attempt';
import { useTranslation } from '../../../i18n/i18n';
import type { ProgressStore } from '../../../store/progress/progress-store';
import { maxNameLength, nameProblem } from './names';

/** Renames the open profile (a first call without a profile creates one named « Stagiaire »). */
export function RenameProfile({
  store,
  profile,
  onRenamed,
}: {
  store: ProgressStore;
  profile: Profile;
  onRenamed: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const profiles = useStore(store, (state) => state.profiles);
  const renameProfile = useStore(store, (state) => state.renameProfile);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<{ message: string; count: number } | undefined>();
  const field = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // Cancelling puts the focus back on the button that opened the form.
  const backToToggle = useRef(false);

  useEffect(() => {
    if (editing) field.current?.focus();
    else if (backToToggle.current) toggle.current?.focus();
    backToToggle.current = false;
  }, [editing]);

  const start = () => {
    setName(profile.name);
    setError(undefined);
    setEditing(true);
  };
  const stop = () => {
    backToToggle.current = true;
    setEditing(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = nameProblem(name, profiles, profile.id);
    if (problem) {
      setError((previous) => ({
        message: t(problem, { name: name.trim() }),
        count: (previous?.count ?? 0) + 1,
      }));
      field.current?.focus();
      return;
    }
    await renameProfile(profile.id, name);
    setEditing(false);
    onRenamed();
  };

  if (!editing)
    return (
      <button type="button" ref={toggle} onClick={start}>
        {t('profiles.rename')}
      </button>
    );
  return (
    <form className="rename-profile" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-name`}>{t('profiles.newName')}</label>
      <input
        ref={field}
        id={`${id}-name`}
        type="text"
        autoComplete="off"
        maxLength={maxNameLength}
        value={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="primary">
        {t('profiles.saveName')}
      </button>
      <button type="button" onClick={stop}>
        {t('profiles.cancel')}
      </button>
      {error && (
        <p role="alert" key={error.count} id={`${id}-error`} className="field-error">
          {error.message}
        </p>
      )}
    </form>
  );
}
