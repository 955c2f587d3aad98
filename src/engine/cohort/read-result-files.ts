import { maxImportBytes, readExport } from '../progress/export-format';
import type { ImportFile, ImportProblem, RecordChecks, ValidImport } from '../progress/export-format';
import { jsonErrorAt } from './json-error-place';
import type { TextPlace } from './json-error-place';

/*
 * The trainer's side of the trainee's export: many result files read at once. Each file goes through the
 * same checks as a trainee's own import (export-format.ts), so the two never disagree on what a valid file
 * is; this adds a limit on the whole batch and says where a broken JSON text stops.
 */

/** Files dropped together may weigh this much in all; the files past it are refused unread. */
export const maxBatchBytes = 50 * 1024 * 1024;

/** One file, as every check sees it: no more than the trainee's own import allows. */
export const maxResultFileBytes = maxImportBytes;

/** Why a result file was refused, in the order the checks run. */
export type ResultProblem =
  | {
      reason: 'too-large';
      /** The file's size in bytes. */
      size: number;
      /** The per-file limit it broke. */
      limit: number;
    }
  | {
      reason: 'batch-too-large';
      /** The file's size in bytes. */
      size: number;
      /** The limit on all the files of one import together. */
      limit: number;
    }
  | {
      reason: 'not-json';
      /** Where the text stops being JSON, when it can be told. */
      place?: TextPlace;
      /** It stops at its very end: the file was cut short. */
      truncated?: boolean;
    }
  | Exclude<ImportProblem, { reason: 'too-large' | 'not-json' }>;

/** A file that passed every check, with when it was exported (the latest file names a renamed trainee). */
export interface ResultFile {
  /** The file's name. */
  file: string;
  /** The trainee and their attempts. */
  data: ValidImport;
  /** When the file was exported (ms since epoch), if it says. */
  exportedAt: number | undefined;
}

/** What reading one file gave. */
export type ResultRead = ({ ok: true } & ResultFile) | ({ ok: false; file: string } & ResultProblem);

/** Reads one result file: its size is checked before a byte of it is read. */
export async function readResultFile(file: ImportFile, checks: RecordChecks): Promise<ResultRead> {
  if (file.size > maxResultFileBytes)
    return { ok: false, file: file.name, reason: 'too-large', size: file.size, limit: maxResultFileBytes };

  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, file: file.name, reason: 'unreadable' };
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorAt(text, error);
    return { ok: false, file: file.name, reason: 'not-json', ...(at ?? {}) };
  }

  // Format, version, checksum and records: the trainee's import rules, on the text already read.
  const read = await readExport({ name: file.name, size: file.size, text: async () => text }, checks);
  if (!read.ok) {
    if (read.reason === 'too-large') return { ...read, limit: maxResultFileBytes };
    if (read.reason === 'not-json') return { ok: false, file: file.name, reason: 'not-json' };
    return read;
  }
  const exported = (json as { exportedAt?: unknown }).exportedAt;
  const exportedAt = typeof exported === 'string' ? Date.parse(exported) : Number.NaN;
  return {
    ok: true,
    file: file.name,
    data: read.data,
    exportedAt: Number.isNaN(exportedAt) ? undefined : exportedAt,
  };
}

/**
 * Reads the files of one import, in the order given. A file over the per-file limit is refused on its own;
 * the others count towards the batch limit, and the files that would pass it are refused unread.
 */
export function readResultFiles(files: readonly ImportFile[], checks: RecordChecks): Promise<ResultRead[]> {
  let total = 0;
  return Promise.all(
    files.map((file): Promise<ResultRead> => {
      if (file.size <= maxResultFileBytes) {
        total += file.size;
        if (total > maxBatchBytes)
          return Promise.resolve({
            ok: false,
            file: file.name,
            reason: 'batch-too-large',
            size: file.size,
            limit: maxBatchBytes,
          });
      }
      return readResultFile(file, checks);
    }),
  );
}
