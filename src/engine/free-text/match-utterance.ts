import { distance } from 'fastest-levenshtein';
import type { Act } from '../acts';
import type { Option } from '../scenario/types';
import type { LanguagePack } from './language-pack';
import { analyse, compilePack, detectActs } from './text-analysis';
import type { Analysis, CompiledPack, Token } from './text-analysis';

/** One option and how well the typed answer matches it, 0 (nothing in common) to 1. */
export interface ScoredOption {
  /** The option's id. */
  optionId: string;
  /** Combined score of words and acts. */
  score: number;
}

/**
 * What the typed answer was understood as. `matched`: one option stands out, it is chosen as a click would.
 * `unsure`: two options are close, the trainee confirms one. `no-match`: too little in common, the trainee
 * rephrases (the two closest are still offered).
 */
export type FreeTextMatch =
  | {
      kind: 'matched';
      /** The option chosen. */
      optionId: string;
      /** Every option, best first. */
      ranking: ScoredOption[];
    }
  | {
      kind: 'unsure' | 'no-match';
      /** The two closest options, best first (one only when the step has a single option). */
      closest: string[];
      /** Every option, best first. */
      ranking: ScoredOption[];
    };

/**
 * When an answer counts as understood. Tuned on the paraphrase corpus of tests/unit/free-text-matcher.test.ts:
 * below `floor`, the words have too little in common with any option; a clear winner needs `accept` and a lead
 * of `margin` over the runner-up.
 */
export const matchThresholds = { floor: 0.16, accept: 0.3, margin: 0.07, support: 0.12 };

/**
 * How much of the gap the words leave the acts may fill: the same words decide, and acts carry an answer put in
 * other words (« vous êtes où ? » asks for the location as surely as « quelle est l'adresse ? »).
 */
const actShare = 0.6;
/** Within the words, how much « what was said is in the option » counts against « the option was said ». */
const precisionShare = 0.5;

/** What a word counts for when the option says it with the opposite polarity (negated or not). */
const contradiction = 0.3;

/** An option as the matcher compares it, computed once per option. */
interface OptionProfile {
  id: string;
  tokens: Token[];
  acts: ReadonlySet<Act>;
}

const compiledPacks = new WeakMap<LanguagePack, CompiledPack>();
const profiles = new WeakMap<CompiledPack, WeakMap<Option, OptionProfile>>();

function compiled(pack: LanguagePack): CompiledPack {
  let result = compiledPacks.get(pack);
  if (!result) {
    result = compilePack(pack);
    compiledPacks.set(pack, result);
  }
  return result;
}

function profileOf(option: Option, pack: CompiledPack): OptionProfile {
  let byOption = profiles.get(pack);
  if (!byOption) {
    byOption = new WeakMap();
    profiles.set(pack, byOption);
  }
  let profile = byOption.get(option);
  if (!profile) {
    let { tokens } = analyse(option.text, pack);
    // An answer that is only a gesture is known by its description.
    if (tokens.length === 0) tokens = analyse(option.text, pack, true).tokens;
    profile = { id: option.id, tokens, acts: new Set(option.acts) };
    byOption.set(option, profile);
  }
  return profile;
}

/** How many typing slips a word of this length may carry and still be recognised. */
function allowedSlips(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return 1;
  return length <= 9 ? 2 : 3;
}

/** How close two words are: same stem 1, synonyms 0.9, a typo or another form of the word less. */
function similarity(a: Token, b: Token): number {
  let score: number;
  if (a.stem === b.stem) score = 1;
  else if (a.key === b.key) score = 0.9;
  else score = fuzzy(a, b);
  // « faites-la vomir » is the opposite of « ne la faites pas vomir ».
  return a.negated === b.negated ? score : score * contradiction;
}

/**
 * How well a typed word is found among an option's words. When the option says the very word with the
 * opposite polarity, a looser look-alike elsewhere does not count (« faites-la vomir » against « ne la faites
 * pas vomir … elle a vomi ? »).
 */
function bestMatch(typed: Token, words: readonly Token[], row: readonly number[]): number {
  let best = 0;
  let agrees = false;
  let contradicts = false;
  words.forEach((word, j) => {
    best = Math.max(best, row[j] ?? 0);
    if (word.stem === typed.stem || word.key === typed.key) {
      if (word.negated === typed.negated) agrees = true;
      else contradicts = true;
    }
  });
  return contradicts && !agrees ? Math.min(best, contradiction) : best;
}

function fuzzy(a: Token, b: Token): number {
  if (/\d/.test(a.norm) || /\d/.test(b.norm)) return 0;
  const shorter = Math.min(a.stem.length, b.stem.length);
  // Another derivation of the same word (« enregistr » / « enregistrement » after a short stem).
  if (shorter >= 5 && (a.stem.startsWith(b.stem) || b.stem.startsWith(a.stem))) return 0.8;
  // Short words are too alike to forgive a slip (« quoi » is not « oui »).
  const slips = allowedSlips(Math.min(a.norm.length, b.norm.length));
  if (slips === 0 || Math.abs(a.norm.length - b.norm.length) > slips) return 0;
  let d = distance(a.norm, b.norm);
  if (d > slips) d = distance(a.stem, b.stem);
  return d <= slips ? 0.9 - 0.1 * d : 0;
}

