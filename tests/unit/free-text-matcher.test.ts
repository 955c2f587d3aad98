import { describe, expect, it } from 'vitest';
import { acts } from '../../src/engine/acts';
import type { Language } from '../../src/engine/call-types';
import { freeTextAllowed } from '../../src/engine/free-text/free-text-allowed';
import type { LanguagePack } from '../../src/engine/free-text/language-pack';
import { loadLanguagePack } from '../../src/engine/free-text/load-language-pack';
import { matchUtterance, rankOptions } from '../../src/engine/free-text/match-utterance';
import en from '../../src/engine/free-text/packs/en';
import fr from '../../src/engine/free-text/packs/fr';
import nl from '../../src/engine/free-text/packs/nl';
import { analyse, compilePack, detectActs, fold, stem } from '../../src/engine/free-text/text-analysis';
import { loadLibrary } from '../../src/engine/scenario/load-library';
import { loadScenario } from '../../src/engine/scenario/load-scenario';
import type { Scenario, Step } from '../../src/engine/scenario/types';
import { readScenarioFiles } from '../../scripts/read-scenario-files';
import { paraphrases } from '../support/free-text-corpus';
import { fakePath, fakeScenarioYaml } from '../support/fake-scenario';
import { fakeScenario } from '../support/fake-scenario-object';

const packs: Record<Language, LanguagePack> = { fr, nl, en };
const library = loadLibrary(readScenarioFiles()).scenarios;

function stepOf(scenarioId: string, language: Language, stepId: string): Step {
  const scenario = library.find((s) => s.id === scenarioId && s.language === language);
  const step = scenario?.steps[stepId];
  if (!step) throw new Error(`no step ${scenarioId}.${language} › ${stepId} in the shipped library`);
  return step;
}

function actsIn(text: string, pack: LanguagePack) {
  const compiled = compilePack(pack);
  return detectActs(analyse(text, compiled).words, compiled);
}

// Measured once, so the figure can be printed in the test's name.
const results = paraphrases.map((p) => {
  const step = stepOf(p.scenario, p.language, p.step);
  return { paraphrase: p, result: matchUtterance(p.typed, step.options, packs[p.language]) };
});
const top1 = results.filter((r) => r.result.ranking[0]?.optionId === r.paraphrase.expected).length;
const accuracy = Math.round((100 * top1) / results.length);

describe('text normalisation', () => {
  it('folds case, accents and typographic apostrophes', () => {
    expect(fold('Où ÊTES-vous ? L’adresse')).toBe("ou etes-vous ? l'adresse");
  });

  it('strips endings so that forms of one word meet', () => {
    const stems = ['enregistré', 'enregistrement', 'enregistrer'].map((w) => stem(fold(w), fr));
    expect(new Set(stems).size).toBe(1);
    expect(stem('ademt', nl)).toBe(stem('ademen', nl));
    expect(stem('breathing', en)).toBe(stem('breathe', en));
  });

  it('drops stop words and fillers, rewrites short forms and keeps negations', () => {
    const compiled = compilePack(fr);
    const tokens = analyse('Euh bjr madame, ne la faites pas vomir svp', compiled).tokens;
    expect(tokens.map((t) => t.norm)).toEqual(['bonjour', 'faites', 'vomir']);
    expect(tokens.map((t) => t.negated)).toEqual([false, true, true]);
    expect(analyse("don't hang up", compilePack(en)).words).toEqual(['do', 'not', 'hang', 'up']);
  });

  it('recognises acts from per-language cues', () => {
    expect(actsIn('Je vous préviens : la conversation est enregistrée.', fr)).toContain('announce-recording');
    expect(actsIn('vous êtes où exactement ?', fr)).toContain('ask-location');
    expect(actsIn('waar bent u nu?', nl)).toContain('ask-location');
    expect(actsIn("where r u? what's the address", en)).toContain('ask-location');
    expect(actsIn('Blijf aan de lijn, ik blijf bij u', nl)).toContain('keep-on-line');
    expect(actsIn('tu peux me dire ton nom ?', fr)).toContain('tutoiement');
  });

  it('has cues for every act of the vocabulary in every language', () => {
    for (const [language, pack] of Object.entries(packs))
      for (const act of acts) expect(pack.actCues[act].length, `${language} ${act}`).toBeGreaterThan(0);
  });
});

