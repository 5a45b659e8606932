/**
 * "Safe with a stranger's input", redirects: the transport follows them itself. A header an `Auth` set
 * never goes to another origin (scheme, host and port), a same-origin hop is signed again for its own
 * method, path and body, 303 becomes a GET without a body, 307/308 keep both, and a chain is capped.
 * Two loopback servers on different ports are two origins.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth, OutgoingRequest } from '../../runtime/index.js';
import { startRawServer, type RawServer } from '../runtime/helpers/hostile.js';
import { ALIYUN_CALL, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from '../runtime/helpers/load.js';
import type { Recorded } from '../runtime/helpers/server.js';

const TOKEN = 'MIIZkgYJ+KoZIhvcNAQcC/oIIZgzCCGX8=CAQExDTALBglghkgBZQ';
const HW = { ak: 'HPUAXQ7ZJ3KD4EXAMPLE', sk: 'Hw+SecretAccessKey/0123456789abcdefghij=', securityToken: 'gQpjbi1ub3J0aC00+LXNlY3VyaXR5/dG9rZW4=' };
const ALI = { accessKeyId: 'LTAI5tQExampleKeyId9XyZ', accessKeySecret: 'Aliyun+AccessKeySecret/9876543210zyxwv=', securityToken: 'CAIS+aliyun/sts=token-1q6Ft5B2yfSjIr5bN3fP' };
const API_KEY = 'sk_live+ApiKey/0123456789abcdef=.xyz';
const NOW = new Date('2024-05-01T10:00:00Z');

let gen: Loaded;
/** What the next requests to each server get: a function of the request and its index. */
type Script = (req: Recorded, i: number) => { status: number; headers?: Record<string, string>; body?: string };
let scriptA: Script = () => ({ status: 200, body: '{}' });
let scriptB: Script = () => ({ status: 200, body: '{}' });
let a: RawServer;
let b: RawServer;
const serve = (which: 'a' | 'b') => (req: Recorded, res: ServerResponse) => {
  const server = which === 'a' ? a : b;
  const { status, headers, body } = (which === 'a' ? scriptA : scriptB)(req, server.requests.length - 1);
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body ?? '{}');
};

beforeAll(async () => {
  gen = await loadGenerated();
  a = await startRawServer(serve('a'));
  b = await startRawServer(serve('b'));
});
afterAll(async () => {
  await a.close();
  await b.close();
});
const reset = (sa: Script, sb: Script = () => ({ status: 200, body: '{"func_name":"b"}' })): void => {
  scriptA = sa;
  scriptB = sb;
  a.requests.length = 0;
  b.requests.length = 0;
};

interface AuthCase {
  name: string;
  vendor: 'huawei' | 'aliyun';
  auth: () => Auth;
  secrets: string[];
  /** Headers this auth sets (lower-case). */
  sets: string[];
}
const CASES: AuthCase[] = [
  { name: 'Huawei IAM token', vendor: 'huawei', auth: () => gen.rt.huaweiIamToken(TOKEN), secrets: [TOKEN], sets: ['x-auth-token'] },
  {
    name: 'Huawei AK/SK + security token',
    vendor: 'huawei',
    auth: () => gen.rt.huaweiAkSk({ ...HW, projectId: PROJECT_ID, now: () => NOW }),
    secrets: [HW.sk, HW.securityToken],
    sets: ['authorization', 'x-security-token', 'x-sdk-date', 'x-project-id'],
  },
  {
    name: 'Alibaba ACS3 + STS',
    vendor: 'aliyun',
    auth: () => gen.rt.aliyunAcs3({ ...ALI, version: '2021-04-06', now: () => NOW, nonce: () => 'nonce-1' }),
    secrets: [ALI.accessKeySecret, ALI.securityToken],
    sets: ['authorization', 'x-acs-security-token', 'x-acs-accesskey-id', 'x-acs-signature-nonce', 'x-acs-date', 'x-acs-content-sha256'],
  },
  { name: 'API key (headerToken X-Custom-Key)', vendor: 'huawei', auth: () => gen.rt.headerToken('X-Custom-Key', API_KEY), secrets: [API_KEY], sets: ['x-custom-key'] },
  { name: 'bearer token', vendor: 'huawei', auth: () => gen.rt.bearerToken(TOKEN), secrets: [TOKEN], sets: ['authorization'] },
];

