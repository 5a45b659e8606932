/**
 * `funcspec mock` against hostile requests and header names (issue "Safe with a stranger's input",
 * sections 4 and 6): data nested 10^4 deep, `uniqueItems` over 10^5 objects, a body over the limit,
 * and a spec header name that is not an HTTP token. Every one is an answer (400, 413) or a located
 * start-up error, never a 500, a reset connection, a hang or a dead server.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMock } from '../../generator/mock/server.js';
import { parseText } from '../../generator/openapi/document.js';
import { expectLocated, startMock, workDir, PAYLOADS_SPEC } from './spec-support.js';

const { write } = workDir();

const post = (url: string, body: string, signal = AbortSignal.timeout(30_000)): Promise<Response> =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });

describe('hostile bodies', () => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMockServer(parseText(PAYLOADS_SPEC, 'payloads.yaml').data, {}, { maxBodyBytes: 1024 * 1024 });
  });
  afterAll(() => mock.close());

  it('JSON nested 10^4 deep against a recursive schema is a 400', async () => {
    // Before: Ajv's recursive validator overflowed the stack: a 500 MockInternalError "Maximum call stack size exceeded".
    const deep = '{"child":'.repeat(10_000) + '{}' + '}'.repeat(10_000);
    const res = await post(`${mock.url}/trees`, deep);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'InvalidRequest', message: 'invalid request: body field (the body itself) nests too deeply to validate' });
    expect((await post(`${mock.url}/trees`, '{"child":{"child":{}}}')).status).toBe(204);
  });

  it('a body over the limit gets its 413 before the connection closes', async () => {
    // Before: the mock destroyed the socket while the client was still sending: fetch failed with a
    // reset ("SocketError: other side closed" / ECONNRESET) instead of reading the documented 413.
    const res = await post(`${mock.url}/sets`, JSON.stringify({ items: ['x'.repeat(4 * 1024 * 1024)] }));
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toMatchObject({ code: 'PayloadTooLarge', message: 'request body larger than 1048576 bytes' });
  });

  it('a body over the limit announced with Expect: 100-continue is refused before it is sent', async () => {
    // Before: node:http answered 100 Continue, then the same reset as above.
    const status = await new Promise<number>((done, fail) => {
      const req = request(`${mock.url}/sets`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 4 * 1024 * 1024, expect: '100-continue' } });
      req.on('continue', () => fail(new Error('the mock asked for the body')));
      req.on('response', (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', fail);
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });
});

describe('uniqueItems over 10^5 objects', () => {
  it('is checked in linear time', { timeout: 120_000 }, async () => {
    // Before: Ajv compared every pair of items (5·10^9 deep-equals): the request never got an answer.
    const file = write('payloads.yaml', PAYLOADS_SPEC);
    const served = await startMock(file);
    try {
      expect(served.url).toBeDefined();
      const items = Array.from({ length: 100_000 }, (_, i) => ({ id: i, tags: ['a', 'b'] }));
      expect((await post(`${served.url}/sets`, JSON.stringify({ items }))).status).toBe(204);
      const dup = await post(`${served.url}/sets`, JSON.stringify({ items: [...items, { tags: ['a', 'b'], id: 5 }] }));
      expect(dup.status).toBe(400);
      expect(await dup.text()).toContain('must NOT have duplicate items (items ## 5 and 100000 are identical)');
    } finally {
      await served.stop();
    }
  });
});

describe('a spec header name that is not an HTTP token', () => {
  it('is refused at start-up, where it is written', { timeout: 60_000 }, async () => {
    // Before: the mock started; the first invalid request made it write `X Request-Id` (a declared
    // request-id header) into its 400, node:http threw ERR_INVALID_HTTP_TOKEN, and the process died.
    const text = PAYLOADS_SPEC.replace(
      "responses: {'204': {description: done}}",
      "responses: {'204': {description: done}, '400': {description: bad, headers: {X Request-Id: {schema: {type: string}}}}}",
    );
    const file = write('header.yaml', text);
    const served = await startMock(file);
    await served.stop();
    expect(served.url).toBeUndefined();
    const line = expectLocated(served.exited!, file, /header name "X Request-Id" is not an HTTP token/);
    expect(line).toContain('header.yaml:8:');
    await expect(startMockServer(parseText(text, 'header.yaml').data)).rejects.toMatchObject({ pointer: '/paths/~1trees/post/responses/400/headers/X Request-Id' });
  });
});
