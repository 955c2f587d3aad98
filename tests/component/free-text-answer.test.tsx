import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSilentPlayer } from '../../src/audio/sound-player';
import type { Option, Scenario } from '../../src/engine/scenario/types';
import { useAppStore } from '../../src/store/app-store';
import { CallSession } from '../../src/ui/call/CallSession';
import { LibraryScreen } from '../../src/ui/library/LibraryScreen';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary } from '../support/serve-library';

const option = (id: string, text: string, next: string, acts: Option['acts'], rating: Option['rating']) =>
  ({ id, text, next, acts, rating, tags: [], feedback: `Retour sur ${id}.` }) satisfies Option;

/** A short call whose first answers are close to one another, so that typing « bonjour » is a close call. */
function typingScenario(freeText?: boolean): Scenario {
  return {
    schemaVersion: 2,
    id: 'saisie-libre',
    title: 'Un appel à taper',
    callType: 'inbound',
    level: 'debutant',
    language: 'fr',
    summary: 'Un appel court pour la saisie libre.',
    competencies: ['structure-entretien'],
    persona: { name: 'Jeanne Test', situation: 'Une cliente appelle.', wants: 'Son colis.', patience: 5 },
    company: { name: 'TestCo', sector: 'Test', agentName: 'Sam' },
    screen: [],
    ...(freeText === undefined ? {} : { freeText }),
    start: 'accueil',
    steps: {
      accueil: {
        caller: 'Allô ?',
        emotion: 'neutral',
        options: [
          option(
            'accueil-annonce',
            '« TestCo, Sam à votre écoute, bonjour. Cet appel est enregistré pour la qualité. Que puis-je faire pour vous ? »',
            'probleme',
            ['greet', 'announce-recording', 'open-question'],
            'best',
          ),
          option(
            'accueil-court',
            '« TestCo, bonjour, Sam à votre écoute. Que puis-je faire pour vous ? »',
            'probleme',
            ['greet', 'open-question'],
            'weak',
          ),
          option(
            'accueil-nom',
            '« TestCo, bonjour. C’est à quel nom ? »',
            'probleme',
            ['greet', 'ask-personal-data'],
            'wrong',
          ),
        ],
      },
      probleme: {
        caller: 'Mon colis n’est jamais arrivé.',
        emotion: 'annoyed',
        options: [
          option(
            'probleme-ecoute',
            '« Je comprends, je suis désolé. Racontez-moi ce qui s’est passé. »',
            'fin',
            ['acknowledge', 'listen'],
            'best',
          ),
          option('probleme-numero', '« Votre numéro de commande ? »', 'fin', ['ask-personal-data'], 'weak'),
          option('probleme-faute', '« C’est la faute du transporteur. »', 'fin', ['blame-other'], 'wrong'),
        ],
      },
    },
    endings: { fin: { outcome: 'success', endedBy: 'trainee', summary: 'Appel terminé.' } },
  };
}

async function pickUp(scenario = typingScenario()) {
  const user = userEvent.setup();
  const view = render(<CallSession scenario={scenario} player={createSilentPlayer()} seed={1} />);
  await user.click(screen.getByRole('button', { name: 'Décrocher' }));
  return { user, view };
}

const answers = () => screen.getByRole('region', { name: 'Vos réponses' });
const box = () => screen.findByRole('textbox', { name: 'Ce que vous dites' });

beforeEach(() => useAppStore.setState({ answerMode: 'free-text' }));
afterEach(() => useAppStore.setState({ answerMode: 'choices' }));

