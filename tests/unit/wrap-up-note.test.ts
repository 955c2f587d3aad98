import { describe, expect, it } from 'vitest';
import { checkNote } from '../../src/engine/wrapup/check-note';

describe('the wrap-up note checker', () => {
  const complete = {
    fr: 'Colis WM-784392 bloqué chez le transporteur. Réexpédition gratuite encodée ce jour, la cliente recevra un mail de confirmation ; problème résolu.',
    nl: 'Pakket WM-784392 zat vast bij de vervoerder. Gratis herzending ingevoerd, de klant krijgt morgen een bevestiging; probleem opgelost.',
    en: 'Parcel WM-784392 stuck with the carrier. Free reshipment logged today, the customer will receive a confirmation e-mail; issue resolved.',
  } as const;

  for (const language of ['fr', 'nl', 'en'] as const) {
    it(`finds outcome, action and follow-up in a complete ${language} note, with the words that showed them`, () => {
      const check = checkNote(complete[language], language);
      expect(check.missing).toEqual([]);
      expect(check.found.outcome.length).toBeGreaterThan(0);
      expect(check.found.action.length).toBeGreaterThan(0);
      expect(check.found.followUp.length).toBeGreaterThan(0);
      expect(check.claims).toContain('solved');
    });
  }

  it('reports a note without outcome', () => {
    expect(checkNote('Ticket ouvert, le technicien passera lundi matin.', 'fr').missing).toEqual(['outcome']);
    expect(checkNote('Ticket aangemaakt, de technicus komt maandag langs.', 'nl').missing).toEqual([
      'outcome',
    ]);
    expect(checkNote('Ticket logged; the technician will visit on Monday.', 'en').missing).toEqual([
      'outcome',
    ]);
  });

  it('reports a note without action', () => {
    expect(checkNote('Problème résolu, la cliente attend le colis demain.', 'fr').missing).toEqual([
      'action',
    ]);
    expect(checkNote('Probleem opgelost, de klant wacht tot morgen.', 'nl').missing).toEqual(['action']);
    expect(checkNote('Issue resolved, the customer will wait until tomorrow.', 'en').missing).toEqual([
      'action',
    ]);
  });

  it('reports a note without follow-up', () => {
    expect(checkNote('Mot de passe réinitialisé après vérification. Problème résolu.', 'fr').missing).toEqual(
      ['followUp'],
    );
    expect(checkNote('Wachtwoord gereset na controle. Probleem opgelost.', 'nl').missing).toEqual([
      'followUp',
    ]);
    expect(checkNote('Password reset after verification. Problem solved.', 'en').missing).toEqual([
      'followUp',
    ]);
  });

  it('reports all three missing in a note that says nothing useful', () => {
    for (const [language, note] of [
      ['fr', 'Appel de la cliente au sujet de son colis.'],
      ['nl', 'Oproep van de klant over haar pakket.'],
      ['en', 'Call from the customer about her parcel.'],
      ['fr', ''],
    ] as const)
      expect(checkNote(note, language).missing).toEqual(['outcome', 'action', 'followUp']);
  });

  it('ignores case and accents, and matches word stems', () => {
    const check = checkNote('PROBLEME REGLE. Dossier ESCALADE vers la 2e ligne, rappel jeudi.', 'fr');
    expect(check.missing).toEqual([]);
    expect(check.found.action).toContain('ESCALADE');
  });

  it('reads « pas résolu » as a pending result, not a solved one', () => {
    const check = checkNote('Le problème n’est pas résolu : ticket escaladé, suivi demain.', 'fr');
    expect(check.claims).toContain('pending');
    expect(check.claims).not.toContain('solved');
    expect(checkNote('Issue not resolved yet, escalated.', 'en').claims).not.toContain('solved');
    expect(checkNote('Probleem niet opgelost, geëscaleerd.', 'nl').claims).not.toContain('solved');
  });

  it('notes which facts of the call the note quotes (name by surname, phone by digits)', () => {
    const check = checkNote('Mme Lejeune rappelée au 0471/234567, commande WM-784392 réexpédiée.', 'fr', [
      { value: 'Martine Lejeune' },
      { label: 'Téléphone', value: '0471 23 45 67', phone: true },
      { label: 'Commande', value: 'WM-784392' },
      { label: 'Adresse', value: 'Rue de la Station 12' },
    ]);
    expect(check.facts.map((f) => f.quoted)).toEqual([true, true, true, false]);
  });
});
