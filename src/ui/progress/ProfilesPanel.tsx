import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useTranslation } from '../../i18n/i18n';
import { progressStore } from '../../store/progress/app-progress';
import type { ProgressStore } from '../../store/progress/progress-store';
import { CreateProfileForm } from './profiles/CreateProfileForm';
import { DataTransfer } from './profiles/DataTransfer';
import { downloadFile } from './profiles/download';
import type { SaveFile } from './profiles/download';
import { ProfileList } from './profiles/ProfileList';
import { RenameProfile } from './profiles/RenameProfile';

/**
 * Who is training on this shared browser: the profiles (names only), opening one (with its PIN if it has
 * one), creating one, closing it for the next trainee, and moving one's data in and out as a file.
 */
export function ProfilesPanel({
  store = progressStore,
  saveFile = downloadFile,
}: {
  store?: ProgressStore;
  saveFile?: SaveFile;
}) {
  const { t } = useTranslation();
  const active = useStore(store, (state) => state.profiles.find((p) => p.id === state.activeProfileId));
  const closeProfile = useStore(store, (state) => state.closeProfile);
  const current = useRef<HTMLParagraphElement>(null);
  // After opening, creating, renaming or closing a profile, the focus goes to the line saying who is in.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) current.current?.focus();
  }, [focusRequest]);
  const focusCurrent = () => setFocusRequest((n) => n + 1);

  return (
    <section className="profiles" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">{t('profiles.heading')}</h2>
      <p className="lead">{t('profiles.intro')}</p>
      <div className="profiles-current">
        <p ref={current} tabIndex={-1} className="current-profile">
          {active ? t('profiles.current', { name: active.name }) : t('profiles.none')}
        </p>
        {active && (
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                closeProfile();
                focusCurrent();
              }}
            >
              {t('profiles.close')}
            </button>
            <RenameProfile key={active.id} store={store} profile={active} onRenamed={focusCurrent} />
          </div>
        )}
      </div>
      <ProfileList store={store} onOpened={focusCurrent} />
      <CreateProfileForm store={store} onCreated={focusCurrent} />
      <DataTransfer store={store} saveFile={saveFile} />
    </section>
  );
}
