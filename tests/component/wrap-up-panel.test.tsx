import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createSilentPlayer } from '../../src/audio/sound-player';
import type { WrapUpEdit } from '../../src/engine/wrapup/wrap-up-log';
import { createSpellClient } from '../../src/spelling/spell-client';
import type { WorkerLike } from '../../src/spelling/spell-client';
import type { SpellRequest, SpellResponse } from '../../src/spelling/spell-protocol';
import { CallSession } from '../../src/ui/call/CallSession';
import { WrapUpPanel } from '../../src/ui/call/wrapup/WrapUpPanel';
import { expectNoAxeViolations } from '../support/axe';
import { fakeScenario } from '../support/fake-scenario-object';

/** A spelling worker that knows one mistake (« rapel » → « rappel »), answering asynchronously. */
function fakeWorker(fail = false): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (request: SpellRequest) =>
      setTimeout(() => {
        if (fail) return worker.onerror?.(new Event('error'));
        if (request.type !== 'check') return;
        const misspelled = request.text.includes('rapel') ? [{ word: 'rapel', suggestions: ['rappel'] }] : [];
        const data: SpellResponse = { type: 'result', id: request.id, misspelled };
        worker.onmessage?.({ data } as MessageEvent<SpellResponse>);
      }, 5),
  };
  return worker;
}

function renderPanel(options: { callType?: 'inbound' | 'outbound-survey'; fail?: boolean } = {}) {
  const scenario = fakeScenario();
  scenario.callType = options.callType ?? 'inbound';
  const edits: WrapUpEdit[] = [];
  const onChange = vi.fn((edit: WrapUpEdit) => void edits.push(edit));
  const view = render(
    <WrapUpPanel
      scenario={scenario}
      wrapUp={undefined}
      onChange={onChange}
      flushRef={{ current: null }}
      checker={createSpellClient(() => fakeWorker(options.fail))}
    />,
  );
  return { view, edits, user: userEvent.setup() };
}

describe('the wrap-up panel', () => {
  it('checks the note when typing pauses and lists misspelt words with suggestions that replace them', async () => {
    const { view, edits, user } = renderPanel();
    const note = screen.getByRole('textbox', { name: 'Note de clôture' });
    await user.type(note, 'Question réglée, rapel demain.');
    expect(screen.getByText('30 caractère(s)')).toBeVisible();
    const list = await screen.findByRole('list', { name: 'Mots à vérifier' }, { timeout: 3000 });
    expect(within(list).getByText('rapel')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Orthographe : 1 mot(s) à vérifier.');
    expect(edits).toContainEqual({
      spelling: {
        status: 'checked',
        text: 'Question réglée, rapel demain.',
        misspelled: [{ word: 'rapel', suggestions: ['rappel'] }],
      },
    });
    await expectNoAxeViolations(view.container);

    await user.click(screen.getByRole('button', { name: 'Remplacer « rapel » par « rappel »' }));
    expect(note).toHaveValue('Question réglée, rappel demain.');
    expect(edits).toContainEqual({ note: 'Question réglée, rappel demain.' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('aucune faute détectée'), {
      timeout: 3000,
    });
  });

  it('saves the disposition chosen from the call type’s list', async () => {
    const { edits, user } = renderPanel();
    const select = screen.getByRole('combobox', { name: 'Code de clôture' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Escaladé');
    expect(within(select).queryByRole('option', { name: 'Vente conclue' })).not.toBeNull();
    await user.selectOptions(select, 'Escaladé');
    expect(edits).toContainEqual({ disposition: 'escalated' });
    expect(screen.queryByRole('group', { name: 'Rappel planifié' })).toBeNull();
  });

  it('offers a callback scheduler on outbound calls (date, time, person)', async () => {
    const { view, edits, user } = renderPanel({ callType: 'outbound-survey' });
    const group = screen.getByRole('group', { name: 'Rappel planifié' });
    await user.type(within(group).getByLabelText('Date du rappel'), '2030-03-14');
    await user.type(within(group).getByLabelText('Heure du rappel'), '18:30');
    await user.type(within(group).getByRole('textbox', { name: 'Personne à rappeler' }), 'Céline Dumont');
    await user.tab();
    expect(edits).toContainEqual({
      callback: { date: '2030-03-14', time: '18:30', person: 'Céline Dumont' },
    });
    await expectNoAxeViolations(view.container);
  });

  it('says so when the spelling checker cannot load, and keeps the note', async () => {
    const { edits, user } = renderPanel({ fail: true });
    await user.type(screen.getByRole('textbox', { name: 'Note de clôture' }), 'Question réglée.');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('n’a pas pu se charger'), {
      timeout: 3000,
    });
    await user.tab();
    expect(edits).toContainEqual({ spelling: { status: 'unavailable' } });
    expect(edits).toContainEqual({ note: 'Question réglée.' });
  });
});

describe('after-call work in a whole call', () => {
  it('is judged on the debrief: what the note got right and missed, the disposition, the spelling', async () => {
    const user = userEvent.setup();
    const view = render(<CallSession scenario={fakeScenario()} player={createSilentPlayer()} seed={1} />);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Bonjour, TestCo/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    // jsdom has no Worker: the panel says the checker is unavailable and the note is still accepted.
    await user.type(
      screen.getByRole('textbox', { name: 'Note de clôture' }),
      'Information donnée au client.',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Code de clôture' }), 'Résolu');
    await waitFor(() => expect(screen.getAllByRole('status')[1]).toHaveTextContent('n’a pas pu se charger'), {
      timeout: 3000,
    });
    await expectNoAxeViolations(view.container);
    await user.click(screen.getByRole('button', { name: 'Voir le débriefing' }));

    const section = await screen.findByRole('region', { name: 'Note de clôture' });
    expect(within(section).getByText('Information donnée au client.')).toBeVisible();
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContainEqual(expect.stringMatching(/^Présent — Action menée : repéré : « donnée »/));
    expect(items).toContainEqual(
      expect.stringMatching(/^Manquant — Résultat du contact : la note ne dit pas/),
    );
    expect(items).toContainEqual(expect.stringMatching(/^Manquant — Suite prévue/));
    expect(items).toContainEqual(expect.stringMatching(/^Correct — Code de clôture : choisi « Résolu »/));
    expect(items).toContainEqual('Orthographe non évaluée : le correcteur n’a pas pu se charger.');
    await expectNoAxeViolations(view.container);
  });
});
