import { describe, expect, it } from 'vitest';
import { matrixCsvRows, missedCsvRows, passRateCsvRows } from '../../src/engine/cohort/cohort-csv';
import { bom, csvField, defaultSeparator, toCsv } from '../../src/engine/cohort/csv';

describe('CSV for spreadsheets', () => {
  it('starts with the byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(
      [
        ['a', 'b'],
        [1, 2],
      ],
      ',',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(`${bom}a,b\r\n1,2\r\n`);
    // Encoded, the file's first bytes are EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields holding the separator, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('Dupont, Marie', ',')).toBe('"Dupont, Marie"');
    expect(csvField('Dupont, Marie', ';')).toBe('Dupont, Marie');
    expect(csvField('Dupont; Marie', ';')).toBe('"Dupont; Marie"');
    expect(csvField('Il dit « oui » puis "non"', ',')).toBe('"Il dit « oui » puis ""non"""');
    expect(csvField('ligne 1\nligne 2', ';')).toBe('"ligne 1\nligne 2"');
    expect(csvField(undefined, ';')).toBe('');
  });

  it('writes a decimal comma with « ; » and a point with « , »', () => {
    expect(toCsv([[66.7, 100, 0.5]], ';')).toBe(`${bom}66,7;100;0,5\r\n`);
    expect(toCsv([[66.7, 100, 0.5]], ',')).toBe(`${bom}66.7,100,0.5\r\n`);
  });

  it('keeps a text that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("x")', ';')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+32 470', ';')).toBe("'+32 470");
    expect(csvField(-5, ';')).toBe('-5');
  });

  it('uses « ; » for French and Dutch spreadsheets, « , » for English', () => {
    expect(defaultSeparator('fr')).toBe(';');
    expect(defaultSeparator('nl')).toBe(';');
    expect(defaultSeparator('en')).toBe(',');
  });
});

describe('the cohort tables as CSV rows', () => {
  it('matrix: a mean and a count column per competency, blank where nothing was observed', () => {
    const rows = matrixCsvRows(
      {
        competencies: ['a', 'b'],
        rows: [{ profileId: 'm', name: 'Marie', ended: 2, cells: [{ mean: 82.5, count: 2 }, undefined] }],
      },
      { trainee: 'Stagiaire', ended: 'Appels', mean: (c) => `${c} (%)`, count: (c) => `${c} (appels)` },
      (id) => id.toUpperCase(),
    );
    expect(toCsv(rows, ';')).toBe(
      `${bom}Stagiaire;Appels;A (%);A (appels);B (%);B (appels)\r\nMarie;2;82,5;2;;\r\n`,
    );
  });

  it('pass rates and missed decisions keep numbers as numbers', () => {
    const rates = passRateCsvRows(
      [
        {
          scenarioKey: 'colis.fr',
          title: 'Colis, perdu',
          callType: 'inbound',
          language: 'fr',
          trainees: 3,
          ended: 2,
          passed: 1,
          rate: 33.3,
          meanBest: 70,
        },
      ],
      {
        scenario: 'Appel',
        key: 'Clé',
        callType: 'Type',
        trainees: 'S',
        ended: 'T',
        passed: 'R',
        rate: '%',
        meanBest: 'M',
        mark: 'Seuil',
      },
      (type) => `type ${type}`,
      70,
    );
    expect(rates[1]).toEqual(['Colis, perdu', 'colis.fr', 'type inbound', 3, 2, 1, 33.3, 70, 70]);
    expect(toCsv(rates, ',').split('\r\n')[1]).toBe('"Colis, perdu",colis.fr,type inbound,3,2,1,33.3,70,70');

    const missed = missedCsvRows(
      {
        compared: 3,
        excluded: [],
        decisions: [
          {
            scenarioKey: 'colis.fr',
            title: 'Colis',
            stepId: 'un',
            caller: 'Bonjour',
            attempts: 3,
            missedAttempts: 2,
            share: 66.7,
            trainees: 2,
            missedTrainees: 2,
            best: [{ optionId: 'a', text: 'Bien' }],
            commonChoice: { optionId: 'b', text: 'Mal', rating: 'wrong', count: 2 },
          },
        ],
      },
      {
        scenario: 'Appel',
        key: 'Clé',
        step: 'Étape',
        caller: 'Appelant',
        attempts: 'N',
        missedAttempts: 'Manqués',
        share: '%',
        trainees: 'S',
        missedTrainees: 'SM',
        best: 'Meilleure',
        common: 'Fréquente',
        commonRating: 'Jugée',
        commonCount: 'Fois',
      },
      (rating) => `jugée ${rating}`,
    );
    expect(missed[1]).toEqual([
      'Colis',
      'colis.fr',
      'un',
      'Bonjour',
      3,
      2,
      66.7,
      2,
      2,
      'Bien',
      'Mal',
      'jugée wrong',
      2,
    ]);
  });
});
