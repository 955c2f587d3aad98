// Figure 1: the JS the first screen needs. Entry script and modulepreload links from index.html, then the
// static imports of those files, followed recursively through the built chunks.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSize } from './gzip-size';
import { staticImportsOf } from './static-imports';

export interface JsFile {
  /** URL path, e.g. /assets/index-abc.js. */
  url: string;
  gzip: number;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];

/** Entry module scripts and modulepreload links of the built index.html, as URL paths. */
export function entryUrls(html: string): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    if (attribute(tag, 'type') === 'module') {
      const src = attribute(tag, 'src');
      if (src) urls.push(src);
    }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g))
    if (attribute(tag, 'rel') === 'modulepreload') {
      const href = attribute(tag, 'href');
      if (href) urls.push(href);
    }
  return urls.map((url) => posix.resolve('/', url));
}

/** Every JS file of the first screen in dist/ (`dir`), with its gzip size. */
export function firstScreenJs(dir: string): JsFile[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const seen = new Set<string>();
  const queue = entryUrls(html);
  if (queue.length === 0) throw new Error('index.html has no module script');
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dir, url), 'utf8');
    for (const specifier of staticImportsOf(code)) queue.push(posix.resolve(posix.dirname(url), specifier));
  }
  return [...seen].map((url) => ({ url, gzip: gzipSize(join(dir, url)) }));
}
