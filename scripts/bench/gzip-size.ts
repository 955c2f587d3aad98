// Gzip size of a built file, as a browser would download it (node:zlib at its default level).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path)).length;
}
