import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createSilentPlayer } from '../../src/audio/sound-player';
import { CallSession } from '../../src/ui/call/CallSession';
import { expectNoAxeViolations } from '../support/axe';
import { fakeScenario } from '../support/fake-scenario-object';

function renderCall() {
  const player = createSilentPlayer();
  const view = render(<CallSession scenario={fakeScenario()} player={player} seed={1} />);
  return { player, view, user: userEvent.setup() };
}

describe('a call from ringing to debrief', () => {
  it('rings until the trainee picks up, then shows the caller’s line and the answers', async () => {
    const { player, user, view } = renderCall();
    expect(player.log).toContain('loop:ring');
    await expectNoAxeViolations(view.container);

    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    expect(player.log).toEqual(expect.arrayContaining(['stop:ring', 'play:pickup']));
    expect(
      within(screen.getByRole('log', { name: 'Conversation' })).getByText(
        'Bonjour, j’ai une question.'.replace('’', "'"),
      ),
    ).toBeVisible();
    const answers = within(screen.getByRole('region', { name: 'Vos réponses' })).getAllByRole('button');
    expect(answers.map((b) => b.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Quoi ?')]),
    );
    await waitFor(() => expect(answers[0]).toHaveFocus());
    await expectNoAxeViolations(view.container);
  });

  it('gives feedback after each answer in practice mode and moves the caller’s patience', async () => {
    const { user } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    const feedback = screen.getAllByRole('note', { name: 'Retour sur votre réponse' })[0] as HTMLElement;
    expect(feedback).toHaveTextContent('Réponse à éviter');
    expect(feedback).toHaveTextContent('Trop familier.');
    expect(screen.getByText("C'est réglé, merci.")).toBeVisible();
  });

  it('can be played to the debrief with the keyboard alone', async () => {
    const { user, player } = renderCall();
    await user.keyboard('{Enter}'); // the pick-up button has focus
    const answers = within(screen.getByRole('region', { name: 'Vos réponses' })).getAllByRole('button');
    await waitFor(() => expect(answers[0]).toHaveFocus()); // focus lands on the first answer
    await user.keyboard('{Tab}{Enter}'); // the second is chosen
    await user.keyboard('1');
    expect(screen.getByRole('heading', { name: 'Fin de l’appel' })).toBeVisible();
    expect(player.log).toContain('play:hangup');
    expect(screen.getByRole('button', { name: 'Voir le débriefing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: /Débriefing/ })).toBeVisible();
  });

  it('explains every decision on the debrief, in the profile’s own wording, with the better option', async () => {
    const { user, view } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    await user.click(screen.getByRole('button', { name: 'Voir le débriefing' }));

    const table = screen.getByRole('table');
    expect(
      within(table).getByRole('rowheader', {
        name: 'Suit les directives d’appel et de présentation de l’organisation'.replace(/’/g, "'"),
      }),
    ).toBeVisible();
    const decisions = screen.getByRole('region', { name: 'Vos décisions, une par une' });
    const first = within(decisions).getAllByRole('listitem')[0] as HTMLElement;
    expect(first).toHaveTextContent('Réponse à éviter');
    expect(first).toHaveTextContent('Meilleure option');
    expect(first).toHaveTextContent('Bonjour, TestCo, Sam à votre écoute.');
    expect(screen.getByText('Appel bien mené')).toBeVisible();
    await expectNoAxeViolations(view.container);
  });

  it('treats a hang-up in the middle as an interrupted call', async () => {
    const { user } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: 'Raccrocher' }));
    expect(screen.getByRole('status')).toHaveTextContent('Appel interrompu avant la fin.');
  });
});

describe('exam mode', () => {
  it('shows no feedback during the call and a result sheet at the end', async () => {
    const user = userEvent.setup();
    render(<CallSession scenario={fakeScenario()} player={createSilentPlayer()} seed={1} mode="exam" />);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    expect(screen.queryByRole('note', { name: 'Retour sur votre réponse' })).toBeNull();
    expect(screen.queryByText('Réponse à éviter')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    await user.click(screen.getByRole('button', { name: 'Voir le débriefing' }));
    const sheet = await screen.findByRole('region', { name: 'Résultat de l’examen' });
    expect(within(sheet).getByText(/moyenne pondérée \d+ % \(seuil 60 %\)/)).toBeVisible();
  });
});

describe('a resumed call', () => {
  it('starts connected at the step it had reached, without ringing', () => {
    const player = createSilentPlayer();
    render(<CallSession scenario={fakeScenario()} player={player} seed={1} resume={['quoi']} />);
    expect(player.log).not.toContain('loop:ring');
    expect(screen.getByText("C'est réglé, merci.")).toBeVisible();
    expect(screen.getByRole('button', { name: /Je récapitule/ })).toBeVisible();
    expect(screen.getAllByRole('note', { name: 'Retour sur votre réponse' })).toHaveLength(1);
  });
});

describe('a disk that is full', () => {
  it('is reported during the call, and the call goes on', async () => {
    const { progressStore } = await import('../../src/store/progress/app-progress');
    const user = userEvent.setup();
    render(<CallSession scenario={fakeScenario()} player={createSilentPlayer()} seed={1} />);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    progressStore.setState({ writeError: 'full' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'L’espace de stockage du navigateur est plein',
    );
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    expect(screen.getByText("C'est réglé, merci.")).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Compris' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the caller’s voice', () => {
  it('speaks each new line from its clip, preloads what may come next, and stops at the debrief', async () => {
    const { player, user } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    // The voice starts once the line has been painted.
    await waitFor(() => expect(player.log).toContain('speak:audio/voices/faux-appel.fr/accueil.ogg'));
    expect(player.log).toContain('preload:1');
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    await waitFor(() => expect(player.log).toContain('speak:audio/voices/faux-appel.fr/question.ogg'));
    expect(player.log).toEqual(
      expect.arrayContaining([
        'hush:audio/voices/faux-appel.fr/accueil.ogg',
        'speak:audio/voices/faux-appel.fr/question.ogg',
      ]),
    );
  });

  it('stays silent when the trainee turned the voice off, the text still on screen', async () => {
    const { useAppStore } = await import('../../src/store/app-store');
    useAppStore.getState().setVoiceOn(false);
    const { player, user } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await waitFor(() => expect(player.log).toContain('preload:1')); // the moment the voice would have started
    expect(player.log.some((entry) => entry.startsWith('speak:'))).toBe(false);
    expect(screen.getByText("Bonjour, j'ai une question.")).toBeVisible();
    useAppStore.getState().setVoiceOn(true);
  });
});

describe('time on the line', () => {
  it('makes the caller speak up after a silence, in the call’s language', async () => {
    const { sessionDelays } = await import('../../src/session/call-session-machine');
    const saved = { ...sessionDelays };
    sessionDelays.silence = 60;
    try {
      const { user } = renderCall();
      await user.click(screen.getByRole('button', { name: 'Décrocher' }));
      // The caller speaks up again after each silence: there may already be more than one prompt.
      expect((await screen.findAllByText('Allô ? Vous êtes toujours là ?'))[0]).toBeVisible();
    } finally {
      Object.assign(sessionDelays, saved);
    }
  });

  it('puts the caller on hold with music, hides the answers, and the caller complains after a long hold', async () => {
    const { sessionDelays } = await import('../../src/session/call-session-machine');
    const saved = { ...sessionDelays };
    sessionDelays.holdReaction = 60;
    try {
      const { user, player } = renderCall();
      await user.click(screen.getByRole('button', { name: 'Décrocher' }));
      await user.click(screen.getByRole('button', { name: 'Mettre en attente' }));
      expect(player.log).toContain('loop:hold');
      expect(screen.getByRole('status')).toHaveTextContent('Appel en attente');
      expect(screen.queryByRole('region', { name: 'Vos réponses' })).toBeNull();
      expect(await screen.findByText('Allô ? Ça fait un moment que j’attends, là…')).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Reprendre l’appel' }));
      expect(player.log).toContain('stop:hold');
      expect(screen.getByRole('region', { name: 'Vos réponses' })).toBeVisible();
    } finally {
      Object.assign(sessionDelays, saved);
    }
  });

  it('lets practice pause but not an exam', async () => {
    const user = userEvent.setup();
    const practice = render(<CallSession scenario={fakeScenario()} player={createSilentPlayer()} seed={1} />);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('status')).toHaveTextContent('Entraînement en pause');
    practice.unmount();
    render(<CallSession scenario={fakeScenario()} player={createSilentPlayer()} seed={1} mode="exam" />);
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });

  it('shows the handle time on the debrief', async () => {
    const { user } = renderCall();
    await user.click(screen.getByRole('button', { name: 'Décrocher' }));
    await user.click(screen.getByRole('button', { name: /Quoi \?/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    await user.click(screen.getByRole('button', { name: 'Voir le débriefing' }));
    expect(screen.getByText(/Durée de traitement : 0 min \d+ s/)).toBeVisible();
    expect(
      screen.getByText(/\(conversation \d+ s, attente 0 s, travail après l’appel \d+ s\)/),
    ).toBeVisible();
  });
});