function call(c: AuthCase, baseUrl: string, options: Record<string, unknown> = {}): Promise<{ status: number; data: unknown }> {
  const all = { baseUrl, auth: c.auth(), retry: false as const, ...options };
  return c.vendor === 'huawei' ? new gen.FunctionGraphClient(all).updateFunctionConfig(HUAWEI_CALLS[1].input) : new gen.Fc20210406Client(all).updateFunction(ALIYUN_CALL.input);
}
const sentBody = (c: AuthCase): string => JSON.stringify(c.vendor === 'huawei' ? HUAWEI_CALLS[1].input.body : ALIYUN_CALL.input.body);

/** What the auth would write for `req` as it arrived (its own method, path, query and body). */
async function expectedAuthorization(c: AuthCase, req: Recorded, origin: string): Promise<string> {
  const signedNames = /SignedHeaders=([^,\s]+)/.exec(String(req.headers.authorization))![1]!.split(';');
  const headers = new Headers();
  for (const name of signedNames) if (name !== 'host') headers.set(name, String(req.headers[name]));
  const request: OutgoingRequest = { method: req.method, url: new URL(req.url, origin), headers, body: req.body, operationId: 'UpdateFunction', attempt: 1 };
  return c.vendor === 'huawei'
    ? gen.rt.signHuaweiRequest(request, { ...HW, projectId: PROJECT_ID, now: () => NOW })
    : gen.rt.signAliyunRequest(request, { ...ALI, version: '2021-04-06', now: () => NOW, nonce: () => 'nonce-1' });
}

describe('cross-origin redirects', () => {
  // The bearer token is left to the next test: fetch already dropped Authorization across origins.
  for (const c of CASES.filter((x) => x.name !== 'bearer token')) {
    // Before: fetch followed with `redirect: 'follow'`, which drops only Authorization: X-Auth-Token,
    // X-Security-Token, x-acs-security-token and X-Custom-Key went to the other origin, the body too.
    it(`${c.name}: 307 to another origin re-sends method and body there, and nothing the auth set`, async () => {
      reset(() => ({ status: 307, headers: { location: `${b.url}/elsewhere?x=1` } }));
      const result = await call(c, a.url);
      expect(result).toMatchObject({ status: 200, data: { func_name: 'b' } });
      expect(a.requests).toHaveLength(1);
      expect(b.requests).toHaveLength(1);
      const there = b.requests[0]!;
      expect(there).toMatchObject({ method: 'PUT', url: '/elsewhere?x=1', body: sentBody(c) });
      for (const name of [...c.sets, 'authorization', 'x-auth-token', 'x-security-token', 'x-acs-security-token', 'x-custom-key'])
        expect(there.headers[name], name).toBeUndefined();
      const everything = JSON.stringify(there);
      for (const s of c.secrets) expect(everything.includes(s)).toBe(false);
    });
  }

  // Before: after A → B (Authorization dropped by fetch), B → A came back with X-Auth-Token still on.
  it('leaving the origin is for good: a redirect back is not signed again', async () => {
    for (const c of CASES) {
      reset(
        (_req, i) => (i === 0 ? { status: 302, headers: { location: `${b.url}/away` } } : { status: 200, body: '{}' }),
        () => ({ status: 308, headers: { location: `${a.url}/back` } }),
      );
      await call(c, a.url);
      expect(a.requests, c.name).toHaveLength(2);
      const back = a.requests[1]!;
      expect(back.url).toBe('/back');
      for (const name of c.sets) expect(back.headers[name], `${c.name}: ${name}`).toBeUndefined();
      for (const s of c.secrets) expect(JSON.stringify(back).includes(s), c.name).toBe(false);
    }
  });
});