describe('matching a typed answer to the options', () => {
  const accueil = stepOf('colis-en-retard', 'fr', 'accueil');

  it('chooses an option that stands out', () => {
    const result = matchUtterance(
      "Wallomarché bonjour, l'appel est enregistré pour la qualité, comment puis-je vous aider ?",
      accueil.options,
      fr,
    );
    expect(result).toMatchObject({ kind: 'matched', optionId: 'accueil-complet' });
  });

  it('forgives typos', () => {
    const plainte = stepOf('colis-en-retard', 'fr', 'plainte');
    expect(matchUtterance('kel est vot numéro de comande', plainte.options, fr)).toMatchObject({
      kind: 'matched',
      optionId: 'plainte-numero-sec',
    });
  });

  it('tells « ring » from « do not ring » in each language', () => {
    const said = (language: Language, typed: string) =>
      rankOptions(typed, stepOf('odeur-gaz', language, 'gilson').options, packs[language])[0]?.optionId;
    expect(said('fr', 'sonnez')).toBe('sonnez');
    expect(said('fr', 'ne sonnez pas')).toBe('pompiers-pour-gilson');
    expect(said('nl', 'bel aan')).toBe('sonnez');
    expect(said('nl', 'bel niet aan')).toBe('pompiers-pour-gilson');
    expect(said('en', 'ring her bell')).toBe('sonnez');
    expect(said('en', "don't ring her bell")).toBe('pompiers-pour-gilson');
  });

  it('never takes « make her vomit » for the answer that forbids it', () => {
    const quoi = stepOf('enfant-produit-menager', 'fr', 'quoi');
    const result = matchUtterance('faites-la vomir', quoi.options, fr);
    expect(result.kind).not.toBe('matched');
    expect(matchUtterance('ne la faites surtout pas vomir', quoi.options, fr)).toMatchObject({
      kind: 'matched',
      optionId: 'pas-vomir-etat',
    });
  });

  it('is unsure between close options and offers exactly the two closest', () => {
    const result = matchUtterance('bonjour', accueil.options, fr);
    expect(result.kind).toBe('unsure');
    if (result.kind === 'matched') return;
    expect(result.closest).toHaveLength(2);
    expect(result.closest).toEqual(result.ranking.slice(0, 2).map((r) => r.optionId));
  });

  it('does not take one incidental word for a whole answer', () => {
    const recit = stepOf('colis-en-retard', 'fr', 'recit');
    expect(matchUtterance('merci', recit.options, fr).kind).not.toBe('matched');
  });

  it('asks to rephrase when nothing matches, still offering the two closest', () => {
    const result = matchUtterance('le chat dort sur le canapé', accueil.options, fr);
    expect(result.kind).toBe('no-match');
    if (result.kind !== 'matched') expect(result.closest).toHaveLength(2);
    expect(matchUtterance('   ', accueil.options, fr).kind).toBe('no-match');
  });

  it('gives the same answer for the same words, whatever order the options are shown in', () => {
    const typed = 'désolée, racontez-moi ce qui se passe';
    const plainte = stepOf('colis-en-retard', 'fr', 'plainte');
    const once = rankOptions(typed, plainte.options, fr);
    expect(rankOptions(typed, plainte.options, fr)).toEqual(once);
    expect(rankOptions(typed, [...plainte.options].reverse(), fr)[0]).toEqual(once[0]);
  });

  it('loads each language’s word lists on demand, once', async () => {
    const first = loadLanguagePack('nl');
    expect(loadLanguagePack('nl')).toBe(first);
    expect((await first).actCues['ask-location']).toContain('waar bent u');
  });
});

describe('the shipped library', () => {
  describe.each(library.map((s) => [`${s.callType}/${s.id}.${s.language}`, s] as const))(
    '%s',
    (_, scenario) => {
      it('matches every option’s own text to that option', () => {
        const misses: string[] = [];
        for (const [stepId, step] of Object.entries(scenario.steps))
          for (const option of step.options) {
            const result = matchUtterance(option.text, step.options, packs[scenario.language]);
            if (result.kind !== 'matched' || result.optionId !== option.id)
              misses.push(
                `${stepId} › ${option.id}: ${result.kind} ${JSON.stringify(result.ranking.slice(0, 2))}`,
              );
          }
        expect(misses).toEqual([]);
      });
    },
  );
});

describe(`the paraphrase corpus (${paraphrases.length} typed answers in fr, nl and en)`, () => {
  // Measured on the corpus of tests/support/free-text-corpus.ts; the figure is in the test's name.
  it(`puts the meant option first for ${top1} of ${results.length} paraphrases (${accuracy} % top-1)`, () => {
    expect(accuracy).toBeGreaterThanOrEqual(90);
  });

  it.each(
    results.map(
      (r) =>
        [
          `${r.paraphrase.language} ${r.paraphrase.scenario} › ${r.paraphrase.step}: « ${r.paraphrase.typed} »`,
          r,
        ] as const,
    ),
  )('%s', (_, { paraphrase, result }) => {
    if (result.kind === 'matched') expect(result.optionId).toBe(paraphrase.expected);
    else {
      expect(result.closest).toHaveLength(2);
      expect(result.closest).toContain(paraphrase.expected);
    }
  });

  it('covers the three languages and many scenarios', () => {
    const languages = new Set(paraphrases.map((p) => p.language));
    expect([...languages].sort()).toEqual(['en', 'fr', 'nl']);
    expect(new Set(paraphrases.map((p) => p.scenario)).size).toBeGreaterThanOrEqual(8);
    expect(paraphrases.length).toBeGreaterThanOrEqual(40);
  });
});

describe('where free text is allowed', () => {
  const withFreeText = (value: string): Scenario => {
    const yaml = fakeScenarioYaml().replace('start: accueil', `freeText: ${value}\nstart: accueil`);
    const result = loadScenario(fakePath(), yaml);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    return result.scenario;
  };

  it('is allowed by default and can be forbidden by the scenario', () => {
    const allowed = fakeScenario();
    const step = allowed.steps[allowed.start] as Step;
    expect(freeTextAllowed(allowed, step)).toBe(true);
    const forbidden = withFreeText('false');
    expect(freeTextAllowed(forbidden, forbidden.steps[forbidden.start] as Step)).toBe(false);
  });

  it('reports a freeText value that is not true or false', () => {
    const result = loadScenario(
      fakePath(),
      fakeScenarioYaml().replace('start: accueil', 'freeText: peut-être\nstart: accueil'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('freeText');
  });

  it('keeps written contact notes as choices', () => {
    const scenario = library.find((s) => s.id === 'demenagement-internet' && s.language === 'fr');
    const note = scenario?.steps['note-contact'];
    expect(scenario && note && freeTextAllowed(scenario, note)).toBe(false);
    expect(scenario && freeTextAllowed(scenario, scenario.steps['demande'] as Step)).toBe(true);
  });
});
