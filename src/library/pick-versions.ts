import { callTypes, levels } from '../engine/call-types';
import type { CallType, Language } from '../engine/call-types';
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

/** One version per scenario, grouped by call type in the catalogue's order, easiest first in each group. */
export function groupByCallType(
  index: readonly ScenarioSummary[],
  language: Language,
): { callType: CallType; entries: { summary: ScenarioSummary; translated: boolean }[] }[] {
  const versions = pickVersions(index, language);
  const rank = (level: string) => levels.indexOf(level as (typeof levels)[number]);
  return callTypes
    .map((callType) => ({
      callType,
      entries: versions
        .filter((v) => v.summary.callType === callType)
        .sort((a, b) => rank(a.summary.level) - rank(b.summary.level)),
    }))
    .filter((group) => group.entries.length > 0);
}
