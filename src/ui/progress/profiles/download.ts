/** Saves a text as a file through the browser's download (the default way the panel exports). */
export function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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

/** How the panel hands an export to the trainee (replaced by a recorder in tests). */
export type SaveFile = (name: string, text: string) => void;
