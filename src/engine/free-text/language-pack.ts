import type { Act } from '../acts';

/**
 * What the matcher knows about one language, as plain data: written by hand, read by the matcher. Words are
 * written as people spell them (accents, apostrophes); the matcher folds them the way it folds what the
 * trainee types, so the two always meet.
 */
export interface LanguagePack {
  /** Words that say nothing about which answer is meant (articles, pronouns, fillers, forms of address). */
  stopWords: readonly string[];
  /** Words that turn what follows into its opposite (« ne … pas », « niet », « don't »). */
  negators: readonly string[];
  /** How many words before a negation word it also governs (Dutch puts « niet » after the verb). */
  negationLooksBack: number;
  /** Endings stripped to reach a rough stem, longest first; a stem keeps at least `minStem` letters. */
  suffixes: readonly string[];
  /** Shortest stem left after stripping an ending. */
  minStem: number;
  /**
   * Rewrites applied to the folded text before it is cut into words: short forms typed in a hurry, spoken
   * forms, multi-word expressions that act as one word (« au revoir » → « aurevoir »). Keys and values are
   * whole words or phrases.
   */
  rewrites: Readonly<Record<string, string>>;
  /** Groups of words that mean the same thing in a call (« adresse », « rue », « commune »). */
  synonyms: readonly (readonly string[])[];
  /**
   * Phrases that show an act, per act of the controlled vocabulary. A phrase is words separated by spaces;
   * `word*` matches any word starting with `word`, `_` matches any one word.
   */
  actCues: Readonly<Record<Act, readonly string[]>>;
}