describe('same-origin redirects', () => {
  // Before: fetch re-sent the first request's signed headers, so the second hop carried a signature
  // for the first hop's method and path (the server rejects it); a 303 kept the PUT's signature on a GET.
  for (const c of CASES.filter((x) => x.sets.includes('authorization') && !x.name.startsWith('bearer'))) {
    it(`${c.name}: each hop is signed again; 307/308 keep method and body, 303 is a GET without a body`, async () => {
      for (const [status, method, withBody] of [
        [307, 'PUT', true],
        [308, 'PUT', true],
        [303, 'GET', false],
        [301, 'PUT', true],
      ] as const) {
        reset((_req, i) => (i === 0 ? { status, headers: { location: `/moved/${status}?q=a%20b` } } : { status: 200, body: '{"ok":true}' }));
        await expect(call(c, a.url)).resolves.toMatchObject({ status: 200, data: { ok: true } });
        expect(a.requests, `${status}`).toHaveLength(2);
        const hop = a.requests[1]!;
        expect(hop).toMatchObject({ method, url: `/moved/${status}?q=a%20b`, body: withBody ? sentBody(c) : '' });
        if (!withBody) expect(hop.headers['content-type']).toBeUndefined();
        expect(hop.headers.authorization).toBe(await expectedAuthorization(c, hop, a.origin));
        expect(hop.headers.authorization).not.toBe(a.requests[0]!.headers.authorization);
      }
    });
  }

  it('POST answered 302 becomes a GET without a body, signed for it', async () => {
    const c = CASES[1]!;
    reset((_req, i) => (i === 0 ? { status: 302, headers: { location: '/created' } } : { status: 200, body: '{}' }));
    await new gen.FunctionGraphClient({ baseUrl: a.url, auth: c.auth(), retry: false }).createFunction(HUAWEI_CALLS[0].input);
    const hop = a.requests[1]!;
    expect(hop).toMatchObject({ method: 'GET', url: '/created', body: '' });
    expect(hop.headers.authorization).toBe(await expectedAuthorization(c, hop, a.origin));
  });
});

describe('redirects that are not followed', () => {
  // Before: fetch followed 20 hops and failed with a NetworkError ("redirect count exceeded").
  it('a loop ends in a RedirectError after maxRedirects (default 5); maxRedirects: 0 follows none', async () => {
    reset((req) => ({ status: 302, headers: { location: `/loop${req.url.length}` } }));
    const err = await call(CASES[0]!, a.url).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.RedirectError);
    expect(err).toMatchObject({ name: 'RedirectError', status: 302, attempts: 1 });
    expect(a.requests).toHaveLength(6);

    reset(() => ({ status: 301, headers: { location: '/x' } }));
    await expect(call(CASES[0]!, a.url, { maxRedirects: 0 })).rejects.toBeInstanceOf(gen.rt.RedirectError);
    expect(a.requests).toHaveLength(1);
  });

  // Before: a NetworkError from fetch, or (unparsable) a TypeError in its cause.
  it('a Location that is not http(s) or does not parse is a RedirectError; nothing is sent there', async () => {
    for (const location of ['file:///etc/passwd', 'data:text/plain,hi', 'http://[::1', 'javascript:alert(1)']) {
      reset(() => ({ status: 302, headers: { location } }));
      const err = await call(CASES[0]!, a.url).catch((e: unknown) => e);
      expect(err, location).toBeInstanceOf(gen.rt.RedirectError);
      expect(a.requests).toHaveLength(1);
    }
  });

  // Before: no `redirect` option was passed (the browser followed blind), and an opaque answer was an ApiError with status 0.
  it("fetch is asked for redirect: 'manual'; a browser's opaque redirect is a RedirectError, not followed blind", async () => {
    const inits: RequestInit[] = [];
    const opaque = (async (_url: string, init: RequestInit) => {
      inits.push(init);
      return { type: 'opaqueredirect', status: 0, ok: false, redirected: false, statusText: '', headers: new Headers(), body: null, url: '' } as unknown as Response;
    }) as unknown as typeof fetch;
    const err = await call(CASES[0]!, 'https://api.example.com', { fetch: opaque }).catch((e: unknown) => e);
    expect(inits.map((i) => i.redirect)).toEqual(['manual']);
    expect(err).toBeInstanceOf(gen.rt.RedirectError);
  });
});