/** The words of `typed` replaced by the option word they were recognised as, so act cues see through typos. */
function corrected(analysis: Analysis, best: Map<Token, Token>): string[] {
  const fixes = new Map<string, string>();
  for (const [typed, known] of best) if (typed.norm !== known.norm) fixes.set(typed.norm, known.norm);
  return fixes.size === 0 ? analysis.words : analysis.words.map((w) => fixes.get(w) ?? w);
}

/** Rarer words tell options apart: a word in every option weighs 1, a word in one of four about 2.4. */
function idf(count: number, total: number): number {
  return count === 0 ? 1 : 1 + Math.log(total / count);
}

function sharedActs(said: ReadonlySet<Act>, option: ReadonlySet<Act>): number {
  let hits = 0;
  for (const act of said) if (option.has(act)) hits++;
  return hits;
}

function actScore(said: ReadonlySet<Act>, option: ReadonlySet<Act>): number {
  if (said.size === 0 || option.size === 0) return 0;
  const hits = sharedActs(said, option);
  return 0.7 * (hits / said.size) + 0.3 * (hits / option.size);
}

/** A score and what it rests on. */
interface Judged extends ScoredOption {
  /** Share of the option's words the trainee said. */
  recall: number;
  /** How many acts the trainee performed that the option performs. */
  acts: number;
}

/** Scores every option against the typed answer, best first. */
export function rankOptions(
  utterance: string,
  options: readonly Option[],
  pack: LanguagePack,
): ScoredOption[] {
  return judge(utterance, options, pack).map(({ optionId, score }) => ({ optionId, score }));
}

function judge(utterance: string, options: readonly Option[], pack: LanguagePack): Judged[] {
  const lang = compiled(pack);
  let typed = analyse(utterance, lang);
  if (typed.tokens.length === 0) typed = analyse(utterance, lang, true);
  const profiled = options.map((o) => profileOf(o, lang));
  const n = profiled.length;

  // Pairwise word similarities, typed × option words, for each option.
  const sims = profiled.map((p) => typed.tokens.map((t) => p.tokens.map((s) => similarity(t, s))));
  const bestForTyped = profiled.map((p, o) =>
    typed.tokens.map((t, i) => bestMatch(t, p.tokens, sims[o]?.[i] ?? [])),
  );

  // Spelling fixes toward the step's vocabulary, for the act cues.
  const recognised = new Map<Token, Token>();
  typed.tokens.forEach((t, i) => {
    let top = 0;
    profiled.forEach((p, o) =>
      p.tokens.forEach((s, j) => {
        const value = sims[o]?.[i]?.[j] ?? 0;
        if (value >= 0.7 && value < 1 && value > top && s.key !== t.key) {
          top = value;
          recognised.set(t, s);
        }
      }),
    );
  });
  const said = detectActs(typed.words, lang);
  for (const act of detectActs(corrected(typed, recognised), lang)) said.add(act);

  // Document frequencies within the step.
  const typedWeights = typed.tokens.map((_, i) =>
    idf(bestForTyped.filter((row) => (row[i] ?? 0) >= 0.7).length, n),
  );
  const keyCounts = new Map<string, number>();
  for (const p of profiled) for (const s of p.tokens) keyCounts.set(s.key, (keyCounts.get(s.key) ?? 0) + 1);

  const typedTotal = typedWeights.reduce((a, b) => a + b, 0);
  return profiled
    .map((p, o) => {
      let precision = 0;
      if (typedTotal > 0) {
        const matched = typedWeights.reduce((sum, w, i) => sum + w * (bestForTyped[o]?.[i] ?? 0), 0);
        precision = matched / typedTotal;
      }
      let recall = 0;
      if (p.tokens.length > 0 && typed.tokens.length > 0) {
        let total = 0;
        let found = 0;
        p.tokens.forEach((s, j) => {
          const w = idf(keyCounts.get(s.key) ?? 1, n);
          total += w;
          found += w * Math.max(0, ...typed.tokens.map((_, i) => sims[o]?.[i]?.[j] ?? 0));
        });
        recall = found / total;
      }
      const words = precisionShare * precision + (1 - precisionShare) * recall;
      const score = words + (1 - words) * actShare * actScore(said, p.acts);
      return {
        optionId: p.id,
        score: Math.round(score * 1000) / 1000,
        recall,
        acts: sharedActs(said, p.acts),
      };
    })
    .sort((a, b) => b.score - a.score);
}

/** Matches a typed answer to one of the step's options, or says it is unsure, or that it did not understand. */
export function matchUtterance(
  utterance: string,
  options: readonly Option[],
  pack: LanguagePack,
): FreeTextMatch {
  const judged = judge(utterance, options, pack);
  const ranking = judged.map(({ optionId, score }) => ({ optionId, score }));
  const [first, second] = judged;
  const closest = ranking.slice(0, 2).map((r) => r.optionId);
  if (!first || first.score < matchThresholds.floor) return { kind: 'no-match', closest, ranking };
  const lead = first.score - (second?.score ?? 0);
  // A clear winner must rest on something: the gist of the option said, or one of its acts (a lone
  // « merci » found in a long answer is not that answer).
  const supported = first.recall >= matchThresholds.support || first.acts > 0;
  if (first.score >= matchThresholds.accept && lead >= matchThresholds.margin && supported)
    return { kind: 'matched', optionId: first.optionId, ranking };
  return { kind: 'unsure', closest, ranking };
}
