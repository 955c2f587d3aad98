import type { Language } from '../engine/call-types';
import type { ScenarioSummary } from './scenario-summary';

/** One entry per scenario: its version in the wanted language, else the French original (flagged). */
export function pickVersions(
  index: readonly ScenarioSummary[],
  language: Language,
): { summary: ScenarioSummary; translated: boolean }[] {
  const ids = [...new Set(index.map((s) => s.id))];
  return ids.flatMap((id) => {
    const wanted = index.find((s) => s.id === id && s.language === language);
    const fallback = index.find((s) => s.id === id && s.language === 'fr') ?? index.find((s) => s.id === id);
    const summary = wanted ?? fallback;
    return summary ? [{ summary, translated: wanted !== undefined }] : [];
  });
}
