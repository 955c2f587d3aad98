import type { Profile } from '../../../engine/progress/attempt';

export const maxNameLength = 60;

/** Two names the trainees would confuse in the list (case and surrounding spaces aside). */
export const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The i18n key of what is wrong with a name, if anything; `self` is the profile being renamed. */
export function nameProblem(name: string, profiles: readonly Profile[], self?: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'profiles.nameRequired';
  if (trimmed.length > maxNameLength) return 'profiles.nameTooLong';
  if (profiles.some((p) => p.id !== self && sameName(p.name, trimmed))) return 'profiles.nameTaken';
  return undefined;
}
