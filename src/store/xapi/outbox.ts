import type { Statement } from '@xapi/xapi';
import type { LrsConfig } from '../../engine/assignment/assignment';
import type { XapiDb } from './xapi-db';

/** A statement waiting for its LRS. */
export interface QueuedStatement {
  /** Its place in the queue (statements are sent in this order). */
  key: number;
  /** Where it goes, with the credentials the trainer set when it was made. */
  lrs: LrsConfig;
  /** The xAPI statement itself. */
  statement: Statement;
}

/** What has been queued so far for one attempt. */
export interface ReportMark {
  /** launched was queued. */
  launched: boolean;
  /** How many decisions were queued. */
  answered: number;
  /** The closing statements (completed and passed/failed, or terminated) were queued. */
  closed: boolean;
}

/** Where queued statements are kept. */
export interface Outbox {
  /** Adds statements at the end of the queue and, in the same transaction, the attempt's new mark. */
  add(
    entries: { lrs: LrsConfig; statement: Statement }[],
    report?: { attemptId: string; mark: ReportMark },
  ): Promise<void>;
  /** Everything queued, in order; damaged records are dropped and counted. */
  list(): Promise<{ items: QueuedStatement[]; damaged: number }>;
  /** Removes sent statements. */
  remove(keys: readonly number[]): Promise<void>;
  /** How many statements wait. */
  count(): Promise<number>;
  /** What was queued for an attempt. */
  report(attemptId: string): Promise<ReportMark | undefined>;
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isEntry(value: unknown): value is { lrs: LrsConfig; statement: Statement } {
  const { lrs, statement } = (value ?? {}) as { lrs?: Partial<LrsConfig>; statement?: Partial<Statement> };
  return (
    !!lrs &&
    isText(lrs.endpoint) &&
    isText(lrs.username) &&
    isText(lrs.password) &&
    !!statement &&
    typeof statement === 'object' &&
    isText(statement.id) &&
    !!statement.actor &&
    !!statement.verb &&
    !!statement.object
  );
}

function isMark(value: unknown): value is ReportMark {
  const mark = (value ?? {}) as Partial<ReportMark>;
  return (
    typeof mark.launched === 'boolean' &&
    typeof mark.answered === 'number' &&
    typeof mark.closed === 'boolean'
  );
}

/** The outbox in IndexedDB: survives reloads, closed tabs and days offline. */
export function idbOutbox(db: XapiDb): Outbox {
  return {
    async add(entries, report) {
      const tx = db.transaction(['outbox', 'reports'], 'readwrite');
      for (const entry of entries) void tx.objectStore('outbox').add(entry);
      if (report) void tx.objectStore('reports').put(report.mark, report.attemptId);
      await tx.done;
    },
    async list() {
      const tx = db.transaction('outbox', 'readwrite');
      const items: QueuedStatement[] = [];
      let damaged = 0;
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        const value = cursor.value;
        if (isEntry(value)) items.push({ key: cursor.key, lrs: value.lrs, statement: value.statement });
        else {
          damaged++;
          void cursor.delete();
        }
      }
      await tx.done;
      return { items, damaged };
    },
    async remove(keys) {
      const tx = db.transaction('outbox', 'readwrite');
      for (const key of keys) void tx.store.delete(key);
      await tx.done;
    },
    count: () => db.count('outbox'),
    async report(attemptId) {
      const mark = await db.get('reports', attemptId);
      return isMark(mark) ? mark : undefined;
    },
  };
}

/** An outbox in memory, for browsers that refuse IndexedDB: statements still go, but not across a reload. */
export function memoryOutbox(): Outbox {
  const items: QueuedStatement[] = [];
  const reports = new Map<string, ReportMark>();
  let next = 1;
  return {
    async add(entries, report) {
      for (const entry of entries) items.push({ key: next++, ...structuredClone(entry) });
      if (report) reports.set(report.attemptId, { ...report.mark });
    },
    async list() {
      return { items: [...items], damaged: 0 };
    },
    async remove(keys) {
      for (const key of keys) {
        const index = items.findIndex((item) => item.key === key);
        if (index >= 0) items.splice(index, 1);
      }
    },
    async count() {
      return items.length;
    },
    async report(attemptId) {
      return reports.get(attemptId);
    },
  };
}
