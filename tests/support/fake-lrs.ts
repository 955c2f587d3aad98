import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** One request the fake LRS received. */
export interface LrsRequest {
  method: string;
  path: string;
  version: string | undefined;
  authorization: string | undefined;
  origin: string | undefined;
}

/**
 * A tiny learning record store on 127.0.0.1 for tests: answers CORS preflights, demands the xAPI version
 * header and the Basic credentials it was given, stores POSTed statements (one or an array) and answers
 * with their ids, as an LRS does. `failNext` makes the next POSTs fail with a given status and body.
 */
export function createFakeLrs({
  port,
  username,
  password,
}: {
  port: number;
  username: string;
  password: string;
}) {
  const statements: Record<string, unknown>[] = [];
  const requests: LrsRequest[] = [];
  const failures: { status: number; body: string }[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  let server: Server | undefined;

  const cors = (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    response.setHeader(
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type, X-Experience-API-Version',
    );
    response.setHeader('Access-Control-Expose-Headers', 'X-Experience-API-Version');
  };
  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('X-Experience-API-Version', '1.0.3');
    response.end(JSON.stringify(body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    cors(request, response);
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({
      method: request.method ?? '',
      path,
      version: request.headers['x-experience-api-version'] as string | undefined,
      authorization: request.headers.authorization,
      origin: request.headers.origin,
    });
    if (request.method === 'OPTIONS') {
      response.statusCode = 204;
      response.end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (path !== '/xapi/statements' || request.method !== 'POST')
      return answer(response, 404, { message: `No resource at ${request.method} ${path}` });
    if (!String(request.headers['x-experience-api-version'] ?? '').startsWith('1.0'))
      return answer(response, 400, { message: 'X-Experience-API-Version header missing or not 1.0.x' });
    if (request.headers.authorization !== expectedAuth)
      return answer(response, 401, { message: 'Unauthorised: wrong or missing Basic credentials' });
    const failure = failures.shift();
    if (failure) {
      response.statusCode = failure.status;
      response.end(failure.body);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(response, 400, { message: 'Body is not JSON' });
    }
    const batch = (Array.isArray(body) ? body : [body]) as Record<string, unknown>[];
    statements.push(...batch);
    answer(
      response,
      200,
      batch.map((s) => s.id),
    );
  };

  return {
    statements,
    requests,
    /** The xAPI endpoint (port 0 picks a free port: read this after start). */
    get url() {
      const address = server?.address();
      return `http://127.0.0.1:${address && typeof address === 'object' ? address.port : port}/xapi/`;
    },
    /** The next POSTs (one per call) fail with this status and raw body. */
    failNext(status: number, body = '') {
      failures.push({ status, body });
    },
    start(): Promise<void> {
      return new Promise((resolve, reject) => {
        const started = createServer((request, response) => {
          handle(request, response).catch(() => answer(response, 500, { message: 'fake LRS failed' }));
        });
        started.once('error', reject);
        started.listen(port, '127.0.0.1', () => {
          server = started;
          resolve();
        });
      });
    },
    stop(): Promise<void> {
      const running = server;
      server = undefined;
      if (!running) return Promise.resolve();
      return new Promise((resolve) => {
        running.close(() => resolve());
        running.closeAllConnections();
      });
    },
  };
}

export type FakeLrs = ReturnType<typeof createFakeLrs>;
