import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { assignmentPayloadOf } from '../../src/engine/assignment/assignment-fragment';
import { decodeAssignmentPayload } from '../../src/engine/assignment/assignment-link';
import { decodeShortCode } from '../../src/engine/assignment/short-code';
import AssignmentComposer from '../../src/ui/trainer/assign/AssignmentComposer';
import { expectNoAxeViolations } from '../support/axe';
import { renderSettled, serveLibrary, shippedIndex } from '../support/serve-library';

const today = '2026-03-02';
const fr = (id: string) => shippedIndex.scenarios.find((s) => s.id === id && s.language === 'fr');
const parcel = fr('colis-en-retard');
const gas = fr('odeur-gaz');
// A French call with no Dutch version: what the language check is about.
const frenchOnly = shippedIndex.scenarios.find(
  (s) => s.language === 'fr' && !shippedIndex.scenarios.some((o) => o.id === s.id && o.language === 'nl'),
);
if (!parcel || !gas || !frenchOnly) throw new Error('expected scenarios are missing from the library');

async function renderComposer(copyText: (text: string) => Promise<void> = async () => undefined) {
  const copied: string[] = [];
  const view = await renderSettled(
    <AssignmentComposer
      appAddress="https://decroche.example.be/"
      today={today}
      copyText={async (text) => {
        copied.push(text);
        await copyText(text);
      }}
    />,
  );
  return { view, copied, user: userEvent.setup() };
}

const tick = (title: string) => screen.getByRole('checkbox', { name: new RegExp(`^${title}`) });

beforeEach(() => serveLibrary());

