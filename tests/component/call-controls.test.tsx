import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentPlayer } from '../../src/audio/sound-player';
import { sessionDelays } from '../../src/session/call-session-machine';
import { useAppStore } from '../../src/store/app-store';
import { CallSession } from '../../src/ui/call/CallSession';
import { expectNoAxeViolations } from '../support/axe';
import { fakeScenario } from '../support/fake-scenario-object';
import type { Scenario } from '../../src/engine/scenario/types';

const saved = { ...sessionDelays };
beforeEach(() => useAppStore.setState({ backgroundOn: false }));
afterEach(() => Object.assign(sessionDelays, saved));

function renderCall(scenario: Scenario = fakeScenario()) {
  const player = createSilentPlayer();
  const view = render(<CallSession scenario={scenario} player={player} seed={1} />);
  return { player, view, user: userEvent.setup() };
}

const patience = () => screen.getByRole('meter', { name: 'Patience de l’interlocuteur' });

describe('muting the microphone', () => {
  it('hides the answers without music, and a long mute is a silence to the caller', async () => {
    sessionDelays.silence = 80;
    const { user, player, view } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    const before = Number(patience().getAttribute('aria-valuenow'));
    await user.click(screen.getByRole('button', { name: 'Couper le micro' }));
    expect(screen.getByRole('button', { name: 'Rétablir le micro' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Vos réponses' })).toBeNull();
    expect(player.log).not.toContain('loop:hold');
    expect(screen.getByText(/Micro coupé/)).toBeVisible();
    expect((await screen.findAllByText('Allô ? Vous êtes toujours là ?'))[0]).toBeVisible();
    // Waiting costs patience on the meter (shown apart: it is not scored).
    await waitFor(() => expect(Number(patience().getAttribute('aria-valuenow'))).toBeLessThan(before));
    expect(screen.getByText(/perdu\(s\) à attendre/)).toBeVisible();
    await expectNoAxeViolations(view.container);
    await user.click(screen.getByRole('button', { name: 'Rétablir le micro' }));
    expect(screen.getByRole('region', { name: 'Vos réponses' })).toBeVisible();
  });
});

describe('a time limit per answer', () => {
  it('shows the time left, and when it runs out the caller presses for an answer', async () => {
    const scenario = fakeScenario();
    scenario.timing = { answerLimit: 30 };
    sessionDelays.answerLimitScale = 0.004; // 30 s → 120 ms
    const { user, view } = renderCall(scenario);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    expect(screen.getByRole('progressbar', { name: /Temps pour répondre : \d+ s/ })).toBeVisible();
    await expectNoAxeViolations(view.container);
    expect(await screen.findByText('Allô ? Vous m’entendez ? Répondez-moi, s’il vous plaît !')).toBeVisible();
  });

  it('is not shown when the scenario sets none', async () => {
    const { user } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('the call-centre background', () => {
  it('plays during the conversation only while its setting is on, even when switched mid-call', async () => {
    const { user, player } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    expect(player.log).not.toContain('loop:background');
    useAppStore.setState({ backgroundOn: true });
    expect(player.log).toContain('loop:background');
    useAppStore.setState({ backgroundOn: false });
    expect(player.log).toContain('stop:background');
    useAppStore.setState({ backgroundOn: true });
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(player.log.filter((entry) => entry === 'stop:background')).toHaveLength(2);
  });
});

describe('a transfer or an escalation', () => {
  function escalatingScenario(): Scenario {
    const scenario = fakeScenario();
    scenario.company.services = ['Deuxième ligne', 'Service facturation'];
    const option = scenario.steps['question']!.options[0]!;
    option.acts = ['escalate', 'recap', 'close'];
    option.handover = { to: 'Deuxième ligne', facts: ['Jean Test'] };
    return scenario;
  }

  it('asks for the service and a handover summary before the call goes on, and the debrief judges them', async () => {
    const { user, view } = renderCall(escalatingScenario());
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Bonjour, TestCo/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    const panel = await screen.findByRole('region', { name: /Passer l’appel/ });
    expect(screen.queryByRole('region', { name: 'Vos réponses' })).toBeNull();
    await expectNoAxeViolations(view.container);
    // Sending it empty says what is missing.
    await user.click(screen.getByRole('button', { name: 'Transférer avec ce résumé' }));
    expect(screen.getByText('Choisissez le service qui reprend l’appel.')).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Service qui reprend l’appel'), 'Service facturation');
    await user.type(screen.getByLabelText('Résumé de transmission'), 'Client mécontent.');
    await user.click(screen.getByRole('button', { name: 'Transférer avec ce résumé' }));
    expect(panel).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Voir le débriefing' }));
    expect(
      screen.getByText(
        /Appel passé à « Service facturation » ; c’est Deuxième ligne qui devait le reprendre\./,
      ),
    ).toBeVisible();
    expect(screen.getByText(/Il manquait à votre résumé de transmission : Jean Test\./)).toBeVisible();
  });

  it('can be cancelled: back to the answers, nothing chosen', async () => {
    const { user } = renderCall(escalatingScenario());
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Bonjour, TestCo/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    await user.click(await screen.findByRole('button', { name: 'Annuler le transfert' }));
    expect(screen.getByRole('button', { name: /Je récapitule/ })).toBeVisible();
  });
});

describe('handle time on the debrief', () => {
  it('is compared with the scenario’s target', async () => {
    const scenario = fakeScenario();
    scenario.timing = { targetHandle: 300 };
    const { user } = renderCall(scenario);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    await user.click(screen.getByRole('button', { name: 'Voir le débriefing' }));
    expect(screen.getByText('Dans l’objectif de ce type d’appel (5 min 0 s).')).toBeVisible();
  });
});

describe('a time limit when the trainee types the answers', () => {
  afterEach(() => useAppStore.setState({ answerMode: 'choices' }));

  it('is twice as long: typing takes longer than picking', async () => {
    useAppStore.setState({ answerMode: 'free-text' });
    const scenario = fakeScenario();
    scenario.timing = { answerLimit: 30 };
    const { user } = renderCall(scenario);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    expect(screen.getByRole('progressbar', { name: /Temps pour répondre : (59|60) s/ })).toBeVisible();
  });
});
