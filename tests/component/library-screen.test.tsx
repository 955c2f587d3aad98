import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/engine/scenario/load-scenario';
import { pickVersions } from '../../src/library/pick-versions';
import type { ScenarioSummary } from '../../src/library/scenario-summary';
import { useAppStore } from '../../src/store/app-store';
import { LibraryProblems } from '../../src/ui/library/LibraryProblems';
import { LibraryScreen } from '../../src/ui/library/LibraryScreen';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary, settle, shippedIndex } from '../support/serve-library';

const scenarioIndex = shippedIndex.scenarios;

describe('the scenario list', () => {
  beforeEach(() => serveLibrary());

  it('groups the shipped calls by call type, each with a play button named after the call', async () => {
    const { container } = await renderSettled(<LibraryScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Choisissez un appel' })).toBeVisible();
    const emergency = screen.getByRole('region', { name: 'Appels d’urgence — 112' });
    const french = scenarioIndex.filter((s) => s.callType === 'emergency' && s.language === 'fr');
    expect(within(emergency).getAllByRole('button', { name: /^Jouer « / })).toHaveLength(french.length);
    await expectNoAxeViolations(container);
  });

  it('opens the call chosen', async () => {
    await renderSettled(<LibraryScreen />);
    const first = scenarioIndex.find((s) => s.language === 'fr') as ScenarioSummary;
    await userEvent.click(screen.getByRole('button', { name: `Jouer « ${first.title} »` }));
    expect(useAppStore.getState().view).toMatchObject({ name: 'call', scenarioKey: first.key });
    useAppStore.getState().openLibrary();
  });
});

describe('a library that cannot be read', () => {
  it('names the file, keeps the page up and loads again on retry', async () => {
    serveLibrary({ 'index.json': 'ceci n’est pas du JSON' });
    await renderSettled(<LibraryScreen />);
    expect(screen.getByRole('alert')).toHaveTextContent('« index.json » (not JSON)');
    expect(screen.getByRole('heading', { level: 1, name: 'Choisissez un appel' })).toBeVisible();
    serveLibrary();
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await settle();
    expect(screen.getByRole('region', { name: 'Appels d’urgence — 112' })).toBeVisible();
  });

  it('reports a missing index', async () => {
    serveLibrary({ 'index.json': 404 });
    await renderSettled(<LibraryScreen />);
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 404');
  });
});

describe('choosing the call language', () => {
  const summary = (id: string, language: 'fr' | 'nl' | 'en'): ScenarioSummary => ({
    key: `${id}.${language}`,
    id,
    language,
    title: `${id} ${language}`,
    callType: 'inbound',
    level: 'debutant',
    summary: 's',
    competencies: [],
    caller: 'c',
    company: 'co',
    version: '0123456789ab',
  });

  it('shows each call once, in the chosen language when translated, else in French', () => {
    const index = [summary('a', 'fr'), summary('a', 'nl'), summary('b', 'fr')];
    expect(pickVersions(index, 'nl').map((v) => [v.summary.key, v.translated])).toEqual([
      ['a.nl', true],
      ['b.fr', false],
    ]);
    expect(pickVersions(index, 'fr').map((v) => v.summary.key)).toEqual(['a.fr', 'b.fr']);
  });
});

describe('broken scenario files', () => {
  it('are listed with file, line and what was expected, in the interface language', async () => {
    const text = 'schemaVersion: 1\nid: x\n';
    const result = loadScenario(
      'scenarios/helpdesk/casse.fr.yaml',
      `${text}steps:\n  a:\n    emotion: calm\n    options:\n      - { id: o, text: t, next: nulle-part, acts: [greet], rating: best, feedback: f }\n`,
    );
    if (result.ok) throw new Error('expected problems');
    const { container } = render(<LibraryProblems problems={result.problems} />);
    const list = screen.getByRole('region', { name: 'Fichiers de scénario non chargés' });
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      /scenarios\/helpdesk\/casse\.fr\.yaml, ligne \d+ — champ obligatoire manquant « title »/,
    );
    await expectNoAxeViolations(container);
  });
});
