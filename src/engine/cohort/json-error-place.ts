/** Where in a text a JSON parse failed, 1-based, as a person counts in an editor. */
export interface TextPlace {
  /** Line number, from 1. */
  line: number;
  /** Column on that line, from 1. */
  column: number;
}

/** Where a JSON text stopped being valid, and whether that is simply its end (a file cut short). */
export interface JsonError {
  /** The place. */
  place: TextPlace;
  /** The error is at the end of the text: it was cut off (a copy or download that stopped). */
  truncated: boolean;
}

/** The line and column of a character offset in a text (\r\n, \n and \r all end a line). */
export function placeOf(text: string, offset: number): TextPlace {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse stopped, when it can be told cheaply: the engines' messages give a position for most
 * errors, the end for a truncated text; a text that does not even start like JSON fails at its first sign.
 */
export function jsonErrorAt(text: string, error: unknown): JsonError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bposition (\d+)/.exec(message)?.[1];
  let offset: number | undefined;
  if (position !== undefined) offset = Number(position);
  else if (/end of (JSON )?input|unterminated|unexpected end/i.test(message)) offset = text.length;
  else {
    const first = text.search(/\S/);
    if (first >= 0 && !/[[{"\-0-9tfn]/.test(text.charAt(first))) offset = first;
  }
  if (offset === undefined) return undefined;
  const end = text.trimEnd().length;
  return { place: placeOf(text, Math.min(offset, end)), truncated: end > 0 && offset >= end };
}
