/** Saves a CSV text as a download; the text's BOM is written as the UTF-8 bytes EF BB BF. */
export function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: the URL stays valid a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** How the view hands a CSV file to the trainer (replaced by a recorder in tests). */
export type SaveCsv = (name: string, text: string) => void;

/** `decroche-<what>-<yyyy-mm-dd>.csv` (what: a file-name-safe stem in the interface language), the date local. */
export function csvFileName(what: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `decroche-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
