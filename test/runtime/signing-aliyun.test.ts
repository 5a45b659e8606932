/**
 * Alibaba ACS3-HMAC-SHA256 signing against the official SDK as the oracle: the same request, keys,
 * clock and nonce go once through @alicloud/fc-open20210406 (→ @alicloud/openapi-client doRequest →
 * @alicloud/openapi-util getAuthorization, to the loopback server) and once through the generated
 * client with `aliyunAcs3`; the signed headers that reach the server must be byte-identical. Further
 * cases call `OpenApiUtil.getAuthorization` directly.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALIYUN_CALL, loadGenerated, updateFunctionBody, type Loaded } from './helpers/load.js';
import { useServer, type Recorded } from './helpers/server.js';

const require = createRequire(import.meta.url);
const FC = require('@alicloud/fc-open20210406') as any;
const OpenApi = require('@alicloud/openapi-client') as any;
// Resolved as openapi-client resolves them: it pins its own tea-util, whose getNonce doRequest calls.
const fromClient = (name: string): any => require(require.resolve(name, { paths: [dirname(require.resolve('@alicloud/openapi-client'))] })).default;
const OpenApiUtil = fromClient('@alicloud/openapi-util');
const teaUtil = fromClient('@alicloud/tea-util');

const AK_ID = 'LTAI5tEXAMPLEaccessKeyId';
const AK_SECRET = 'ExampleAccessKeySecret0123456789abcdef';
const STS_TOKEN = 'CAIS8gF1q6Ft5B2yfSjIr5bexample-sts-security-token==';
const CLOCKS = [new Date('2024-01-02T03:04:05Z'), new Date('2025-06-30T23:59:59Z'), new Date('2023-12-31T00:00:00Z'), new Date('2024-02-29T12:00:00Z')];
const NONCES = ['3f1e9a0c7b2d4e5f8a6b1c0d9e8f7a6b', 'nonce-with-dashes-0001', '00000000000000000000000000000000', 'b0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5'];

const serverP = useServer();
let gen: Loaded;
const realGetNonce = teaUtil.getNonce;
beforeAll(async () => {
  gen = await loadGenerated();
});
afterEach(() => {
  vi.useRealTimers();
  teaUtil.getNonce = realGetNonce;
});
afterAll(() => {
  teaUtil.getNonce = realGetNonce;
});

/** Runs `fn` with the SDK's clock frozen at `at` and its nonce fixed. */
async function fixed<T>(at: Date, nonce: string, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  teaUtil.getNonce = () => nonce;
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
    teaUtil.getNonce = realGetNonce;
  }
}

type Creds = { kind: 'config'; securityToken?: string } | { kind: 'custom' };

function sdkClient(server: { host: string }, creds: Creds): any {
  const config: Record<string, unknown> = { endpoint: server.host, protocol: 'http', regionId: 'cn-hangzhou' };
  if (creds.kind === 'config') Object.assign(config, { accessKeyId: AK_ID, accessKeySecret: AK_SECRET }, creds.securityToken ? { securityToken: creds.securityToken } : {});
  // A credential object of one's own: the SDK then sends no x-acs-credentials-provider.
  else config.credential = { getCredential: async () => ({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, securityToken: '', type: 'access_key', providerName: '' }) };
  return new FC.default(new OpenApi.Config(config));
}

