import type { Language } from '../call-types';
import { fold, tokenize } from './fold-text';
import type { Token } from './fold-text';
import { noteCues } from './note-cues';
import type { OutcomeFamily } from './note-cues';

/** The three things a wrap-up note must say. */
export const noteElements = ['outcome', 'action', 'followUp'] as const;
export type NoteElement = (typeof noteElements)[number];

/** A fact of the call the note may quote (a name, a ticket or order number, a phone number). */
export interface KeyFact {
  /** Where it comes from, as shown to the trainee (the form field's label); absent for the caller's name. */
  label?: string;
  /** The value, as the scenario has it. */
  value: string;
  /** Phone numbers are compared by their digits. */
  phone?: boolean;
}

/** What the note says, part by part, with the words that showed it. */
export interface NoteCheck {
  /** Words of the note that showed each part (empty when the part is missing). */
  found: Record<NoteElement, string[]>;
  /** Parts the note does not state. */
  missing: NoteElement[];
  /** Results the note claims (a negated « résolu » claims « pending », not « solved »). */
  claims: OutcomeFamily[];
  /** Facts of the call and whether the note quotes them. */
  facts: { label?: string; value: string; quoted: boolean }[];
  /** Number of words in the note. */
  words: number;
}

interface Cue {
  /** Whole words that must come first. */
  lead: string[];
  /** The last word: a stem, or a whole word when `exact`. */
  last: string;
  exact: boolean;
}

const parsed = new Map<string, Cue>();
function parseCue(cue: string): Cue {
  let result = parsed.get(cue);
  if (!result) {
    const exact = cue.endsWith('$');
    const words = (exact ? cue.slice(0, -1) : cue).split(' ').filter(Boolean);
    result = { lead: words.slice(0, -1), last: words[words.length - 1] ?? '', exact };
    parsed.set(cue, result);
  }
  return result;
}

/** Every place `cue` matches: index of its first and last word. */
function matches(tokens: readonly Token[], cue: string): { start: number; end: number }[] {
  const { lead, last, exact } = parseCue(cue);
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i + lead.length < tokens.length; i++) {
    if (!lead.every((word, k) => tokens[i + k]?.folded === word)) continue;
    const end = tokens[i + lead.length]?.folded ?? '';
    if (exact ? end === last : end.startsWith(last)) found.push({ start: i, end: i + lead.length });
  }
  return found;
}

const phrase = (tokens: readonly Token[], start: number, end: number) =>
  tokens
    .slice(start, end + 1)
    .map((t) => t.raw)
    .join(' ');

/** Digits only: « 0498 00 62 17 » and « 0498/006217 » are the same number. */
const digits = (value: string) => value.replace(/\D/g, '');

function quotes(note: string, tokens: readonly Token[], fact: KeyFact): boolean {
  if (fact.phone) {
    const number = digits(fact.value);
    return number.length >= 6 && digits(note).includes(number);
  }
  const wanted = tokenize(fact.value).map((t) => t.folded);
  if (wanted.length === 0) return false;
  const text = ` ${tokens.map((t) => t.folded).join(' ')} `;
  if (text.includes(` ${wanted.join(' ')} `)) return true;
  // A person's name is quoted when its surname (any word of three letters or more) is.
  return (
    /^\p{Lu}/u.test(fact.value.trim()) &&
    !/\d/.test(fact.value) &&
    wanted.some((word) => word.length >= 3 && text.includes(` ${word} `))
  );
}

/**
 * Reads a wrap-up note the way a team leader skims it: does it say how the contact ended (outcome), what
 * the agent did (action) and what happens next (follow-up)? Cues are per language, folded for case and
 * accents, matched on word stems; a negation just before a result (« pas résolu ») turns it into a
 * pending one.
 */
export function checkNote(note: string, language: Language, facts: readonly KeyFact[] = []): NoteCheck {
  const tokens = tokenize(note);
  const lexicon = noteCues[language];
  const negations = new Set(lexicon.negation.map(fold));
  const negated = (start: number) =>
    tokens.slice(Math.max(0, start - 2), start).some((t) => negations.has(t.folded));

  const collect = (cues: readonly string[]) => cues.flatMap((cue) => matches(tokens, cue));
  const words = (spans: { start: number; end: number }[]) => [
    ...new Set(spans.sort((a, b) => a.start - b.start).map((s) => phrase(tokens, s.start, s.end))),
  ];

  const outcomeSpans: { start: number; end: number }[] = [];
  const claims = new Set<OutcomeFamily>();
  for (const [family, cues] of Object.entries(lexicon.outcome) as [OutcomeFamily, readonly string[]][]) {
    for (const span of collect(cues)) {
      outcomeSpans.push(span);
      // « pas résolu » claims that it is not solved yet; a negated refusal or sale is left unclaimed.
      if (!negated(span.start)) claims.add(family);
      else if (family === 'solved') claims.add('pending');
    }
  }
  const found: Record<NoteElement, string[]> = {
    outcome: words(outcomeSpans),
    action: words(collect(lexicon.action)),
    followUp: words(collect(lexicon.followUp)),
  };
  return {
    found,
    missing: noteElements.filter((element) => found[element].length === 0),
    claims: [...claims],
    facts: facts.map((fact) => ({
      ...(fact.label === undefined ? {} : { label: fact.label }),
      value: fact.value,
      quoted: quotes(note, tokens, fact),
    })),
    words: tokens.length,
  };
}
