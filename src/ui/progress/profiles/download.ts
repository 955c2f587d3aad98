import { saveBlob } from '../../save-file';

/** Saves a text as a file through the browser's download (the default way the panel exports). */
export function downloadFile(name: string, text: string): void {
  saveBlob(name, new Blob([text], { type: 'application/json' }));
}

/** How the panel hands an export to the trainee (replaced by a recorder in tests). */
export type SaveFile = (name: string, text: string) => void;
