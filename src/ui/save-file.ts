/**
 * Saves a file through the browser's download: a hidden link to an object URL, clicked. Some browsers start
 * the download after the click returns, so the URL stays valid a while longer.
 */
export function saveBlob(name: string, blob: Blob, keepUrlMs = 10_000): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), keepUrlMs);
}
