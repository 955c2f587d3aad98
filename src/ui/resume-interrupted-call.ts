import { useAppStore } from '../store/app-store';
import { progressStore, startProgress } from '../store/progress/app-progress';
import { attemptToResume } from '../store/progress/progress-store';

/** Opens the progress store and reopens the trainee's unfinished call, if there is one. */
export async function resumeInterruptedCall(): Promise<void> {
  await startProgress();
  const attempt = attemptToResume(progressStore.getState());
  if (attempt && useAppStore.getState().view.name === 'library') {
    useAppStore.getState().resumeCall(attempt.scenarioKey, attempt.id);
  }
}
