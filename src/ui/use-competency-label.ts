import { competencyLabel } from '../i18n/competency-label';
import { useTranslation } from '../i18n/i18n';

/** The profile's wording of a competency in the interface language (French is the profile's own). */
export function useCompetencyLabel(): (id: string) => string {
  const { language } = useTranslation();
  return (id) => competencyLabel(id, language);
}
