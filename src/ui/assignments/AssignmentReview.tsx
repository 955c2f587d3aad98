import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useStore } from 'zustand';
import type { ReceivedAssignment } from '../../engine/assignment/assignment-problem';
import { useTranslation } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../library/scenario-summary';
import type { ProgressStore } from '../../store/progress/progress-store';
import { maxNameLength, nameProblem } from '../progress/profiles/names';
import { AssignmentSummary } from './AssignmentSummary';

/** What happened when the trainee accepted: added, or already there. */
export interface ReviewOutcome {
  /** Added to the profile, or the profile already had it (nothing changed). */
  kind: 'added' | 'duplicate';
  /** The profile it is in. */
  profileName: string;
  /** The assignment's title. */
  title: string;
}

const newProfile = 'new';

/**
 * A received assignment shown in full, where it will be saved (the open profile, another one — with its
 * PIN — or a new one), and Accept / Decline. Nothing is written before Accept.
 */
export function AssignmentReview({
  received,
  index,
  store,
  onAccepted,
  onDecline,
}: {
  received: ReceivedAssignment;
  index: readonly ScenarioSummary[];
  store: ProgressStore;
  onAccepted: (outcome: ReviewOutcome) => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status = useStore(store, (state) => state.status);
  const profiles = useStore(store, (state) => state.profiles);
  const activeProfileId = useStore(store, (state) => state.activeProfileId);
  const [chosen, setChosen] = useState<string | undefined>();
  const target =
    chosen ?? activeProfileId ?? (profiles.length === 1 ? profiles[0]?.id : undefined) ?? newProfile;
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<{ message: string; count: number } | undefined>();
  const [busy, setBusy] = useState(false);

  const targetProfile = profiles.find((p) => p.id === target);
  const needsPin = targetProfile?.pin !== undefined && target !== activeProfileId;

  const refuse = (message: string) =>
    setError((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));

  const accept = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const state = store.getState();
    let profileName: string;
    if (target === newProfile) {
      const problem = nameProblem(name, state.profiles);
      if (problem) return refuse(t(problem, { name: name.trim() }));
    }
    setBusy(true);
    try {
      if (target === newProfile) {
        profileName = (await state.createProfile(name)).name;
      } else {
        if (target !== state.activeProfileId && !(await state.openProfile(target, pin)))
          return refuse(t('assignments.wrongPin', { name: targetProfile?.name ?? '' }));
        profileName = targetProfile?.name ?? '';
      }
      const outcome = await store.getState().acceptAssignment(received.assignment);
      if (outcome === 'failed') return refuse(t('assignments.writeFailed'));
      onAccepted({ kind: outcome, profileName, title: received.assignment.title });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="assignment-review" onSubmit={(event) => void accept(event)} noValidate>
      <AssignmentSummary assignment={received.assignment} overdue={received.overdue} index={index} />
      {status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {status === 'unavailable' && (
        <p role="alert" className="notice error">
          {t('assignments.unavailable')}
        </p>
      )}
      {status === 'ready' && (
        <fieldset className="save-target">
          <legend>{t('assignments.saveIn')}</legend>
          {profiles.map((profile) => (
            <label key={profile.id} className="choice">
              <input
                type="radio"
                name={`${id}-target`}
                value={profile.id}
                checked={target === profile.id}
                onChange={() => setChosen(profile.id)}
              />{' '}
              {profile.name}
              {profile.id === activeProfileId && ` (${t('assignments.openProfile')})`}
              {profile.pin && profile.id !== activeProfileId && ` (${t('assignments.locked')})`}
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name={`${id}-target`}
              value={newProfile}
              checked={target === newProfile}
              onChange={() => setChosen(newProfile)}
            />{' '}
            {t('assignments.newProfile')}
          </label>
          {target === newProfile && (
            <div className="field">
              <label htmlFor={`${id}-name`}>{t('assignments.newProfileName')}</label>
              <input
                id={`${id}-name`}
                type="text"
                autoComplete="off"
                maxLength={maxNameLength}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            </div>
          )}
          {needsPin && targetProfile && (
            <div className="field">
              <label htmlFor={`${id}-pin`}>{t('assignments.pinFor', { name: targetProfile.name })}</label>
              <input
                id={`${id}-pin`}
                type="password"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                value={pin}
                onChange={(event) => setPin(event.target.value)}
              />
            </div>
          )}
        </fieldset>
      )}
      {error && (
        <p role="alert" key={error.count} className="notice error">
          {error.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || status !== 'ready'}>
          {t('assignments.accept')}
        </button>
        <button type="button" onClick={onDecline}>
          {t('assignments.decline')}
        </button>
      </div>
    </form>
  );
}