describe('free-text answers', () => {
  it('shows a labelled text box instead of the options, with the cursor in it', async () => {
    const { view } = await pickUp();
    const input = await box();
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAccessibleDescription(/puis Entrée/);
    expect(within(answers()).queryByRole('button', { name: /Que puis-je faire pour vous/ })).toBeNull();
    await expectNoAxeViolations(view.container);
  });

  it('chooses a clear match as a click would, and says what the words were understood as', async () => {
    const { user, view } = await pickUp();
    await user.type(
      await box(),
      "TestCo bonjour, l'appel est enregistré, que puis-je faire pour vous ?{Enter}",
    );
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(within(log).getByText(/Cet appel est enregistré pour la qualité/)).toBeVisible();
    expect(within(log).getByText('Mon colis n’est jamais arrivé.')).toBeVisible();
    // Graded like a choice: practice mode gives the option's feedback.
    expect(screen.getByRole('note', { name: 'Retour sur votre réponse' })).toHaveTextContent(
      'Retour sur accueil-annonce.',
    );
    const status = within(answers()).getByRole('status');
    expect(status).toHaveTextContent("Vous avez dit : TestCo bonjour, l'appel est enregistré");
    expect(status).toHaveTextContent('Compris comme : « TestCo, Sam à votre écoute, bonjour.');
    // The box is empty again and keeps the focus for the next line.
    expect(await box()).toHaveValue('');
    await waitFor(async () => expect(await box()).toHaveFocus());
    await expectNoAxeViolations(view.container);
  });

  it('offers the two closest answers when unsure, and chooses the one confirmed', async () => {
    const { user, view } = await pickUp();
    await user.type(await box(), 'bonjour{Enter}');
    expect(within(answers()).getByRole('status')).toHaveTextContent('Je ne suis pas sûr d’avoir compris');
    const closest = screen.getByRole('group', { name: 'Réponses les plus proches' });
    // Exactly two suggestions, then « Reformuler ».
    const buttons = within(closest)
      .getAllByRole('listitem')
      .map((item) => within(item).getByRole('button'));
    expect(buttons).toHaveLength(2);
    await waitFor(() => expect(buttons[0]).toHaveFocus());
    expect(within(closest).getAllByRole('button').at(-1)).toHaveAccessibleName('Reformuler');
    await expectNoAxeViolations(view.container);

    const picked = buttons[1] as HTMLElement;
    const pickedText = picked.textContent ?? '';
    await user.click(picked);
    expect(within(screen.getByRole('log', { name: 'Conversation' })).getByText(pickedText)).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Réponses les plus proches' })).toBeNull();
  });

  it('asks to rephrase when nothing matches, keeping the words to edit', async () => {
    const { user, view } = await pickUp();
    await user.type(await box(), 'le chat dort sur le canapé{Enter}');
    expect(within(answers()).getByRole('status')).toHaveTextContent('Je n’ai pas reconnu votre réponse');
    expect(
      within(screen.getByRole('group', { name: 'Réponses les plus proches' })).getAllByRole('listitem'),
    ).toHaveLength(2);
    expect(await box()).toHaveValue('le chat dort sur le canapé');
    await expectNoAxeViolations(view.container);

    await user.click(screen.getByRole('button', { name: 'Reformuler' }));
    expect(screen.queryByRole('group', { name: 'Réponses les plus proches' })).toBeNull();
    expect(await box()).toHaveFocus();
    await user.clear(await box());
    await user.type(await box(), 'cest a kel nom ?{Enter}');
    expect(within(answers()).getByRole('status')).toHaveTextContent(
      'Compris comme : « TestCo, bonjour. C’est à quel nom ? »',
    );
    expect(screen.getByText('Mon colis n’est jamais arrivé.')).toBeVisible();
  });

  it('asks for words before sending an empty answer, and Shift+Enter goes to a new line', async () => {
    const { user } = await pickUp();
    await user.type(await box(), '{Enter}');
    expect(within(answers()).getByRole('status')).toHaveTextContent('Tapez d’abord ce que vous diriez.');
    await user.type(await box(), 'bonjour{Shift>}{Enter}{/Shift}');
    expect(await box()).toHaveValue('bonjour\n');
  });

  it('keeps the options for a call whose wording is the whole point', async () => {
    await pickUp(typingScenario(false));
    expect(screen.getByText(/la formulation exacte y compte/)).toBeVisible();
    expect(within(answers()).getAllByRole('button')).toHaveLength(3);
    expect(screen.queryByRole('textbox', { name: 'Ce que vous dites' })).toBeNull();
  });

  it('shows the options when the setting is off', async () => {
    useAppStore.setState({ answerMode: 'choices' });
    await pickUp();
    expect(within(answers()).getAllByRole('button')).toHaveLength(3);
    expect(screen.queryByRole('textbox', { name: 'Ce que vous dites' })).toBeNull();
  });
});

describe('the free-text setting on the home screen', () => {
  it('is a checkbox next to the practice / exam choice, remembered in the settings', async () => {
    useAppStore.setState({ answerMode: 'choices' });
    serveLibrary();
    const { container } = await renderSettled(<LibraryScreen />);
    const mode = screen.getByRole('group', { name: 'Mode' });
    const checkbox = within(mode).getByRole('checkbox', {
      name: /Taper mes réponses au lieu de les choisir/,
    });
    expect(checkbox).not.toBeChecked();
    await userEvent.click(checkbox);
    expect(useAppStore.getState().answerMode).toBe('free-text');
    expect(checkbox).toBeChecked();
    await expectNoAxeViolations(container);
    await userEvent.click(checkbox);
    expect(useAppStore.getState().answerMode).toBe('choices');
  });
});
