import type { Act } from '../acts';
import type { LanguagePack } from './language-pack';

/** One meaningful word of a text, in the forms the matcher compares. */
export interface Token {
  /** The word folded (lower case, no accents), as typed or written. */
  norm: string;
  /** A rough stem: the folded word without its ending. */
  stem: string;
  /** The stem, or the id of the synonym group it belongs to. */
  key: string;
  /** True when a negation governs the word (« ne la faites pas vomir »). */
  negated: boolean;
}

/** A text as the matcher sees it. */
export interface Analysis {
  /** Every word, folded and rewritten, stop words included (act cues read whole phrases). */
  words: string[];
  /** The meaningful words, one per key (a word said twice counts once). */
  tokens: Token[];
}

/** A language pack turned into fast lookups, once per pack. */
export interface CompiledPack {
  /** The pack it was compiled from. */
  pack: LanguagePack;
  /** Stop words, folded. */
  stop: ReadonlySet<string>;
  /** Negation words, folded. */
  negators: ReadonlySet<string>;
  /** Rewrites by their first word, longest phrase first. */
  rewrites: ReadonlyMap<string, { from: string[]; to: string[] }[]>;
  /** Stem → synonym group key. */
  groups: ReadonlyMap<string, string>;
  /** Each act's cues as one regular expression over the space-joined words. */
  cues: readonly { act: Act; pattern: RegExp }[];
}

/** How many words after a negation word it governs (« ne la lui donnez pas à boire »). */
const negationReach = 4;

/** Lower case without accents or typographic apostrophes, so « Où » and « ou », « ’ » and « ' » meet. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/** Stage directions in parentheses are not words anyone says. */
function spokenPart(text: string): string {
  return text.replace(/\([^)]*\)/g, ' ');
}

function splitWords(folded: string): string[] {
  // « n° » is the number sign, not the « n' » of a negation.
  return folded
    .replace(/\bn\s?[°º]/g, ' nmbr ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function applyRewrites(words: readonly string[], rewrites: CompiledPack['rewrites']): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const candidates = rewrites.get(words[i] ?? '');
    const hit = candidates?.find((r) => r.from.every((w, k) => words[i + k] === w));
    if (hit) {
      out.push(...hit.to);
      i += hit.from.length;
    } else {
      out.push(words[i] ?? '');
      i++;
    }
  }
  return out;
}

/** Strips the longest listed ending that leaves a long enough stem, then a doubled final consonant. */
export function stem(word: string, pack: LanguagePack): string {
  if (/\d/.test(word)) return word;
  let result = word;
  for (const suffix of pack.suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= pack.minStem) {
      result = word.slice(0, -suffix.length);
      break;
    }
  }
  // « adressen » / « adres », « bellen » / « bel »: a doubled consonant is spelling, not meaning.
  return /([^aeiouy])\1$/.test(result) ? result.slice(0, -1) : result;
}

function cueSource(cue: string, compileWords: (text: string) => string[]): string {
  // Wildcards survive folding; each plain word goes through the same rewrites as the text it is matched in.
  const parts = cue
    .trim()
    .split(/\s+/)
    .flatMap((part) => {
      if (part === '_') return ['\\S+'];
      const wild = part.endsWith('*');
      const words = compileWords(wild ? part.slice(0, -1) : part);
      const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (wild && escaped.length > 0) escaped[escaped.length - 1] += '\\S*';
      return escaped;
    });
  return parts.join(' ');
}

/** Prepares a pack's lookups (folding every listed word the way typed text is folded). */
export function compilePack(pack: LanguagePack): CompiledPack {
  const rewrites = new Map<string, { from: string[]; to: string[] }[]>();
  for (const [from, to] of Object.entries(pack.rewrites)) {
    const fromWords = splitWords(fold(from));
    const first = fromWords[0];
    if (!first) continue;
    const list = rewrites.get(first) ?? [];
    list.push({ from: fromWords, to: splitWords(fold(to)) });
    list.sort((a, b) => b.from.length - a.from.length);
    rewrites.set(first, list);
  }
  const wordsOf = (text: string) => applyRewrites(splitWords(fold(text)), rewrites);
  const groups = new Map<string, string>();
  for (const group of pack.synonyms) {
    const stems = group.flatMap((word) => wordsOf(word).map((w) => stem(w, pack)));
    const key = `~${stems[0] ?? ''}`;
    for (const s of stems) groups.set(s, key);
  }
  // One expression per act: a few dozen tests per answer rather than several hundred.
  const cues = (Object.entries(pack.actCues) as [Act, readonly string[]][]).map(([act, list]) => ({
    act,
    pattern: new RegExp(` (?:${list.map((cue) => cueSource(cue, wordsOf)).join('|')}) `),
  }));
  return {
    pack,
    stop: new Set(pack.stopWords.flatMap(wordsOf)),
    negators: new Set(pack.negators.flatMap(wordsOf)),
    rewrites,
    groups,
    cues,
  };
}

/**
 * Cuts a text into the words and meaningful tokens the matcher compares. Stage directions in parentheses are
 * left out unless `withDirections` (an answer that is only a gesture, « (Vous raccrochez.) »).
 */
export function analyse(text: string, compiled: CompiledPack, withDirections = false): Analysis {
  const words: string[] = [];
  const tokens = new Map<string, Token>();
  const back = compiled.pack.negationLooksBack;
  // A negation stops at the end of its clause (« ne la faites pas vomir. Regardez-la »).
  for (const clause of fold(withDirections ? text : spokenPart(text)).split(/[.!?;:,…]/)) {
    const clauseWords = applyRewrites(splitWords(clause), compiled.rewrites);
    const negations = clauseWords.flatMap((word, index) => (compiled.negators.has(word) ? [index] : []));
    const negated = (index: number) =>
      negations.some((n) => (index > n && index <= n + negationReach) || (index < n && n - index <= back));
    clauseWords.forEach((word, index) => {
      if (compiled.negators.has(word) || compiled.stop.has(word)) return;
      // A lone letter is noise (a stray « d », « l »), a lone digit is not.
      if (word.length < 2 && !/\d/.test(word)) return;
      const stemmed = stem(word, compiled.pack);
      const key = compiled.groups.get(stemmed) ?? stemmed;
      if (!tokens.has(key)) tokens.set(key, { norm: word, stem: stemmed, key, negated: negated(index) });
    });
    words.push(...clauseWords);
  }
  return { words, tokens: [...tokens.values()] };
}

/** The acts whose cues appear in the words. */
export function detectActs(words: readonly string[], compiled: CompiledPack): Set<Act> {
  const text = ` ${words.join(' ')} `;
  const found = new Set<Act>();
  for (const { act, pattern } of compiled.cues) if (pattern.test(text)) found.add(act);
  return found;
}
