/** Saves a file through the browser's download. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns: the URL stays valid a moment longer.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** How the panel hands a package to the trainer (replaced by a recorder in tests). */
export type SaveBlob = (name: string, blob: Blob) => void;
