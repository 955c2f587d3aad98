// Finds the static imports of a built ES module: `import … from "./x.js"`, `import "./x.js"` and
// `export … from "./x.js"`. Dynamic `import("./x.js")` is left out: those chunks load later, on demand.

// Side-effect import, or import/export with a clause (default, `{…}`, `* as x`, or default plus one of
// these) followed by `from`. `import(` never matches: a quote must follow `import` directly, or a clause.
const staticImport =
  /\b(?:import\s*["']([^"']+)["']|(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)?\s*from\s*["']([^"']+)["'])/g;

/** Relative specifiers of the static imports in `code`, in order of appearance, without duplicates. */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(staticImport)) {
    const specifier = match[1] ?? match[2];
    if (specifier && (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/')))
      found.add(specifier);
  }
  return [...found];
}
