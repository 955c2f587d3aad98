import { saveBlob } from '../../save-file';

/** Saves a CSV text as a download; the text's BOM is written as the UTF-8 bytes EF BB BF. */
export function downloadCsv(name: string, text: string): void {
  saveBlob(name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/** How the view hands a CSV file to the trainer (replaced by a recorder in tests). */
export type SaveCsv = (name: string, text: string) => void;

/** `decroche-<what>-<yyyy-mm-dd>.csv` (what: a file-name-safe stem in the interface language), the date local. */
export function csvFileName(what: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `decroche-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
