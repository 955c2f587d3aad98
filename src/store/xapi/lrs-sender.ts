import XAPI from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import type { LrsConfig } from '../../engine/assignment/assignment';
import { kindOfStatus, LrsError, lrsMessage, retryAfterMs } from './lrs-error';

/*
 * Sends statements with @xapi/xapi's client (its endpoint handling, X-Experience-API-Version header and
 * Basic auth), over `fetch` through an adapter of ours: the library's own fetch adapter drops the HTTP
 * status, which the queue needs to tell « retry later » from « refused ». This module is the only one
 * that imports the library, and it is only loaded when a statement is actually sent.
 */

/** The library's adapter type (not exported by name): a function from a request to a response. */
type AdapterFunction = Extract<
  NonNullable<ConstructorParameters<typeof XAPI>[0]['adapter']>,
  (...args: never[]) => unknown
>;

/** An LRS that does not answer within this long is treated as unreachable (retried later). */
const timeoutMs = 30_000;

const adapter: AdapterFunction = async ({ url, method, headers, data }) => {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: (headers ?? {}) as Record<string, string>,
      ...(data === undefined ? {} : { body: typeof data === 'string' ? data : JSON.stringify(data) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new LrsError('network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text().catch(() => '');
  if (!response.ok)
    throw new LrsError(
      kindOfStatus(response.status),
      lrsMessage(text, response.statusText || `HTTP ${response.status}`),
      { status: response.status, retryAfterMs: retryAfterMs(response.headers.get('Retry-After')) },
    );
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an empty 204, say): the text is the answer.
  }
  return {
    data: body as never,
    headers: Object.fromEntries(response.headers.entries()),
    status: response.status,
  };
};

/** POSTs a batch to `<endpoint>statements`; resolves when the LRS stored it, throws an LrsError otherwise. */
export async function sendStatements(lrs: LrsConfig, statements: Statement[]): Promise<void> {
  let auth: string;
  try {
    auth = XAPI.toBasicAuth(lrs.username, lrs.password);
  } catch {
    // btoa refuses characters outside Latin-1: no request could ever carry these credentials.
    throw new LrsError('rejected', 'credentials outside Latin-1', { reason: 'credentials' });
  }
  const client = new XAPI({ endpoint: lrs.endpoint, auth, version: '1.0.3', adapter });
  await client.sendStatements({ statements });
}