async function capture(send: () => Promise<unknown>): Promise<Recorded> {
  const server = await serverP;
  server.reply({ status: 200, body: {} });
  await send();
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

/** Everything that is signed, plus what must match for the signature to mean the same request. */
function signedPart(r: Recorded): Record<string, unknown> {
  const out: Record<string, unknown> = {
    method: r.method,
    url: r.url,
    body: r.body,
    authorization: r.headers.authorization,
    host: r.headers.host,
    'content-type': r.headers['content-type'],
  };
  for (const [k, v] of Object.entries(r.headers)) if (k.startsWith('x-acs-')) out[k] = v;
  return out;
}

describe('Alibaba ACS3-HMAC-SHA256 signature = official SDK (@alicloud/openapi-client + openapi-util)', () => {
  it('UpdateFunction with the SDK configured by AccessKey (x-acs-credentials-provider: static_ak)', async () => {
    const server = await serverP;
    const [at, nonce] = [CLOCKS[0]!, NONCES[0]!];
    const official = await capture(() =>
      fixed(at, nonce, () => sdkClient(server, { kind: 'config' }).updateFunction('demo-service', 'demo-function', new FC.UpdateFunctionRequest(updateFunctionBody))),
    );
    const client = new gen.Fc20210406Client({
      baseUrl: server.url,
      auth: gen.rt.aliyunAcs3({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, now: () => at, nonce: () => nonce, version: '2021-04-06', credentialsProvider: 'static_ak' }),
      retry: false,
    });
    const ours = await capture(() => client.updateFunction(ALIYUN_CALL.input));
    expect(official.headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAI5tEXAMPLEaccessKeyId,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
    );
    expect(signedPart(ours)).toEqual(signedPart(official));
  });

  it('UpdateFunction with the SDK given a credential object (no provider header), default options', async () => {
    const server = await serverP;
    const [at, nonce] = [CLOCKS[1]!, NONCES[1]!];
    const official = await capture(() =>
      fixed(at, nonce, () => sdkClient(server, { kind: 'custom' }).updateFunction('demo-service', 'demo-function', new FC.UpdateFunctionRequest(updateFunctionBody))),
    );
    const client = new gen.Fc20210406Client({
      baseUrl: server.url,
      auth: gen.rt.aliyunAcs3({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, now: () => at, nonce: () => nonce, version: '2021-04-06' }),
      retry: false,
    });
    const ours = await capture(() => client.updateFunction(ALIYUN_CALL.input));
    expect(official.headers['x-acs-credentials-provider']).toBeUndefined();
    expect(signedPart(ours)).toEqual(signedPart(official));
  });

  it('UpdateFunction with an STS token (x-acs-security-token, x-acs-accesskey-id)', async () => {
    const server = await serverP;
    const [at, nonce] = [CLOCKS[2]!, NONCES[2]!];
    const official = await capture(() =>
      fixed(at, nonce, () =>
        sdkClient(server, { kind: 'config', securityToken: STS_TOKEN }).updateFunction('demo-service', 'demo-function', new FC.UpdateFunctionRequest(updateFunctionBody)),
      ),
    );
    const provider = official.headers['x-acs-credentials-provider'] as string | undefined;
    const client = new gen.Fc20210406Client({
      baseUrl: server.url,
      auth: gen.rt.aliyunAcs3({
        accessKeyId: AK_ID,
        accessKeySecret: AK_SECRET,
        securityToken: STS_TOKEN,
        now: () => at,
        nonce: () => nonce,
        version: '2021-04-06',
        ...(provider ? { credentialsProvider: provider } : {}),
      }),
      retry: false,
    });
    const ours = await capture(() => client.updateFunction(ALIYUN_CALL.input));
    expect(official.headers['x-acs-security-token']).toBe(STS_TOKEN);
    expect(official.headers['x-acs-accesskey-id']).toBe(AK_ID);
    expect(signedPart(ours)).toEqual(signedPart(official));
  });

  it('a request with a query string (ListFunctions through the generated runtime)', async () => {
    const server = await serverP;
    const [at, nonce] = [CLOCKS[3]!, NONCES[3]!];
    const official = await capture(() =>
      fixed(at, nonce, () =>
        sdkClient(server, { kind: 'custom' }).listFunctions(
          'demo-service',
          new FC.ListFunctionsRequest({ limit: 20, nextToken: 'tok/en+=', prefix: 'my fn*', qualifier: 'LATEST' }),
        ),
      ),
    );
    const listFunctions = { operationId: 'ListFunctions', method: 'GET', path: '/2021-04-06/services/{serviceName}/functions', headerParams: [], apiVersion: '2021-04-06' };
    const ours = await capture(() =>
      gen.rt.send(
        { baseUrl: server.url, auth: gen.rt.aliyunAcs3({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, now: () => at, nonce: () => nonce }), retry: false },
        'https://unused.example',
        listFunctions,
        { path: { serviceName: 'demo-service' }, query: { limit: 20, nextToken: 'tok/en+=', prefix: 'my fn*', qualifier: 'LATEST' } },
      ),
    );
    expect(signedPart(ours).authorization).toBe(signedPart(official).authorization);
    // The signature covers the decoded query; the wire form may differ only in escaping the server decodes alike.
    const decoded = (r: Recorded): string[] => [...new URL(r.url, 'http://x').searchParams].map(([k, v]) => `${k}=${v}`).sort();
    expect(decoded(ours)).toEqual(decoded(official));
    expect({ ...signedPart(ours), url: undefined }).toEqual({ ...signedPart(official), url: undefined });
  });

  it('OpenApiUtil.getAuthorization itself, on requests with more headers and query shapes', async () => {
    const cases = [
      {
        method: 'POST',
        pathname: '/2021-04-06/services/s/functions/f/invocations',
        query: { qualifier: 'prod', 'x-weird key': 'a b&c=d' },
        headers: { 'x-acs-trace': ' padded ', 'x-fc-invocation-type': 'Async', 'content-type': 'application/octet-stream' },
        body: 'hello, function',
      },
      { method: 'DELETE', pathname: '/2021-04-06/services/s-1/functions/f_2', query: {}, headers: { 'x-acs-security-token': STS_TOKEN, 'x-acs-accesskey-id': AK_ID }, body: '' },
      { method: 'GET', pathname: '/2021-04-06/services', query: { limit: '100', prefix: 'ünï', startKey: '' }, headers: {}, body: '' },
    ];
    for (const [i, c] of cases.entries()) {
      const at = CLOCKS[i]!;
      const nonce = NONCES[i]!;
      const url = new URL(`https://123.cn-hangzhou.fc.aliyuncs.com${c.pathname}${gen.rt.buildQuery(c.query)}`);
      const request = { method: c.method, url, headers: new Headers(c.headers), body: c.body, operationId: `Case${i}`, attempt: 1, apiVersion: '2021-04-06' };
      const ours = await gen.rt.signAliyunRequest(request, { accessKeyId: AK_ID, accessKeySecret: AK_SECRET, now: () => at, nonce: () => nonce });
      // The SDK's request object: the same headers, as doRequest would hold them before signing.
      const headers: Record<string, string> = { host: url.host };
      request.headers.forEach((v, k) => {
        if (k !== 'authorization') headers[k] = v;
      });
      const payload = request.headers.get('x-acs-content-sha256')!;
      const official = OpenApiUtil.getAuthorization({ method: c.method, pathname: c.pathname, query: c.query, headers }, 'ACS3-HMAC-SHA256', payload, AK_ID, AK_SECRET);
      expect(ours, `case ${i}`).toBe(official);
      expect(payload).toBe(OpenApiUtil.hexEncode(OpenApiUtil.hash(Buffer.from(c.body), 'ACS3-HMAC-SHA256')));
      expect(request.headers.get('x-acs-date')).toBe(at.toISOString().replace(/\.000Z$/, 'Z'));
    }
  });
});
