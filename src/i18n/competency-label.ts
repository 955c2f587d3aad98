import type { Language } from '../engine/call-types';
import { findCompetency } from '../engine/competencies/catalogue';
import { currentLanguage, translatedCompetency } from './i18n';

/**
 * A competency's wording in the interface language; the profile's French when no translation is loaded.
 * Kept apart from i18n.ts so the catalogue stays out of the first screen (the list gets its labels from
 * the library index).
 */
export function competencyLabel(id: string, language: Language = currentLanguage()): string {
  return translatedCompetency(id, language) ?? findCompetency(id)?.label ?? id;
}
