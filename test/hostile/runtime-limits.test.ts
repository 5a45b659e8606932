/**
 * "Safe with a stranger's input", limits: an attempt always ends (a default per-attempt timeout), an
 * answer is never read past `maxResponseBytes` (counted while it streams), a 2xx that says JSON and is
 * not is a typed error, and a deeply nested or `__proto__`-laden answer gives a bounded, plain error.
 * No wall-clock assertion anywhere: only the typed error each case must end in.
 */
import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRawServer, streamForever, type RawServer } from '../runtime/helpers/hostile.js';
import { HUAWEI_CALLS, loadGenerated, type Loaded } from '../runtime/helpers/load.js';

const TOKEN = 'MIIZkgYJ+KoZIhvcNAQcC/oIIZgzCCGX8=CAQExDTALBglghkgBZQ';
const CONFIG = HUAWEI_CALLS[1];
let gen: Loaded;
let server: RawServer;
/** Answers held back by the /late route until the test releases them. */
const held: ServerResponse[] = [];
/** The body (and content type) the /json route answers with. */
let json: { status: number; type?: string; body: string } = { status: 200, body: '{}' };

beforeAll(async () => {
  gen = await loadGenerated();
  server = await startRawServer((req, res) => {
    const size = /^\/size\/(\d+)\/(length|chunked)/.exec(req.url);
    if (req.url.startsWith('/endless')) streamForever(res, `"${'x'.repeat(65_530)}",`);
    else if (req.url.startsWith('/hang')) held.push(res);
    else if (size) {
      const body = `"${'x'.repeat(Number(size[1]) - 2)}"`;
      if (size[2] === 'length') res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) }).end(body);
      else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write(body.slice(0, 10));
        setTimeout(() => res.end(body.slice(10)), 5);
      }
    } else res.writeHead(json.status, json.type === undefined ? {} : { 'content-type': json.type }).end(json.body);
  });
});
afterEach(() => {
  vi.useRealTimers();
  for (const res of held.splice(0)) res.destroy();
  server.requests.length = 0;
});
afterAll(() => server.close());

const client = (path: string, options: Record<string, unknown> = {}) => new gen.FunctionGraphClient({ baseUrl: `${server.url}${path}`, retry: false, ...options });

describe('every attempt ends', () => {
  // Before: without timeoutMs there was no limit at all; a server that never answers kept the call pending forever.
  it('with no timeoutMs, an attempt that gets no answer ends in a TimeoutError at the default limit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = client('/hang')
      .updateFunctionConfig(CONFIG.input)
      .catch((e: unknown) => e);
    await vi.waitUntil(() => held.length === 1);
    vi.advanceTimersByTime(gen.rt.DEFAULT_LIMITS.timeoutMs);
    const err = await pending;
    expect(err).toBeInstanceOf(gen.rt.TimeoutError);
    expect(err).toMatchObject({ timeoutMs: 30_000 });
  }, 15_000);

  // Before: timeoutMs: 0 timed out at once (AbortSignal.timeout(0)) and Infinity threw a TypeError.
  it('timeoutMs: 0 or Infinity turns the limit off', async () => {
    for (const timeoutMs of [0, Infinity]) {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const pending = client('/hang', { timeoutMs }).updateFunctionConfig(CONFIG.input);
      await vi.waitUntil(() => held.length === 1);
      vi.advanceTimersByTime(24 * 3600 * 1000);
      vi.useRealTimers();
      held.shift()!.writeHead(200, { 'content-type': 'application/json' }).end('{"late":true}');
      await expect(pending).resolves.toMatchObject({ status: 200, data: { late: true } });
    }
  }, 15_000);
});

describe('maxResponseBytes', () => {
  // Before: nothing stopped the read; a body that never ends kept the call pending (and growing) forever.
  it('a body that never ends stops at the default cap with a ResponseTooLargeError', async () => {
    const err = await client('/endless')
      .updateFunctionConfig(CONFIG.input)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.ResponseTooLargeError);
    expect(err).toMatchObject({ name: 'ResponseTooLargeError', status: 200, maxResponseBytes: gen.rt.DEFAULT_LIMITS.maxResponseBytes, operationId: 'UpdateFunctionConfig' });
    expect(gen.rt.DEFAULT_LIMITS.maxResponseBytes).toBe(32 * 1024 * 1024);
  }, 20_000);

  // Before: the option did not exist; every body was read whole.
  it('one byte over the cap is refused, with or without Content-Length; a body at the cap is read', async () => {
    for (const how of ['length', 'chunked']) {
      await expect(client(`/size/1001/${how}`, { maxResponseBytes: 1000 }).updateFunctionConfig(CONFIG.input), how).rejects.toBeInstanceOf(gen.rt.ResponseTooLargeError);
      await expect(client(`/size/1000/${how}`, { maxResponseBytes: 1000 }).updateFunctionConfig(CONFIG.input)).resolves.toMatchObject({ status: 200 });
      // Per call, over the client's.
      await expect(client(`/size/1001/${how}`).updateFunctionConfig(CONFIG.input, { maxResponseBytes: 1000 })).rejects.toMatchObject({ maxResponseBytes: 1000 });
    }
  });

  it('an endless body with a cap and a timeout ends in whichever comes first, typed', async () => {
    const err = await client('/endless', { maxResponseBytes: 100_000, timeoutMs: 10_000 })
      .updateFunctionConfig(CONFIG.input)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.ResponseTooLargeError);
  });
});

