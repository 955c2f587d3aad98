import type { Statement } from '@xapi/xapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LrsError } from '../../src/store/xapi/lrs-error';
import { sendStatements } from '../../src/store/xapi/lrs-sender';
import { createFakeLrs } from '../support/fake-lrs';

// A real HTTP exchange with a local LRS: the client's URL, headers and Basic auth, and how answers are read.
const lrs = createFakeLrs({ port: 0, username: 'cle', password: 'secret' });
const config = { endpoint: '', username: 'cle', password: 'secret' };

const statement = (n: number): Statement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1', name: 'p1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/launched' },
  object: { objectType: 'Activity', id: 'https://w3id.org/decroche/scenario/s' },
});

beforeAll(async () => {
  await lrs.start();
  config.endpoint = lrs.url;
});
afterAll(() => lrs.stop());

async function failure(promise: Promise<unknown>): Promise<LrsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LrsError) return error;
    throw error;
  }
  throw new Error('the send did not fail');
}

describe('sending statements to an LRS', () => {
  it('POSTs the batch to <endpoint>statements with the xAPI version header and Basic auth', async () => {
    await sendStatements(config, [statement(1), statement(2)]);
    expect(lrs.statements.map((s) => s.id)).toEqual([statement(1).id, statement(2).id]);
    expect(lrs.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/xapi/statements',
      version: '1.0.3',
      authorization: `Basic ${Buffer.from('cle:secret').toString('base64')}`,
    });
  });

  it('accepts an endpoint written without its final slash', async () => {
    await sendStatements({ ...config, endpoint: lrs.url.replace(/\/$/, '') }, [statement(3)]);
    expect(lrs.statements.at(-1)?.id).toBe(statement(3).id);
  });

  it('reports a refusal with its status and the LRS’s own message', async () => {
    const error = await failure(sendStatements({ ...config, password: 'wrong' }, [statement(4)]));
    expect(error).toMatchObject({ kind: 'rejected', status: 401 });
    expect(error.message).toBe('Unauthorised: wrong or missing Basic credentials');
    lrs.failNext(400, '<html><body><h1>Bad Request</h1><p>Invalid  statement</p></body></html>');
    expect(await failure(sendStatements(config, [statement(5)]))).toMatchObject({
      kind: 'rejected',
      status: 400,
      message: 'Bad Request Invalid statement',
    });
  });

  it('tells « try again later » (5xx, 429 with Retry-After, no answer) from a refusal, and 409 apart', async () => {
    lrs.failNext(503, 'Service Unavailable');
    expect(await failure(sendStatements(config, [statement(6)]))).toMatchObject({
      kind: 'server',
      status: 503,
    });
    lrs.failNext(409, '{"message":"Conflict"}');
    expect(await failure(sendStatements(config, [statement(6)]))).toMatchObject({
      kind: 'conflict',
      status: 409,
    });
    const stopped = createFakeLrs({ port: 4197, username: 'x', password: 'y' });
    expect(await failure(sendStatements({ ...config, endpoint: stopped.url }, [statement(7)]))).toMatchObject(
      {
        kind: 'network',
        status: undefined,
      },
    );
    expect(
      await failure(sendStatements({ ...config, password: 'mot-de-passe-€' }, [statement(8)])),
    ).toMatchObject({
      kind: 'rejected',
      reason: 'credentials',
    });
  });
});
