import 'fake-indexeddb/auto';
import type { Statement } from '@xapi/xapi';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../src/i18n/i18n';
import { startStatementQueue, statementQueue } from '../../src/store/xapi/app-xapi';
import { LrsStatus } from '../../src/ui/progress/LrsStatus';
import { expectNoAxeViolations } from '../support/axe';
import { createFakeLrs } from '../support/fake-lrs';

// The app's own queue and xAPI client, against a real HTTP LRS on 127.0.0.1.
const lrs = createFakeLrs({ port: 0, username: 'cle', password: 'secret' });

const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1', name: 'p1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { objectType: 'Activity', id: `https://w3id.org/decroche/scenario/s/step/${n}` },
});

beforeAll(() => lrs.start());
afterAll(() => lrs.stop());

describe('« Relevés pour votre formateur » in Mon parcours', () => {
  it('says nothing on a browser that never queued a learning record', async () => {
    const { container } = render(<LrsStatus />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('shows what waits and the LRS’s refusal, and sends it all again on « Réessayer »', async () => {
    const config = { endpoint: lrs.url, username: 'cle', password: 'secret' };
    lrs.failNext(400, JSON.stringify({ message: 'Invalid statement: verb.display must be a language map' }));
    await startStatementQueue();
    await statementQueue.getState().enqueue(config, [statement(1), statement(2), statement(3)]);
    const { container } = render(<LrsStatus />);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Relevés pour votre formateur' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('3 relevés en attente d’envoi.');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`Le serveur de relevés ${lrs.url} a refusé l’envoi (erreur 400)`);
    expect(alert).toHaveTextContent('« Invalid statement: verb.display must be a language map »');
    expect(lrs.statements).toEqual([]);
    await expectNoAxeViolations(container);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Tous vos relevés ont été envoyés.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(lrs.statements.map((s) => s.id)).toEqual([1, 2, 3].map((n) => statement(n).id));
  });

  it('tells when the next automatic try is, in the interface language', async () => {
    // The previous test's sending must be over (its last outbox count lands after the batch), or it would
    // overwrite the state set here.
    await waitFor(() => expect(statementQueue.getState().sending).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 200));
    statementQueue.setState({
      pending: 1,
      problem: {
        kind: 'server',
        status: 503,
        message: 'Service Unavailable',
        endpoint: 'https://lrs.example.org/xapi/',
      },
      retryAt: Date.UTC(2025, 2, 3, 9, 30),
    });
    await changeLanguage('nl');
    try {
      const { container } = render(<LrsStatus />);
      expect(await screen.findByRole('status')).toHaveTextContent('1 leerrecord wacht op verzending.');
      expect(screen.getByRole('alert')).toHaveTextContent(
        /De leerrecordserver https:\/\/lrs\.example\.org\/xapi\/ is niet beschikbaar \(fout 503: Service Unavailable\)\. Automatisch nieuwe poging om \d\d:\d\d:\d\d\./,
      );
      expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeEnabled();
      await expectNoAxeViolations(container);
    } finally {
      await changeLanguage('fr');
    }
  });
});
