export { saveBlob } from '../../save-file';

/** How the panel hands a package to the trainer (replaced by a recorder in tests). */
export type SaveBlob = (name: string, blob: Blob) => void;
