import { learnerDisplayName } from '../engine/scorm/learner-name';
import type { Profile } from '../engine/progress/attempt';
import type { ProgressStore } from '../store/progress/progress-store';
import type { Learner } from './scorm-session';

/** Which local profile belongs to which LMS learner (cmi.core.student_id → profile id), per origin. */
export const learnerProfilesKey = 'decroche.scormLearners';

function readMap(storage: Storage): Record<string, string> {
  try {
    const data: unknown = JSON.parse(storage.getItem(learnerProfilesKey) ?? '{}');
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(
      Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {}; // unreadable: the learner simply gets a new profile
  }
}

/**
 * Opens the local profile of the learner the LMS launched the package for, creating it (named as the LMS
 * names them) the first time. The LMS has already said who plays: no profile list, no PIN. A profile the
 * trainee has since protected with a PIN stays closed; the learner then gets a fresh profile.
 */
export async function openLearnerProfile(
  store: ProgressStore,
  learner: Learner,
  storage: Storage = localStorage,
): Promise<Profile | undefined> {
  const state = store.getState();
  if (state.status !== 'ready' || learner.id === '') return undefined;
  const map = readMap(storage);
  const known = state.profiles.find((p) => p.id === map[learner.id]);
  if (known && (await state.openProfile(known.id))) return known;
  const profile = await state.createProfile(learnerDisplayName(learner.name) || learner.id);
  try {
    storage.setItem(learnerProfilesKey, JSON.stringify({ ...map, [learner.id]: profile.id }));
  } catch {
    // Storage full or refused: the attempts are still recorded; the next launch makes another profile.
  }
  return profile;
}
