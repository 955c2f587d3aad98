import type { Language } from '../../engine/call-types';
import type { ScenarioSummary } from '../../library/scenario-summary';

/** A call's title in the wanted language, else in any language it has, else undefined (not in the library). */
export function scenarioTitle(
  index: readonly ScenarioSummary[],
  id: string,
  language: Language,
): string | undefined {
  return (
    index.find((s) => s.id === id && s.language === language)?.title ??
    index.find((s) => s.id === id && s.language === 'fr')?.title ??
    index.find((s) => s.id === id)?.title
  );
}

/** A YYYY-MM-DD day as the trainee's language writes it (noon: no time zone moves it to another day). */
export function formatDay(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`));
}
