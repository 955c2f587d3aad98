import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languages } from '../engine/call-types';
import type { Language } from '../engine/call-types';
import { assignmentFileName, readPackagedAssignment } from '../engine/scorm/packaged-assignment';
import type { Assignment } from '../engine/assignment/assignment';
import { changeLanguage, loadTrainerMessages } from '../i18n/i18n';
import { fetchLibraryIndex } from '../library/fetch-library';
import { useAppStore } from '../store/app-store';
import { progressStore, startProgress } from '../store/progress/app-progress';
import { ScormApp } from '../ui/scorm/ScormApp';
import { ScormLoadError } from '../ui/scorm/ScormLoadError';
import { startSco } from './sco-controller';
import { findScormApi } from './scorm12-api';

/*
 * Entry of a SCORM package's launch page (main.tsx imports this module only when the page carries the
 * package marker, so the normal app never downloads it). Reads the packaged assignment, opens the LMS
 * session and the learner's profile, and shows the assignment's calls instead of the library.
 */

/** Reads the package's assignment file; the failure names the file and what was wrong. */
async function loadAssignment(): Promise<
  { ok: true; assignment: Assignment } | { ok: false; reason: string }
> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${assignmentFileName}`);
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
  if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const read = readPackagedAssignment(data);
  return read.ok ? read : { ok: false, reason: `${read.problem.field}: expected ${read.problem.expected}` };
}

/** The LMS's language preference when it is one of the app's (« fr », « nl-BE », « en_GB »…). */
function lmsLanguage(preference: string): Language | undefined {
  const code = preference.trim().toLowerCase().slice(0, 2);
  return languages.find((language) => language === code);
}

/** Starts the package in the page's root element. */
export async function launchSco(root: HTMLElement): Promise<void> {
  const reactRoot = createRoot(root);
  // The package's screen strings travel with the trainer area's (namespace `lms`).
  await loadTrainerMessages();
  const loaded = await loadAssignment();
  if (!loaded.ok) {
    reactRoot.render(<ScormLoadError file={assignmentFileName} reason={loaded.reason} />);
    return;
  }
  const { assignment } = loaded;
  document.title = `${assignment.title} — Décroche`;
  const settings = useAppStore.getState();
  settings.setCallMode(assignment.mode);
  settings.setCallLanguage(assignment.callLanguage);
  await Promise.all([startProgress(), fetchLibraryIndex().catch(() => undefined)]);
  const sco = await startSco({ assignment, api: findScormApi(window), progress: progressStore });

  const preferred = lmsLanguage(sco.getState().preferredLanguage);
  if (preferred) settings.setUiLanguage(preferred);
  await changeLanguage(preferred ?? settings.uiLanguage);
  // The LMS records the session time and closes the attempt at LMSFinish: when the page goes away.
  window.addEventListener('pagehide', () => sco.getState().finish());
  reactRoot.render(
    <StrictMode>
      <ScormApp sco={sco} />
    </StrictMode>,
  );
}
