import type { Attempt, Profile } from './attempt';

/*
 * A trainee's data as a file: exported to keep it or move it to another computer, imported back without
 * ever overwriting what is already there. Pure TypeScript (WebCrypto only), so it runs in Node alone.
 *
 * The checksum is SHA-256 over the canonical JSON of {profile, attempts}. It detects a damaged or truncated
 * file; anybody can recompute it, so it is no protection against deliberate tampering (the UI says so).
 */

export const exportFormat = 'decroche-progress';
export const exportVersion = 1;
/** An export larger than this is refused before it is even read. */
export const maxImportBytes = 5 * 1024 * 1024;

/** A profile as exported: never its PIN. */
export type ExportedProfile = Omit<Profile, 'pin'>;

/** The file's content. */
export interface ProgressExport {
  format: typeof exportFormat;
  version: typeof exportVersion;
  /** ISO 8601. */
  exportedAt: string;
  profile: ExportedProfile;
  attempts: Attempt[];
  /** SHA-256 hex of canonicalJson({ profile, attempts }). */
  checksum: string;
}

/**
 * JSON with object keys in code-unit order at every depth and no whitespace, so the same data always gives
 * the same text. Like JSON.stringify, properties whose value is undefined are left out.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function exportChecksum(profile: unknown, attempts: unknown): Promise<string> {
  return sha256Hex(canonicalJson({ profile, attempts }));
}

/** Builds the export of one trainee: the profile without its PIN and only that profile's attempts. */
export async function buildExport(
  profile: Profile,
  attempts: readonly Attempt[],
  now = new Date(),
): Promise<ProgressExport> {
  const exported: ExportedProfile = { id: profile.id, name: profile.name, createdAt: profile.createdAt };
  const own = attempts.filter((a) => a.profileId === profile.id);
  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: now.toISOString(),
    profile: exported,
    attempts: own,
    checksum: await exportChecksum(exported, own),
  };
}

/** The export as written to disk (indented so it can be read by a person). */
export function serializeExport(data: ProgressExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** `decroche-<name>-<yyyy-mm-dd>.json`, the name reduced to letters, digits and dashes; the date is local. */
export function exportFileName(name: string, now = new Date()): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'profil';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `decroche-${slug}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/* ---------------------------------------------------------------- reading a file */

/** What a record check says: the record as typed, or what was wrong with it in a few words. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; issue: string };

/** Validators for stored records, given by the caller (the store's valibot schemas). */
export interface RecordChecks {
  profile: (value: unknown) => CheckResult<Profile>;
  attempt: (value: unknown) => CheckResult<Attempt>;
}

/** Anything with a name, a size and a text, such as a browser File. */
export interface ImportFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

/** Why a file was refused, in the order the checks run; the first failure stops the reading. */
export type ImportProblem =
  | { reason: 'too-large'; size: number }
  | { reason: 'unreadable' }
  | { reason: 'not-json' }
  | { reason: 'foreign' }
  | { reason: 'version'; version: string }
  | { reason: 'checksum' }
  | { reason: 'record'; where: 'profile' | 'attempt'; index?: number; issue: string };

/** A file that passed every check. */
export interface ValidImport {
  profile: ExportedProfile;
  attempts: Attempt[];
}

export type ImportRead =
  { ok: true; file: string; data: ValidImport } | ({ ok: false; file: string } & ImportProblem);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Checks, in order: size, JSON, format and version, checksum, then every record. */
export async function readExport(file: ImportFile, checks: RecordChecks): Promise<ImportRead> {
  const fail = (problem: ImportProblem): ImportRead => ({ ok: false, file: file.name, ...problem });

  if (file.size > maxImportBytes) return fail({ reason: 'too-large', size: file.size });

  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail({ reason: 'unreadable' });
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ reason: 'not-json' });
  }

  if (!isObject(json) || json.format !== exportFormat) return fail({ reason: 'foreign' });
  if (json.version !== exportVersion) return fail({ reason: 'version', version: String(json.version) });

  if (
    typeof json.checksum !== 'string' ||
    json.checksum !== (await exportChecksum(json.profile, json.attempts))
  )
    return fail({ reason: 'checksum' });

  const profile = checks.profile(json.profile);
  if (!profile.ok) return fail({ reason: 'record', where: 'profile', issue: profile.issue });
  if (!Array.isArray(json.attempts))
    return fail({ reason: 'record', where: 'attempt', issue: 'attempts: expected an array' });

  const attempts: Attempt[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of json.attempts.entries()) {
    const attempt = checks.attempt(raw);
    if (!attempt.ok) return fail({ reason: 'record', where: 'attempt', index, issue: attempt.issue });
    if (attempt.value.profileId !== profile.value.id)
      return fail({
        reason: 'record',
        where: 'attempt',
        index,
        issue: 'profileId: belongs to another profile',
      });
    if (seen.has(attempt.value.id))
      return fail({
        reason: 'record',
        where: 'attempt',
        index,
        issue: `id: ${attempt.value.id} appears twice`,
      });
    seen.add(attempt.value.id);
    attempts.push(attempt.value);
  }

  const { id, name, createdAt } = profile.value; // a PIN slipped into a file is never taken
  return { ok: true, file: file.name, data: { profile: { id, name, createdAt }, attempts } };
}

/* ---------------------------------------------------------------- planning a merge */

/** What importing a file will do. Nothing in it replaces an existing record. */
export interface MergePlan {
  /** The profile the attempts go to: the existing one (kept as it is) or the one to create. */
  profile: Profile;
  /** The profile is new on this browser. */
  createProfile: boolean;
  /** Its name clashed with another profile's and was suffixed. */
  renamed: boolean;
  /** Attempts to add. */
  add: Attempt[];
  /** Attempts already there, identical: skipped. */
  identical: Attempt[];
  /** Attempts whose id exists with different content: the existing record is kept. */
  conflicts: Attempt[];
}

export interface ExistingData {
  /** Every profile on this browser. */
  profiles: readonly Profile[];
  /** The stored record of every imported attempt id that already exists (as stored, unvalidated). */
  attemptsById: ReadonlyMap<string, unknown>;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Plans an import: a known profile (same id) gets the attempts it does not have yet; identical attempts
 * are skipped; an attempt whose id exists with other content is a conflict and the existing record stays.
 * An unknown profile is created, its name suffixed (« (importé) ») when another profile already uses it.
 */
export function planMerge(
  data: ValidImport,
  existing: ExistingData,
  importedName: (name: string) => string = (name) => `${name} (importé)`,
): MergePlan {
  const known = existing.profiles.find((p) => p.id === data.profile.id);
  let profile: Profile;
  let renamed = false;
  if (known) {
    profile = known;
  } else {
    let name = data.profile.name;
    const taken = (candidate: string) => existing.profiles.some((p) => sameName(p.name, candidate));
    // Names have at most 60 characters: the original is shortened so the mark always shows.
    const room = Math.max(1, 60 - importedName('').length);
    for (let round = 0; taken(name) && round < 20; round++) {
      name = importedName(name.slice(0, room));
      renamed = true;
    }
    profile = { ...data.profile, name };
  }

  const plan: MergePlan = { profile, createProfile: !known, renamed, add: [], identical: [], conflicts: [] };
  for (const attempt of data.attempts) {
    if (!existing.attemptsById.has(attempt.id)) plan.add.push(attempt);
    else if (canonicalJson(existing.attemptsById.get(attempt.id)) === canonicalJson(attempt))
      plan.identical.push(attempt);
    else plan.conflicts.push(attempt);
  }
  return plan;
}
