/**
 * No error may ever show a credential. Every kind of error the clients throw is produced with each
 * kind of auth, in the worst case (the server echoes the request headers back, a custom fetch puts
 * them in its error), and its message, stack, String(), JSON and util.inspect output (hidden
 * properties and the whole cause chain included) are searched for the IAM token, the SK, the
 * AccessKey secret, the STS tokens and every Authorization value that went on the wire.
 */
import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Auth } from '../../runtime/index.js';
import { ALIYUN_CALL, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from './helpers/load.js';
import { closedPortUrl, useServer, type Recorded } from './helpers/server.js';

const IAM_TOKEN = 'MIIZkgYJKoZIhvcNAQcCoIIZgzCCGX8CAQExDTALBglghkgBZQMEAgEwgheoBgkqhkiG9w0BBwGggheZBIIXlXsidG9rZW4iOnsiZXhwaXJlc19hdCI6IjIwMjQtMDEtMDJUMDM6MDQ6MDUuMDAwMDAwWiJ9fQ';
const HW_SK = 'HwSecretAccessKey0123456789abcdefghijklmn';
const HW_STS = 'hw-sts-security-token-gQpjbi1ub3J0aC00LXNlY3VyaXR5';
const ALI_SECRET = 'AliyunAccessKeySecret9876543210zyxwv';
const ALI_STS = 'CAIS-aliyun-sts-token-1q6Ft5B2yfSjIr5bN3fP';
const SECRETS = [IAM_TOKEN, HW_SK, HW_STS, ALI_SECRET, ALI_STS];

const serverP = useServer();
let gen: Loaded;
beforeAll(async () => {
  gen = await loadGenerated();
});

/** Everything a person or a log could see of an error. */
function renderings(err: unknown): Record<string, string> {
  const e = err as Error;
  return {
    message: String(e.message),
    stack: String(e.stack),
    string: String(e),
    json: JSON.stringify(e) ?? '',
    inspect: inspect(e),
    inspectDeep: inspect(e, { depth: Infinity, showHidden: true, getters: true }),
    causeInspect: inspect((e as { cause?: unknown }).cause, { depth: Infinity, showHidden: true }),
  };
}

/** Credentials and signatures seen on the wire, beside the known secrets. */
function wireSecrets(requests: Recorded[]): string[] {
  const out: string[] = [];
  for (const r of requests) {
    for (const name of ['authorization', 'x-auth-token', 'x-security-token', 'x-acs-security-token']) {
      const v = r.headers[name];
      if (typeof v === 'string') out.push(v);
    }
    const sig = /Signature=([0-9a-f]{64})/.exec(String(r.headers.authorization ?? ''))?.[1];
    if (sig) out.push(sig);
  }
  return out;
}

function expectClean(err: unknown, secrets: string[], label: string): void {
  expect(err, label).toBeInstanceOf(Error);
  for (const [how, text] of Object.entries(renderings(err))) {
    for (const secret of secrets) expect(text.includes(secret), `${label}: ${how} shows a secret (${secret.slice(0, 12)}…)\n${text.slice(0, 2000)}`).toBe(false);
  }
}

type AuthCase = { name: string; auth: () => Auth; vendor: 'huawei' | 'aliyun' };
const AUTHS: AuthCase[] = [
  { name: 'Huawei IAM token', vendor: 'huawei', auth: () => gen.rt.huaweiIamToken(IAM_TOKEN) },
  { name: 'Huawei IAM token from a function', vendor: 'huawei', auth: () => gen.rt.huaweiIamToken(async () => IAM_TOKEN) },
  { name: 'Huawei AK/SK + security token', vendor: 'huawei', auth: () => gen.rt.huaweiAkSk({ ak: 'HWAKEXAMPLE', sk: HW_SK, projectId: PROJECT_ID, securityToken: HW_STS }) },
  {
    name: 'Alibaba ACS3 + STS',
    vendor: 'aliyun',
    auth: () => gen.rt.aliyunAcs3({ accessKeyId: 'LTAIEXAMPLE', accessKeySecret: ALI_SECRET, securityToken: ALI_STS, version: '2021-04-06' }),
  },
];

/** The server puts every request header it got into its answers: the worst case of a chatty gateway. */
const echo = (status: number) => (req: Recorded) => ({
  status,
  headers: { 'x-request-id': 'echo-1', 'x-echo-authorization': String(req.headers.authorization ?? req.headers['x-auth-token'] ?? '') },
  body: {
    error_code: 'FSS.0401',
    error_msg: `rejected ${String(req.headers.authorization ?? req.headers['x-auth-token'])}`,
    errorCode: 'X',
    errorMessage: JSON.stringify(req.headers),
    request: { headers: req.headers },
  },
});

describe('no secret in any error', () => {
  for (const a of AUTHS) {
    it(`${a.name}: ApiError, NetworkError (two ways), TimeoutError, ValidationFailedError (request, response), retried errors`, async () => {
      const server = await serverP;
      const errors: Array<[string, unknown]> = [];
      const make = (options: Record<string, unknown>) =>
        a.vendor === 'huawei'
          ? (((input: unknown, call?: object) => new gen.FunctionGraphClient({ baseUrl: server.url, auth: a.auth(), ...options }).updateFunctionConfig(input, call)) as (
              input: unknown,
              call?: object,
            ) => Promise<unknown>)
          : (((input: unknown, call?: object) => new gen.Fc20210406Client({ baseUrl: server.url, auth: a.auth(), ...options }).updateFunction(input, call)) as (
              input: unknown,
              call?: object,
            ) => Promise<unknown>);
      const input = a.vendor === 'huawei' ? HUAWEI_CALLS[1].input : ALIYUN_CALL.input;
      const badInput = a.vendor === 'huawei' ? { ...input, body: { ...HUAWEI_CALLS[1].input.body, memory_size: 1 } } : { ...input, body: { memorySize: 1 } };
      const seen: Recorded[] = [];
      const capture = async (label: string, p: Promise<unknown>) => {
        const err = await p.then(
          () => new Error(`${label}: resolved`),
          (e: unknown) => e,
        );
        seen.push(...server.requests);
        errors.push([label, err]);
      };

      for (const status of [400, 401, 403, 404, 429, 500, 503]) {
        server.reply(echo(status));
        await capture(`ApiError ${status}`, make({ retry: false })(input));
      }
      server.reply(echo(503));
      await capture('ApiError after retries', make({ retry: { maxRetries: 2, sleep: async () => {} } })(input));

      // A fetch wrapper that throws with the request inside: in its message, in a property, in its cause.
      const leakyFetch = (async (url: string, init: RequestInit) => {
        const headers = Object.fromEntries(new Headers(init.headers));
        const inner = Object.assign(new Error(`socket hang up; headers were ${JSON.stringify(headers)}`), { code: 'ECONNRESET', headers, config: { url, headers } });
        throw Object.assign(new TypeError(`fetch failed for ${url} with ${headers.authorization ?? headers['x-auth-token']}`, { cause: inner }), { request: { headers } });
      }) as unknown as typeof fetch;
      await capture('NetworkError (leaky fetch)', make({ fetch: leakyFetch, retry: false })(input));
      await capture('NetworkError (leaky fetch, retried)', make({ fetch: leakyFetch, retry: { sleep: async () => {} } })(input));
      const closed = await closedPortUrl();
      await capture(
        'NetworkError (refused)',
        a.vendor === 'huawei'
          ? new gen.FunctionGraphClient({ baseUrl: closed, auth: a.auth(), retry: false }).updateFunctionConfig(input)
          : new gen.Fc20210406Client({ baseUrl: closed, auth: a.auth(), retry: false }).updateFunction(input),
      );

      server.reply({ status: 200, body: {}, delayMs: 1000 });
      await capture('TimeoutError', make({ timeoutMs: 50, retry: false })(input));

      await capture('ValidationFailedError (request)', make({ validateRequests: true })(badInput));
      server.reply((req) => ({
        status: 200,
        body: { func_name: 7, memory_size: req.headers.authorization ?? req.headers['x-auth-token'], functionName: 7, description: JSON.stringify(req.headers) },
      }));
      await capture('ValidationFailedError (response)', make({ validateResponses: true })(input));

      const secrets = [...SECRETS, ...wireSecrets(seen)];
      expect(secrets.length).toBeGreaterThan(SECRETS.length); // the wire did carry credentials
      expect(errors.map(([label]) => label)).toHaveLength(14);
      for (const [label, err] of errors) expectClean(err, secrets, `${a.name} / ${label}`);

      // Still useful: the kinds, the request that failed (credentials masked), the vendor fields.
      const byLabel = new Map(errors);
      expect(byLabel.get('ApiError 401')).toMatchObject({ name: 'ApiError', status: 401, requestId: 'echo-1', request: { method: 'PUT', headers: expect.any(Object) } });
      const summary = (byLabel.get('ApiError 401') as { request: { headers: Record<string, string> } }).request.headers;
      expect(summary[a.name.startsWith('Huawei IAM') ? 'x-auth-token' : 'authorization']).toBe('[REDACTED]');
      expect(byLabel.get('ApiError after retries')).toMatchObject({ attempts: 3 });
      expect(byLabel.get('NetworkError (leaky fetch)')).toBeInstanceOf(gen.rt.NetworkError);
      expect(byLabel.get('NetworkError (leaky fetch)')).toMatchObject({ cause: { name: 'TypeError', cause: { code: 'ECONNRESET' } } });
      expect((byLabel.get('NetworkError (leaky fetch)') as Error).message).toContain('[REDACTED]');
      expect(byLabel.get('NetworkError (refused)')).toBeInstanceOf(gen.rt.NetworkError);
      expect(byLabel.get('TimeoutError')).toBeInstanceOf(gen.rt.TimeoutError);
      expect(byLabel.get('ValidationFailedError (request)')).toMatchObject({ direction: 'request' });
      expect(byLabel.get('ValidationFailedError (response)')).toMatchObject({ direction: 'response', value: { func_name: 7 } });
    });
  }

  it('auth objects and clients do not show their secrets either', () => {
    const things = [
      gen.rt.huaweiAkSk({ ak: 'AK', sk: HW_SK, securityToken: HW_STS }),
      gen.rt.aliyunAcs3({ accessKeyId: 'AK', accessKeySecret: ALI_SECRET, securityToken: ALI_STS }),
      gen.rt.huaweiIamToken(IAM_TOKEN),
      new gen.FunctionGraphClient({ auth: gen.rt.huaweiAkSk({ ak: 'AK', sk: HW_SK }), headers: {} }),
      new gen.Fc20210406Client({ auth: gen.rt.aliyunAcs3({ accessKeyId: 'AK', accessKeySecret: ALI_SECRET }) }),
    ];
    for (const thing of things) {
      for (const text of [inspect(thing, { depth: Infinity, showHidden: true }), JSON.stringify(thing) ?? '', String(thing)]) {
        for (const secret of SECRETS) expect(text.includes(secret), text).toBe(false);
      }
    }
  });
});
