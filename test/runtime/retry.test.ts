/**
 * Retries (idempotent methods only unless opted in, Retry-After, exponential backoff with jitter,
 * a fresh signature per attempt), timeouts and aborts, against the loopback server.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALIYUN_CALL, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from './helpers/load.js';
import { useServer } from './helpers/server.js';

const require = createRequire(import.meta.url);
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as { AKSKSigner: { sign(request: object, credential: object): Record<string, string> } };
const core = require('@huaweicloud/huaweicloud-sdk-core') as any;

const serverP = useServer();
let gen: Loaded;
beforeAll(async () => {
  gen = await loadGenerated();
});

const [CREATE, CONFIG, CODE] = HUAWEI_CALLS;
const ok = { status: 200, body: { func_name: 'hello-world' } };

/** A sleep that records and returns at once. */
function fakeSleep(): { delays: number[]; sleep: (ms: number) => Promise<void> } {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('retries', () => {
  it('PUT: 503 with Retry-After in seconds is retried after exactly that long', async () => {
    const server = await serverP;
    server.reply({ status: 503, body: { error_code: 'FSS.0503', error_msg: 'busy' }, headers: { 'retry-after': '2' } }, ok);
    const { delays, sleep } = fakeSleep();
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep } });
    const result = await client.updateFunctionConfig(CONFIG.input);
    expect(result.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(delays).toEqual([2000]);
  });

  it('Retry-After as an HTTP-date is waited for until that time', async () => {
    const server = await serverP;
    const now = Date.parse('2024-05-01T10:00:00Z');
    server.reply({ status: 429, headers: { 'retry-after': 'Wed, 01 May 2024 10:00:05 GMT' }, body: { error_code: 'FSS.0429', error_msg: 'slow down' } }, ok);
    const { delays, sleep } = fakeSleep();
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep, now: () => now } });
    await client.updateFunctionCode(CODE.input);
    expect(delays).toEqual([5000]);
  });

  it('a Retry-After past maxDelayMs ends the retries with the ApiError', async () => {
    const server = await serverP;
    server.reply({ status: 503, headers: { 'retry-after': '3600' }, body: {} }, ok);
    const { delays, sleep } = fakeSleep();
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep, maxDelayMs: 60_000 } }).updateFunctionCode(CODE.input).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ApiError', status: 503, attempts: 1 });
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('without Retry-After: exponential backoff with jitter, then the last ApiError', async () => {
    const server = await serverP;
    server.reply({ status: 500, body: { error_code: 'FSS.0500', error_msg: 'internal' } });
    const { delays, sleep } = fakeSleep();
    const randoms = [0, 0.5, 1 - 1e-9];
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, retry: { maxRetries: 3, baseDelayMs: 100, sleep, random: () => randoms.shift() ?? 0 } });
    const err = await client.updateFunctionConfig(CONFIG.input).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ApiError', status: 500, code: 'FSS.0500', attempts: 4 });
    expect(server.requests).toHaveLength(4);
    // Retry n waits between half and all of base·2^(n-1): 100·[0.5, 1], 200·[0.5, 1], 400·[0.5, 1].
    expect(delays).toEqual([50, 150, 400]);
  });

  it('backoff is capped by maxDelayMs and jitter stays within [cap/2, cap]', () => {
    for (let retry = 1; retry <= 12; retry++) {
      for (const r of [0, 0.25, 0.999]) {
        const d = gen.rt.backoffDelay(retry, { baseDelayMs: 200, maxDelayMs: 5000, random: () => r });
        const cap = Math.min(5000, 200 * 2 ** (retry - 1));
        expect(d).toBeGreaterThanOrEqual(cap / 2);
        expect(d).toBeLessThanOrEqual(cap);
      }
    }
  });

  it('statuses that are not transient (400, 401, 403, 404) are not retried', async () => {
    const server = await serverP;
    for (const status of [400, 401, 403, 404]) {
      server.reply({ status, body: { error_code: `FSS.0${status}`, error_msg: 'no' } }, ok);
      const err = await new gen.FunctionGraphClient({ baseUrl: server.url, retry: fakeSleep() }).updateFunctionCode(CODE.input).catch((e: unknown) => e);
      expect(err).toMatchObject({ status, attempts: 1 });
      expect(server.requests).toHaveLength(1);
    }
  });

  it('POST is never retried by default: one request, the 503 thrown', async () => {
    const server = await serverP;
    server.reply({ status: 503, headers: { 'retry-after': '0' }, body: { error_code: 'FSS.0503', error_msg: 'busy' } }, ok);
    const { delays, sleep } = fakeSleep();
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep, maxRetries: 5 } }).createFunction(CREATE.input).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ApiError', status: 503, operationId: 'CreateFunction', attempts: 1 });
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('POST is never retried after a network error either', async () => {
    const server = await serverP;
    server.reply({ destroy: true }, ok);
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url, retry: fakeSleep() }).createFunction(CREATE.input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it('POST is retried when the caller opts in, per call or per client', async () => {
    const server = await serverP;
    server.reply({ status: 503, body: {} }, ok);
    const { delays, sleep } = fakeSleep();
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep } });
    expect((await client.createFunction(CREATE.input, { retry: { retryNonIdempotent: true } })).status).toBe(200);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(delays).toHaveLength(1);

    server.reply({ status: 429, body: {} }, ok);
    const optedIn = new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep, retryNonIdempotent: true } });
    expect((await optedIn.createFunction(CREATE.input)).status).toBe(200);
    expect(server.requests).toHaveLength(2);
    // ...and a call can still turn retrying off.
    server.reply({ status: 429, body: {} }, ok);
    await expect(optedIn.createFunction(CREATE.input, { retry: false })).rejects.toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(1);
  });

  it('PUT is retried after a dropped connection', async () => {
    const server = await serverP;
    server.reply({ destroy: true }, ok);
    const { delays, sleep } = fakeSleep();
    const result = await new gen.FunctionGraphClient({ baseUrl: server.url, retry: { sleep } }).updateFunctionCode(CODE.input);
    expect(result.status).toBe(200);
    expect(server.requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('retry: false and maxRetries: 0 never retry', async () => {
    const server = await serverP;
    for (const retry of [false, { maxRetries: 0 }] as const) {
      server.reply({ status: 503, body: {} }, ok);
      await expect(new gen.FunctionGraphClient({ baseUrl: server.url, retry }).updateFunctionCode(CODE.input)).rejects.toMatchObject({ status: 503, attempts: 1 });
      expect(server.requests).toHaveLength(1);
    }
  });

  it('every attempt is signed again: a new X-Sdk-Date, each signature valid for its own request', async () => {
    const server = await serverP;
    server.reply({ status: 503, body: {} }, { status: 502, body: {} }, ok);
    const dates = [new Date('2024-03-01T00:00:00Z'), new Date('2024-03-01T00:00:07Z'), new Date('2024-03-01T00:00:31Z')];
    let tick = 0;
    const auth = gen.rt.huaweiAkSk({ ak: 'AK-RETRY', sk: 'SK-RETRY-secret', projectId: PROJECT_ID, now: () => dates[tick++]! });
    const result = await new gen.FunctionGraphClient({ baseUrl: server.url, auth, retry: fakeSleep() }).updateFunctionConfig(CONFIG.input);
    expect(result.status).toBe(200);
    expect(server.requests.map((r) => r.headers['x-sdk-date'])).toEqual(['20240301T000000Z', '20240301T000007Z', '20240301T000031Z']);
    const signatures = new Set(server.requests.map((r) => r.headers.authorization));
    expect(signatures.size).toBe(3);
    // Each as the official signer computes it for what was received.
    for (const r of server.requests) {
      const headers = { 'content-type': r.headers['content-type'] as string, 'X-Project-Id': PROJECT_ID, 'X-Sdk-Date': r.headers['x-sdk-date'] as string };
      const official = AKSKSigner.sign(
        { method: r.method, endpoint: server.url + r.url, headers, queryParams: {}, data: JSON.parse(r.body) },
        new core.BasicCredentials().withAk('AK-RETRY').withSk('SK-RETRY-secret'),
      );
      expect(r.headers.authorization).toBe(official.Authorization);
    }
  });

  it('Alibaba: every attempt gets its own x-acs-date and nonce', async () => {
    const server = await serverP;
    server.reply({ status: 500, body: { errorCode: 'InternalError' } }, ok);
    const auth = gen.rt.aliyunAcs3({ accessKeyId: 'id', accessKeySecret: 'secret-value', version: '2021-04-06' });
    await new gen.Fc20210406Client({ baseUrl: server.url, auth, retry: fakeSleep() }).updateFunction(ALIYUN_CALL.input);
    const [a, b] = server.requests;
    expect(a!.headers['x-acs-signature-nonce']).not.toBe(b!.headers['x-acs-signature-nonce']);
    expect(a!.headers.authorization).not.toBe(b!.headers.authorization);
  });

  it('the default sleep really waits', async () => {
    const server = await serverP;
    server.reply({ status: 503, headers: { 'retry-after': '0.2' }, body: {} }, ok);
    const started = Date.now();
    await new gen.FunctionGraphClient({ baseUrl: server.url }).updateFunctionCode(CODE.input);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('timeouts', () => {
  it('a slow answer is a TimeoutError (per client), not a NetworkError', async () => {
    const server = await serverP;
    server.reply({ ...ok, delayMs: 2000 });
    const started = Date.now();
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url, timeoutMs: 100 }).updateFunctionCode(CODE.input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.TimeoutError);
    expect(err).not.toBeInstanceOf(gen.rt.NetworkError);
    expect(err).toMatchObject({ name: 'TimeoutError', operationId: 'UpdateFunctionCode', timeoutMs: 100, attempts: 1 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(server.requests).toHaveLength(1); // timeouts are not retried unless asked
  });

  it('the per-call timeout overrides the client one', async () => {
    const server = await serverP;
    server.reply({ ...ok, delayMs: 300 });
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, timeoutMs: 50 });
    expect((await client.updateFunctionCode(CODE.input, { timeoutMs: 5000 })).status).toBe(200);
    server.reply({ ...ok, delayMs: 2000 });
    await expect(new gen.FunctionGraphClient({ baseUrl: server.url }).updateFunctionCode(CODE.input, { timeoutMs: 60 })).rejects.toMatchObject({
      name: 'TimeoutError',
      timeoutMs: 60,
    });
  });

  it('retryTimeouts: each attempt has its own time limit', async () => {
    const server = await serverP;
    server.reply({ ...ok, delayMs: 2000 }, ok);
    const result = await new gen.FunctionGraphClient({ baseUrl: server.url, timeoutMs: 100, retry: { ...fakeSleep(), retryTimeouts: true } }).updateFunctionCode(CODE.input);
    expect(result.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });
});

describe('aborts', () => {
  it('aborting in flight rejects with the AbortError, not a timeout or network error', async () => {
    const server = await serverP;
    server.reply({ ...ok, delayMs: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url, timeoutMs: 5000 }).updateFunctionCode(CODE.input, { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AbortError' });
    expect(err).not.toBeInstanceOf(gen.rt.TimeoutError);
    expect(err).not.toBeInstanceOf(gen.rt.NetworkError);
  });

  it('an already aborted signal sends nothing; the reason given is what is thrown', async () => {
    const server = await serverP;
    const reason = new Error('user cancelled');
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url }).updateFunctionCode(CODE.input, { signal: AbortSignal.abort(reason) }).catch((e: unknown) => e);
    expect(err).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it('aborting during the backoff wait stops the retries at once', async () => {
    const server = await serverP;
    server.reply({ status: 503, headers: { 'retry-after': '20' }, body: {} }, ok);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url }).updateFunctionCode(CODE.input, { signal: controller.signal }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });
});
