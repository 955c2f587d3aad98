import { currentSchemaVersion } from './types';

/**
 * Scenario files declare the format version they were written in; each step below turns version n into
 * n + 1, so a file of any earlier version is read as the current one. Never edit a shipped step.
 */
const migrations: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: the agent's desktop (knowledge base, form, steps' `consult`, record sections) is optional,
  // so a version-1 file is a valid version-2 file as it stands.
  1: (document) => ({ ...document, schemaVersion: 2 }),
};

/** The document migrated to the current version; an unknown or future version is left for the schema to reject. */
export function migrateScenario(document: unknown): unknown {
  if (typeof document !== 'object' || document === null) return document;
  let current = document as Record<string, unknown>;
  while (typeof current['schemaVersion'] === 'number' && current['schemaVersion'] < currentSchemaVersion) {
    const step = migrations[current['schemaVersion']];
    if (!step) break;
    current = step(current);
  }
  return current;
}
