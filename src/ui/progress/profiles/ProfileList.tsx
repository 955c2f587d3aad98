import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '../../../i18n/i18n';
import type { ProgressStore } from '../../../store/progress/progress-store';

/** The profiles on this browser (names only) and opening one, asking for its PIN when it has one. */
export function ProfileList({ store, onOpened }: { store: ProgressStore; onOpened: () => void }) {
  const { t } = useTranslation();
  const profiles = useStore(store, (state) => state.profiles);
  const activeProfileId = useStore(store, (state) => state.activeProfileId);
  const openProfile = useStore(store, (state) => state.openProfile);
  const [unlocking, setUnlocking] = useState<string | undefined>();
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  // Cancelling the PIN puts the focus back on that profile's open button, once it is shown again.
  const returnFocusTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (unlocking !== undefined || returnFocusTo.current === undefined) return;
    openButtons.current.get(returnFocusTo.current)?.focus();
    returnFocusTo.current = undefined;
  }, [unlocking]);

  const open = async (id: string, hasPin: boolean) => {
    if (hasPin) {
      setUnlocking(id);
      return;
    }
    if (await openProfile(id)) onOpened();
  };

  const cancel = (id: string) => {
    returnFocusTo.current = id;
    setUnlocking(undefined);
  };

  return (
    <>
      <h3>{t('profiles.listHeading')}</h3>
      {profiles.length === 0 ? (
        <p>{t('profiles.empty')}</p>
      ) : (
        <ul className="profile-list">
          {profiles.map((profile) => {
            const active = profile.id === activeProfileId;
            return (
              <li
                key={profile.id}
                aria-current={active ? 'true' : undefined}
                className={active ? 'active' : undefined}
              >
                <span className="profile-name">{profile.name}</span>
                {active && <span className="badge">{t('profiles.active')}</span>}
                {profile.pin && <span className="badge">{t('profiles.locked')}</span>}
                {!active && unlocking !== profile.id && (
                  <button
                    type="button"
                    ref={(button) => {
                      if (button) openButtons.current.set(profile.id, button);
                      else openButtons.current.delete(profile.id);
                    }}
                    onClick={() => void open(profile.id, Boolean(profile.pin))}
                  >
                    {t('profiles.openNamed', { name: profile.name })}
                  </button>
                )}
                {unlocking === profile.id && (
                  <PinForm
                    name={profile.name}
                    onSubmit={(pin) => openProfile(profile.id, pin)}
                    onOpened={() => {
                      setUnlocking(undefined);
                      onOpened();
                    }}
                    onCancel={() => cancel(profile.id)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Asks for a profile's PIN; a wrong one is announced, the field is emptied and keeps the focus. */
function PinForm(props: {
  name: string;
  onSubmit: (pin: string) => Promise<boolean>;
  onOpened: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  // How many wrong codes in a row: the alert is re-created each time so it is announced again.
  const [wrongCount, setWrongCount] = useState(0);
  const wrong = wrongCount > 0;
  const [busy, setBusy] = useState(false);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const opened = await props.onSubmit(pin);
    setBusy(false);
    if (opened) {
      props.onOpened();
      return;
    }
    setWrongCount((count) => count + 1);
    setPin('');
    field.current?.focus();
  };

  return (
    <form className="pin-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-pin`}>{t('profiles.pinFor', { name: props.name })}</label>
      <input
        ref={field}
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={pin}
        aria-invalid={wrong || undefined}
        aria-describedby={wrong ? `${id}-error` : undefined}
        onChange={(event) => setPin(event.target.value)}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t('profiles.unlock')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('profiles.cancel')}
      </button>
      {wrong && (
        <p role="alert" key={wrongCount} id={`${id}-error`} className="field-error">
          {t('profiles.wrongPin', { name: props.name })}
        </p>
      )}
    </form>
  );
}
