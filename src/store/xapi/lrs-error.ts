/*
 * Why sending to a learning record store failed, in the terms the queue acts on. Kept apart from the
 * sender so that the queue (loaded with « Mon parcours ») never pulls in the xAPI client.
 */

/**
 * network: no answer (offline, server down, CORS refused, timeout) — retried. server: 5xx or 429 —
 * retried. conflict: 409, the LRS already holds a statement with that id. rejected: any other refusal
 * (bad credentials, invalid statement) — kept, shown, retried only on request.
 */
export type LrsFailureKind = 'network' | 'server' | 'conflict' | 'rejected';

export class LrsError extends Error {
  /** What the queue does about it. */
  readonly kind: LrsFailureKind;
  /** The HTTP status, when the LRS answered. */
  readonly status: number | undefined;
  /** How long the LRS asked to wait (Retry-After), ms. */
  readonly retryAfterMs: number | undefined;
  /** Set when the failure is ours, not the LRS's: the credentials cannot be sent at all. */
  readonly reason: 'credentials' | undefined;

  constructor(
    kind: LrsFailureKind,
    message: string,
    details: { status?: number; retryAfterMs?: number | undefined; reason?: 'credentials' } = {},
  ) {
    super(message);
    this.name = 'LrsError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.reason = details.reason;
  }
}

/** The kind of failure an HTTP status means. */
export function kindOfStatus(status: number): LrsFailureKind {
  if (status === 429 || status >= 500) return 'server';
  if (status === 409) return 'conflict';
  return 'rejected';
}

/** Any error as an LrsError: one thrown by something else is a network failure. */
export function asLrsError(error: unknown): LrsError {
  if (error instanceof LrsError) return error;
  return new LrsError('network', error instanceof Error ? error.message : String(error));
}

/** The LRS's own words from an error body: the `message` of a JSON answer, or the text without markup. */
export function lrsMessage(body: string, fallback: string): string {
  let text = body.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const { message, error } = parsed as { message?: unknown; error?: unknown };
      const said = typeof message === 'string' ? message : typeof error === 'string' ? error : undefined;
      if (said) text = said;
    } else if (typeof parsed === 'string') text = parsed;
  } catch {
    text = text.replace(/<[^>]*>/g, ' ');
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return fallback;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** Retry-After in ms, from seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
