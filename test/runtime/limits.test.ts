/**
 * Limits and hostile shapes that already held before the hostile-input work (test/hostile/runtime-*
 * holds the ones that did not): a small timeoutMs ends an endless body, a server's `__proto__` keys in
 * a 2xx body pollute nothing, and the options are checked before any I/O.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRawServer, streamForever, type RawServer } from './helpers/hostile.js';
import { HUAWEI_CALLS, loadGenerated, type Loaded } from './helpers/load.js';

const CONFIG = HUAWEI_CALLS[1];
let gen: Loaded;
let server: RawServer;
beforeAll(async () => {
  gen = await loadGenerated();
  server = await startRawServer((req, res) => {
    if (req.url.startsWith('/endless')) streamForever(res, `"${'y'.repeat(1000)}",`);
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');
  });
});
afterAll(() => server.close());

describe('limits', () => {
  it('an endless body with a small timeoutMs (and no size cap) ends in a TimeoutError', async () => {
    const err = await new gen.FunctionGraphClient({ baseUrl: `${server.url}/endless`, retry: false, timeoutMs: 200, maxResponseBytes: Infinity })
      .updateFunctionConfig(CONFIG.input)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.TimeoutError);
    expect(err).toMatchObject({ timeoutMs: 200, attempts: 1 });
  });

  it('a limit that is not a number >= 0 is a TypeError before anything is sent', async () => {
    const before = server.requests.length;
    for (const bad of [{ timeoutMs: -1 }, { maxResponseBytes: Number.NaN }, { maxRedirects: -2 }]) {
      await expect(new gen.FunctionGraphClient({ baseUrl: server.url, ...bad }).updateFunctionConfig(CONFIG.input)).rejects.toThrow(TypeError);
    }
    expect(server.requests.length).toBe(before);
  });

  it('DEFAULT_LIMITS: 30 s per attempt, 32 MiB per answer, 5 redirects', () => {
    expect(gen.rt.DEFAULT_LIMITS).toEqual({ timeoutMs: 30_000, maxResponseBytes: 33_554_432, maxRedirects: 5 });
  });
});

describe('prototype pollution', () => {
  it("a 2xx body's __proto__ and constructor.prototype keys are plain keys; Object.prototype is untouched", async () => {
    const { data } = await new gen.FunctionGraphClient({ baseUrl: server.url }).updateFunctionConfig(CONFIG.input);
    const body = data as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(body.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
