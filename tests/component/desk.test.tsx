import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createSilentPlayer } from '../../src/audio/sound-player';
import { CallSession } from '../../src/ui/call/CallSession';
import { expectNoAxeViolations } from '../support/axe';
import { fakeDeskScenario } from '../support/desk-scenario';

async function pickUp() {
  const user = userEvent.setup();
  const view = render(<CallSession scenario={fakeDeskScenario()} player={createSilentPlayer()} seed={1} />);
  await user.click(screen.getByRole('button', { name: 'Décrocher' }));
  // Focus lands on the first answer one frame after the line appears.
  const answers = within(screen.getByRole('region', { name: 'Vos réponses' })).getAllByRole('button');
  await waitFor(() => expect(answers[0]).toHaveFocus());
  return { user, view };
}

describe('the agent’s desktop', () => {
  it('starts with nothing open, then shows the record by section', async () => {
    const { user, view } = await pickUp();
    const desk = screen.getByRole('region', { name: 'Poste de travail' });
    expect(within(desk).getAllByRole('tab', { selected: false })).toHaveLength(3);
    expect(within(desk).queryByText('WM-1234')).toBeNull();
    await user.click(within(desk).getByRole('tab', { name: 'Fiche client' }));
    const panel = within(desk).getByRole('tabpanel', { name: 'Fiche client' });
    expect(within(panel).getByRole('heading', { name: 'Commandes' })).toBeVisible();
    expect(within(panel).getByText('WM-1234')).toBeVisible();
    await expectNoAxeViolations(view.container);
  });

  it('searches the knowledge base, ranks and highlights, and opens an article', async () => {
    const { user, view } = await pickUp();
    await user.click(screen.getByRole('tab', { name: 'Base de connaissances' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Rechercher dans la base de connaissances' }),
      'reexpedition',
    );
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('1 résultat');
    const result = screen.getByRole('button', { name: 'Colis bloqué chez le transporteur' });
    await user.click(result);
    expect(result).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Réexpédition', { selector: 'mark' })).toBeVisible();
    await expectNoAxeViolations(view.container);
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = await pickUp();
    await user.click(screen.getByRole('tab', { name: 'Fiche client' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Base de connaissances' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Base de connaissances' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('judges the screen work on the debrief: record and article before answering, the form against the truth', async () => {
    const { user, view } = await pickUp();
    await user.click(screen.getByRole('tab', { name: 'Formulaire' }));
    await user.type(screen.getByRole('textbox', { name: 'Nom du client' }), 'Jean Tset');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Priorité' }), 'P3');
    await user.click(screen.getByRole('checkbox', { name: 'Ambulance' }));
    await user.click(screen.getByRole('checkbox', { name: 'SMUR' }));
    await expectNoAxeViolations(view.container);
    await user.click(screen.getByRole('button', { name: /Bonjour, TestCo/ }));
    await user.click(screen.getByRole('button', { name: /Je récapitule/ }));
    await user.click(screen.getByRole('button', { name: 'Voir le débriefing' }));
    expect(screen.getByText(/Vous avez répondu sans ouvrir la fiche client/)).toBeVisible();
    expect(
      screen.getByText(/Champ « Nom du client » : encodé « Jean Tset », attendu « Jean Test »\./),
    ).toBeVisible();
    expect(screen.getByText(/Priorité juste : P3\./)).toBeVisible();
    expect(screen.getByText(/Services envoyés : Ambulance, SMUR — ce qu’il fallait\./)).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Appel en partie réussi' })).toBeVisible();
  });
});
