import { act, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { findCompetency } from '../../src/engine/competencies/catalogue';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import type { LibraryIndex } from '../../src/library/library-index';
import { resetLibraryCache } from '../../src/library/fetch-library';
import { readScenarioFiles } from '../../scripts/read-scenario-files';
import { scenarioVersion } from '../../scripts/scenario-version';

/** The shipped library as the app would fetch it, built from the same files by the same engine. */
export const shippedLibrary = loadLibrary(readScenarioFiles());

export const shippedIndex: LibraryIndex = {
  scenarios: shippedLibrary.scenarios.map((s) => ({
    key: `${s.id}.${s.language}`,
    id: s.id,
    language: s.language,
    title: s.title,
    callType: s.callType,
    level: s.level,
    summary: s.summary,
    competencies: s.competencies,
    caller: s.persona.name,
    company: s.company.name,
    version: scenarioVersion(s),
  })),
  problems: shippedLibrary.problems,
  competencyLabels: Object.fromEntries(
    shippedLibrary.scenarios
      .flatMap((s) => s.competencies)
      .map((id) => [id, findCompetency(id)?.label ?? id]),
  ),
};

/** Replaces fetch with one that serves scenarios/*.json (or the given bodies, or failures) from memory. */
export function serveLibrary(overrides: Record<string, string | number> = {}): void {
  resetLibraryCache();
  vi.stubGlobal('fetch', async (url: string) => {
    const file = String(url).replace(/^.*scenarios\//, '');
    const override = overrides[file];
    if (typeof override === 'number') return new Response('', { status: override });
    if (typeof override === 'string') return new Response(override);
    if (file === 'index.json') return Response.json(shippedIndex);
    const scenario = shippedLibrary.scenarios.find((s) => `${s.id}.${s.language}.json` === file);
    return scenario
      ? Response.json({ ...scenario, version: scenarioVersion(scenario) })
      : new Response('', { status: 404 });
  });
}

/**
 * Lets pending fetches resolve inside act(): React only flushes a suspended component's retry within an
 * act scope in tests.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

/** Renders inside act() so that a fetch started by the first render resolves within the same scope. */
export async function renderSettled(ui: ReactElement): Promise<RenderResult> {
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(ui);
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
  return result as RenderResult;
}