describe('malformed JSON', () => {
  // Before: a 2xx that said JSON and was not resolved with the text, typed as the schema's object.
  it('a 2xx body that says (or looks like) JSON and does not parse is a ResponseParseError', async () => {
    for (const [type, body] of [
      ['application/json', '{"func_name": "x"'],
      ['application/json; charset=utf-8', 'not json at all'],
      ['application/problem+json', '{]'],
      [undefined, '{"func_name": oops}'],
    ] as const) {
      json = { status: 200, ...(type ? { type } : {}), body };
      const err = await client('/json')
        .updateFunctionConfig(CONFIG.input)
        .catch((e: unknown) => e);
      expect(err, `${type}: ${body}`).toBeInstanceOf(gen.rt.ResponseParseError);
      expect(err).toMatchObject({ name: 'ResponseParseError', operationId: 'UpdateFunctionConfig', status: 200, body });
    }
    // Text that is text stays text; an empty JSON body is no body.
    json = { status: 200, type: 'text/plain', body: 'plain words' };
    await expect(client('/json').updateFunctionConfig(CONFIG.input)).resolves.toMatchObject({ data: 'plain words' });
    json = { status: 200, type: 'application/json', body: '' };
    await expect(client('/json').updateFunctionConfig(CONFIG.input)).resolves.toMatchObject({ data: undefined });
  });
});

describe('hostile shapes', () => {
  const deep = (depth: number, leaf: string): string => `${'{"a":'.repeat(depth)}"${leaf}"${'}'.repeat(depth)}`;

  // Before: the recursive redaction walk threw "RangeError: Maximum call stack size exceeded".
  it('Redactor.value on 10^4- and 10^5-deep JSON gives a bounded copy, not a RangeError', () => {
    for (const depth of [10_000, 100_000]) {
      const value = JSON.parse(deep(depth, `leaf ${TOKEN}`)) as unknown;
      const out = new gen.rt.Redactor([TOKEN]).value(value);
      const text = JSON.stringify(out);
      expect(text.includes(TOKEN)).toBe(false);
      expect(text.length).toBeLessThan(10_000);
    }
  });

  // Before: a deep error body threw a RangeError out of the call (with auth), or made JSON.stringify(err) throw (without).
  it('a 10^4-deep error body gives an ApiError that JSON.stringify and util.inspect can show', async () => {
    json = { status: 400, type: 'application/json', body: deep(10_000, `echo ${TOKEN}`) };
    for (const auth of [undefined, gen.rt.huaweiIamToken(TOKEN)]) {
      const err = await client('/json', auth ? { auth } : {})
        .updateFunctionConfig(CONFIG.input)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(gen.rt.ApiError);
      expect(() => JSON.stringify(err)).not.toThrow();
      expect(inspect(err, { depth: null })).not.toContain('Maximum call stack');
      expect(JSON.stringify(err).includes(TOKEN)).toBe(false);
    }
  });

  // Before: the redacted copy of a body was built with `copy[key] = value`, so a server's "__proto__"
  // key became the copy's prototype: err.body.polluted was "yes", and the key was gone from the body.
  it('__proto__ and constructor.prototype keys stay plain keys of the body; nothing is polluted', async () => {
    json = {
      status: 403,
      type: 'application/json',
      body: `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "error_msg": "denied for ${TOKEN}"}`,
    };
    const err = (await client('/json', { auth: gen.rt.huaweiIamToken(TOKEN) })
      .updateFunctionConfig(CONFIG.input)
      .catch((e: unknown) => e)) as { body: Record<string, unknown> };
    expect(err).toBeInstanceOf(gen.rt.ApiError);
    expect(Object.getPrototypeOf(err.body)).toBe(Object.prototype);
    expect(Object.keys(err.body)).toEqual(['__proto__', 'constructor', 'error_msg']);
    expect(err.body.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(err.body.error_msg).toBe('denied for [REDACTED]');
  });
});