describe('the assignment composer', () => {
  it('shows a message on each wrong field, focuses the first and creates nothing', async () => {
    const { view, user } = await renderComposer();
    await expectNoAxeViolations(view.container);
    await user.clear(screen.getByLabelText('Note de réussite (%)'));
    await user.type(screen.getByLabelText('Note de réussite (%)'), '120');
    await user.type(screen.getByLabelText('Date limite (facultatif)'), '2026-03-01');
    await user.type(screen.getByLabelText('Clé (écriture seule)'), 'cle');
    await user.click(screen.getByRole('button', { name: 'Créer le devoir' }));

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Le devoir n’a pas été créé : 6 champ(s) à corriger.',
    );
    const title = screen.getByLabelText('Titre du devoir');
    expect(title).toHaveFocus();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/Indiquez un titre\./);
    expect(screen.getByText('Choisissez au moins un appel.')).toBeVisible();
    expect(screen.getByLabelText('Date limite (facultatif)')).toHaveAccessibleDescription(
      /Cette date est déjà passée\./,
    );
    expect(screen.getByLabelText('Note de réussite (%)')).toHaveAccessibleDescription(
      /Indiquez un nombre entier de 0 à 100\./,
    );
    expect(screen.getByLabelText('Adresse xAPI du LRS')).toHaveAccessibleDescription(/Adresse non valide/);
    expect(screen.getByLabelText('Secret')).toHaveAccessibleDescription(
      /Indiquez le secret donné par le LRS\./,
    );
    expect(screen.queryByLabelText('Lien du devoir')).toBeNull();
    await expectNoAxeViolations(view.container);
  });

  it('keeps the order the calls were chosen in, and lets the trainer change it', async () => {
    const { user } = await renderComposer();
    await user.click(tick(gas.title));
    await user.click(tick(parcel.title));
    const order = screen.getByRole('list', { name: 'Ordre de passage' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining(gas.title), expect.stringContaining(parcel.title)]);
    const up = screen.getByRole('button', { name: `Monter « ${parcel.title} »` });
    await user.click(up);
    expect(within(order).getAllByRole('listitem')[0]).toHaveTextContent(parcel.title);
    // The focus follows the moved call (its « up » button is now disabled, so « down » takes it).
    expect(screen.getByRole('button', { name: `Descendre « ${parcel.title} »` })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Retirer « ${gas.title} »` }));
    expect(within(order).getAllByRole('listitem')).toHaveLength(1);
  });

  it('allows only calls that exist in the call language, and names the ones missing', async () => {
    const { user } = await renderComposer();
    await user.click(tick(frenchOnly.title));
    await user.click(tick(parcel.title));
    await user.selectOptions(screen.getByLabelText('Langue des appels'), 'nl');
    expect(screen.getByText(/^Pas disponible\(s\) en néerlandais/)).toHaveTextContent(frenchOnly.title);
    // Another French-only call cannot be ticked in Dutch; the one already ticked can still be unticked.
    const otherFrenchOnly = shippedIndex.scenarios.find(
      (s) =>
        s.language === 'fr' &&
        s.id !== frenchOnly.id &&
        !shippedIndex.scenarios.some((o) => o.id === s.id && o.language === 'nl'),
    );
    if (otherFrenchOnly) {
      const box = screen.getByRole('checkbox', {
        name: new RegExp(`${otherFrenchOnly.title}.*pas disponible en néerlandais`),
      });
      expect(box).toBeDisabled();
    }
    await user.type(screen.getByLabelText('Titre du devoir'), 'Week 3');
    await user.click(screen.getByRole('button', { name: 'Créer le devoir' }));
    expect(screen.getByRole('alert')).toHaveTextContent('1 champ(s) à corriger');
    await user.click(screen.getByRole('checkbox', { name: new RegExp(`^${frenchOnly.title}`) }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/^Pas disponible\(s\) en néerlandais/)).toBeNull();
  });

  it('gives a link, a QR code and a short code that all carry the assignment', async () => {
    const { view, user, copied } = await renderComposer();
    await user.type(screen.getByLabelText('Titre du devoir'), 'Semaine 3 — appels entrants');
    await user.type(screen.getByLabelText('Proposé par (facultatif)'), 'Anne Dupont, CISP Namur');
    await user.click(screen.getByRole('radio', { name: 'Examen' }));
    await user.click(tick(parcel.title));
    await user.click(tick(gas.title));
    await user.type(screen.getByLabelText('Date limite (facultatif)'), '2026-03-20');
    await user.clear(screen.getByLabelText('Note de réussite (%)'));
    await user.type(screen.getByLabelText('Note de réussite (%)'), '75');
    await user.type(screen.getByLabelText('Adresse xAPI du LRS'), 'https://lrs.example.org/xapi/');
    await user.type(screen.getByLabelText('Clé (écriture seule)'), 'cle-ecriture');
    await user.type(screen.getByLabelText('Secret'), 's3cret');
    expect(screen.getByLabelText('Secret')).toHaveAccessibleDescription(
      /Toute personne qui a le lien peut les lire/,
    );
    await user.click(screen.getByRole('button', { name: 'Créer le devoir' }));

    const heading = await screen.findByRole('heading', {
      name: 'Devoir prêt : « Semaine 3 — appels entrants »',
    });
    expect(heading).toHaveFocus();
    const handout = screen.getByRole('region', { name: 'Devoir prêt : « Semaine 3 — appels entrants »' });
    expect(
      within(handout)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([parcel.title, gas.title]);
    const link = (screen.getByLabelText('Lien du devoir') as HTMLInputElement).value;
    expect(link).toMatch(/^https:\/\/decroche\.example\.be\/#assignment=[A-Za-z0-9_-]+$/);
    const read = await decodeAssignmentPayload(
      assignmentPayloadOf(new URL(link).hash) ?? '',
      shippedIndex.scenarios,
      today,
    );
    expect(read).toMatchObject({
      ok: true,
      assignment: {
        title: 'Semaine 3 — appels entrants',
        issuedBy: 'Anne Dupont, CISP Namur',
        scenarios: ['colis-en-retard', 'odeur-gaz'],
        mode: 'exam',
        callLanguage: 'fr',
        due: '2026-03-20',
        passMark: 75,
        lrs: { endpoint: 'https://lrs.example.org/xapi/', username: 'cle-ecriture', password: 's3cret' },
      },
    });

    const qr = screen.getByRole('img', {
      name: 'Code QR du lien du devoir « Semaine 3 — appels entrants » (le même lien qu’au-dessus)',
    });
    expect(decodeURIComponent(qr.getAttribute('src') ?? '')).toContain('<svg');

    const code = screen.getByText(/^DC-/).textContent ?? '';
    const fromCode = await decodeShortCode(code, shippedIndex.scenarios, today);
    expect(fromCode).toMatchObject({
      ok: true,
      assignment: {
        id: read.ok ? read.assignment.id : '',
        scenarios: ['colis-en-retard', 'odeur-gaz'],
        passMark: 75,
      },
    });
    expect(screen.getByText(/Le code court ne contient pas les accès au LRS/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Copier le lien' }));
    expect(copied).toEqual([link]);
    expect(screen.getByRole('status')).toHaveTextContent('Lien copié.');
    await expectNoAxeViolations(view.container);

    // Any change makes the handout out of date: it disappears until « Create » again.
    await user.type(screen.getByLabelText('Titre du devoir'), '!');
    expect(screen.queryByLabelText('Lien du devoir')).toBeNull();
  });

  it('says how to copy by hand when the browser refuses the clipboard', async () => {
    const { user } = await renderComposer(async () => {
      throw new Error('denied');
    });
    await user.type(screen.getByLabelText('Titre du devoir'), 'Rappel');
    await user.click(tick(parcel.title));
    await user.click(screen.getByRole('button', { name: 'Créer le devoir' }));
    await user.click(await screen.findByRole('button', { name: 'Copier le lien' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copie impossible ici : le lien est sélectionné');
  });
});
