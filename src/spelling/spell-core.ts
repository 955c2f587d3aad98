import nspell from 'nspell';
import { distance } from 'fastest-levenshtein';
import type { MisspelledWord } from '../engine/wrapup/wrap-up-log';

/*
 * The spelling check itself, free of any worker or DOM: the worker wraps it, Node tests and the benchmark
 * call it directly with the dictionary files read from disk.
 */

/** A Hunspell dictionary loaded by nspell, ready to check words. */
export interface Speller {
  /** True when the word is spelt right. */
  correct: (word: string) => boolean;
  /** Corrections, best first. */
  suggest: (word: string) => string[];
}

/** Loads a Hunspell dictionary (.aff and .dic contents). The French one takes seconds: never on the main thread. */
export function createSpeller(aff: string | Uint8Array, dic: string | Uint8Array): Speller {
  const toText = (data: string | Uint8Array) =>
    typeof data === 'string' ? data : new TextDecoder().decode(data);
  const speller = nspell(toText(aff), toText(dic));
  return { correct: (word) => speller.correct(word), suggest: (word) => speller.suggest(word) };
}

/** One word of the note to check, with where it starts. */
export interface CheckedWord {
  /** The word as typed (apostrophes normalised to '). */
  word: string;
  /** Its offset in the note. */
  at: number;
}

/** Addresses, links and e-mails are not words: they are blanked out (same length, offsets stay right). */
function blankNonWords(text: string): string {
  return text.replace(/\S+@\S+|https?:\/\/\S+|www\.\S+/gi, (match) => ' '.repeat(match.length));
}

/**
 * The words a spelling checker should read: letters with inner apostrophes or hyphens (« l'adresse »,
 * « rendez-vous »). Codes with digits (INC0045, WM-7843), acronyms in capitals (VPN, SMUR) and single
 * letters are left alone.
 */
export function wordsToCheck(text: string): CheckedWord[] {
  const clean = blankNonWords(text.normalize('NFC').replace(/[’‘]/g, "'"));
  const words: CheckedWord[] = [];
  for (const match of clean.matchAll(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    if (/\p{N}/u.test(word)) continue;
    if ([...word].length < 2) continue;
    if (word === word.toUpperCase() && word !== word.toLowerCase()) continue;
    words.push({ word, at: match.index });
  }
  return words;
}

const maxSuggestions = 4;
const maxReported = 50;
/** nspell's suggestions cost up to a second for a long unknown word: only the first few words get them. */
const maxSuggested = 8;

/**
 * The misspelt words of a text, each once, with suggestions. Words of the call itself (`allow`: names,
 * streets, the company) are accepted whatever the dictionary says, and proposed first when a typed word
 * is one or two letters away from one of them.
 */
export function misspelledWords(
  speller: Speller,
  text: string,
  allow: readonly string[] = [],
): MisspelledWord[] {
  const allowed = new Set(allow.map((w) => w.normalize('NFC').toLowerCase()));
  const known = (word: string) =>
    allowed.has(word.toLowerCase()) ||
    speller.correct(word) ||
    // « qu'il », « rendez-vous », « dit-elle »: right when each part is.
    (/['-]/.test(word) &&
      word
        .split(/['-]/)
        .filter(Boolean)
        .every((part) => part.length < 2 || allowed.has(part.toLowerCase()) || speller.correct(part)));
  const seen = new Set<string>();
  const found: MisspelledWord[] = [];
  for (const { word } of wordsToCheck(text)) {
    if (seen.has(word) || known(word)) continue;
    seen.add(word);
    const near = allow.filter(
      (candidate) => candidate.length >= 4 && distance(candidate.toLowerCase(), word.toLowerCase()) <= 2,
    );
    const guesses = found.length < maxSuggested ? speller.suggest(word) : [];
    const suggestions = [...new Set([...near, ...guesses])].slice(0, maxSuggestions);
    found.push({ word, suggestions });
    if (found.length >= maxReported) break;
  }
  return found;
}
