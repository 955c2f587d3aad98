import { isMap, isPair, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';

/** A parsed YAML document that can tell where a path sits in the source text. */
export interface LocatedDocument {
  /** The YAML document. */
  doc: Document.Parsed;
  /** Turns an offset into line and column. */
  lines: LineCounter;
}

export function parseLocated(text: string): LocatedDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  return { doc, lines };
}

/** Line and column (1-based) of the node at `path`, or of its nearest existing ancestor. */
export function locate(
  located: LocatedDocument,
  path: readonly (string | number)[],
): { line: number; column: number } | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const offset = offsetOf(located.doc, path.slice(0, depth));
    if (offset !== undefined) return toPos(located, offset);
  }
  return undefined;
}

/** Line of the *key* of the last path segment: where an unknown field is written. */
export function locateKey(
  located: LocatedDocument,
  path: readonly (string | number)[],
): { line: number; column: number } | undefined {
  const parent = located.doc.getIn(path.slice(0, -1), true);
  const key = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    if (range) return toPos(located, range[0]);
  }
  return locate(located, path);
}

function offsetOf(doc: Document.Parsed, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return doc.contents?.range?.[0];
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node && typeof node === 'object' && node.range ? node.range[0] : undefined;
}

function toPos(located: LocatedDocument, offset: number): { line: number; column: number } {
  const { line, col } = located.lines.linePos(offset);
  return { line, column: col };
}
