/**
 * "Safe with a stranger's input", secrets: a probe of every error path the runtime has, with every kind
 * of auth, against a server (or a fetch) that echoes every credential in every encoding it could
 * (raw, URL-encoded, base64 at each alignment, JSON-escaped, as a JSON pointer) in every place it
 * could (request-id headers, JSON fields and keys, HTML pages, malformed JSON, Location headers,
 * error messages, causes). No rendering of the error (message, stack, String, JSON, util.inspect with
 * hidden properties, each cause down the chain) may show any of them.
 *
 * Table: PATHS (error paths) × the auth's secrets × ENCODINGS (test/runtime/helpers/hostile.ts).
 * Set PROBE_REPORT=1 to print the counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Auth, CallOptions, ClientOptions } from '../../runtime/index.js';
import { ENCODINGS, echoAll, renderings, startRawServer, type RawServer } from '../runtime/helpers/hostile.js';
import { ALIYUN_CALL, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from '../runtime/helpers/load.js';
import { useServer, type TestServer } from '../runtime/helpers/server.js';

const S = {
  iamToken: 'MIIZkgYJ+KoZIhvcNAQcC/oIIZgzCCGX8=CAQExDTALBglghkgBZQMEAgEw-gheo_Bgkq',
  hwAk: 'HPUAXQ7ZJ3KD4EXAMPLE',
  hwSk: 'Hw+SecretAccessKey/0123456789abcdefghij=',
  hwSts: 'gQpjbi1ub3J0aC00+LXNlY3VyaXR5/dG9rZW4tZXhhbXBsZQ==',
  aliAk: 'LTAI5tQExampleKeyId9XyZ',
  aliSecret: 'Aliyun+AccessKeySecret/9876543210zyxwv=',
  aliSts: 'CAIS+aliyun/sts=token-1q6Ft5B2yfSjIr5bN3fP~x',
  apiKey: 'sk_live+ApiKey/0123456789abcdef=.xyz',
};

interface AuthCase {
  name: string;
  vendor: 'huawei' | 'aliyun';
  secrets: string[];
  auth(): Auth;
  /** The same auth made with one credential followed by CR LF (each credential in turn). */
  broken(): Array<() => Auth>;
}

let gen: Loaded;
const CASES: AuthCase[] = [
  {
    name: 'Huawei IAM token',
    vendor: 'huawei',
    secrets: [S.iamToken],
    auth: () => gen.rt.huaweiIamToken(S.iamToken),
    broken: () => [() => gen.rt.huaweiIamToken(`${S.iamToken}\r\n`), () => gen.rt.huaweiIamToken(async () => `${S.iamToken}\nX-Evil: 1`)],
  },
  {
    name: 'Huawei AK/SK + security token',
    vendor: 'huawei',
    secrets: [S.hwAk, S.hwSk, S.hwSts],
    auth: () => gen.rt.huaweiAkSk({ ak: S.hwAk, sk: S.hwSk, projectId: PROJECT_ID, securityToken: S.hwSts }),
    broken: () => [
      () => gen.rt.huaweiAkSk({ ak: `${S.hwAk}\n`, sk: S.hwSk, securityToken: S.hwSts }),
      () => gen.rt.huaweiAkSk({ ak: S.hwAk, sk: `${S.hwSk}\r\n`, securityToken: S.hwSts }),
      () => gen.rt.huaweiAkSk({ ak: S.hwAk, sk: S.hwSk, securityToken: `${S.hwSts}\r\n` }),
    ],
  },
  {
    name: 'Alibaba ACS3 + STS',
    vendor: 'aliyun',
    secrets: [S.aliAk, S.aliSecret, S.aliSts],
    auth: () => gen.rt.aliyunAcs3({ accessKeyId: S.aliAk, accessKeySecret: S.aliSecret, securityToken: S.aliSts, version: '2021-04-06' }),
    broken: () => [
      () => gen.rt.aliyunAcs3({ accessKeyId: `${S.aliAk}\n`, accessKeySecret: S.aliSecret, securityToken: S.aliSts, version: '2021-04-06' }),
      () => gen.rt.aliyunAcs3({ accessKeyId: S.aliAk, accessKeySecret: `${S.aliSecret}\n`, securityToken: S.aliSts, version: '2021-04-06' }),
      () => gen.rt.aliyunAcs3({ accessKeyId: S.aliAk, accessKeySecret: S.aliSecret, securityToken: `${S.aliSts}\r\n`, version: '2021-04-06' }),
    ],
  },
  {
    name: 'API key header (headerToken X-Custom-Key)',
    vendor: 'huawei',
    secrets: [S.apiKey],
    auth: () => gen.rt.headerToken('X-Custom-Key', S.apiKey),
    broken: () => [() => gen.rt.headerToken('X-Custom-Key', `${S.apiKey}\r\n`), () => gen.rt.headerToken('X-Custom-Key', () => `\n${S.apiKey}`)],
  },
];

const serverP = useServer();
/** Answers by path prefix: /stall (headers, then nothing), /stream (a body that never ends), /loop and /badloc (redirects). */
let raw: RawServer;
let rawEcho = '';
beforeAll(async () => {
  gen = await loadGenerated();
  raw = await startRawServer((req, res) => {
    if (req.url.startsWith('/stall')) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': rawEcho });
      res.write(`{"echo":"${rawEcho}`);
    } else if (req.url.startsWith('/stream')) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': rawEcho });
      const timer = setInterval(() => res.write(`"${rawEcho}",`), 5);
      res.on('close', () => clearInterval(timer));
      res.write('[');
    } else if (req.url.startsWith('/loop')) {
      res.writeHead(302, { location: `/loop/${encodeURIComponent(rawEcho)}?e=${encodeURIComponent(rawEcho)}`, 'x-request-id': rawEcho }).end(rawEcho);
    } else {
      res.writeHead(301, { location: `http://[${rawEcho.split(' ')[0]}/x`, 'x-request-id': rawEcho }).end(rawEcho);
    }
  });
});
afterAll(() => raw.close());

interface Ctx {
  c: AuthCase;
  server: TestServer;
  echo: string;
  /** The echo as separate values (each encoding of each secret), for JSON keys. */
  forms: string[];
  call(options?: ClientOptions, call?: CallOptions): Promise<unknown>;
}

/** One error path: what the server (or fetch, or caller) does, and the call that must fail. */
interface Path {
  name: string;
  /** The error names it may end in. */
  ends: string[];
  run(ctx: Ctx): Promise<unknown[]>;
}

const RESOLVED = Symbol('resolved');
const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => RESOLVED,
    (e: unknown) => e,
  );
const one = async (p: Promise<unknown>): Promise<unknown[]> => [await failure(p)];
const noSleep = { sleep: async () => {} };

const PATHS: Path[] = [
  // Before: the request-id header went into ApiError.requestId and its message as it came.
  {
    name: 'ApiError 401, echo in the request-id headers',
    ends: ['ApiError'],
    run: ({ server, echo, call }) => (
      server.reply({ status: 401, headers: { 'x-request-id': echo, 'x-fc-request-id': echo, 'x-acs-request-id': echo }, body: {} }),
      one(call({ retry: false }))
    ),
  },
  {
    name: 'ApiError 400, echo in every JSON error field',
    ends: ['ApiError'],
    run: ({ server, echo, call }) => {
      const fields = ['error_code', 'error_msg', 'errorCode', 'errorMessage', 'Code', 'Message', 'RequestId', 'code', 'message', 'request_id'];
      server.reply({ status: 400, body: { ...Object.fromEntries(fields.map((f) => [f, echo])), nested: { list: [echo, { deeper: echo }] } } });
      return one(call({ retry: false }));
    },
  },
  {
    name: 'ApiError 404, echo as JSON keys',
    ends: ['ApiError'],
    run: ({ server, forms, call }) => (server.reply({ status: 404, body: { detail: Object.fromEntries(forms.map((f) => [f, 1])) } }), one(call({ retry: false }))),
  },
  {
    name: 'ApiError 502, echo in an HTML page',
    ends: ['ApiError'],
    run: ({ server, echo, call }) => (
      server.reply({ status: 502, headers: { 'content-type': 'text/html' }, body: `<html><body>bad gateway: ${echo}</body></html>` }),
      one(call({ retry: false }))
    ),
  },
  {
    name: 'ApiError 400, echo in malformed JSON',
    ends: ['ApiError'],
    run: ({ server, echo, call }) => (
      server.reply({ status: 400, headers: { 'content-type': 'application/json' }, body: `{"error_msg": "${echo}", ` }),
      one(call({ retry: false }))
    ),
  },
  {
    name: 'ApiError 503 after retries, echo everywhere',
    ends: ['ApiError'],
    run: ({ server, echo, call }) => (server.reply({ status: 503, headers: { 'x-request-id': echo }, body: { error_msg: echo, message: echo } }), one(call({ retry: noSleep }))),
  },
  // Before: a 2xx whose JSON does not parse resolved with the text (no error at all).
  {
    name: 'ResponseParseError: 200 with malformed JSON',
    ends: ['ResponseParseError'],
    run: ({ server, echo, call }) => (
      server.reply({ status: 200, headers: { 'content-type': `application/json; echo="${echo}"`, 'x-request-id': echo }, body: `{"func_name": ${echo}}` }),
      one(call())
    ),
  },
  // Before: there was no cap (the body was read whole and returned).
  {
    name: 'ResponseTooLargeError: echo, then more than maxResponseBytes',
    ends: ['ResponseTooLargeError'],
    run: ({ server, echo, call }) => (
      server.reply({ status: 200, headers: { 'x-request-id': echo }, body: { echo, pad: 'x'.repeat(70_000) } }),
      one(call({ maxResponseBytes: 65_536 } as ClientOptions))
    ),
  },
  // Before: issues (their path, message and params) were kept as Ajv wrote them: a key is in the path.
  {
    name: 'ValidationFailedError (response), echo as values and keys',
    ends: ['ValidationFailedError'],
    run: ({ server, echo, forms, call }) => {
      const keyed = Object.fromEntries(forms.map((f) => [f, 7]));
      server.reply({ status: 200, body: { func_name: 7, memory_size: echo, lts_custom_tag: keyed, functionName: 7, environmentVariables: keyed, description: echo } });
      return one(call({ validateResponses: true }));
    },
  },
  { name: 'NetworkError: connection dropped', ends: ['NetworkError'], run: ({ server, call }) => (server.reply({ destroy: true }), one(call({ retry: false }))) },
  {
    name: 'NetworkError: a fetch that throws the echo (message, properties, causes)',
    ends: ['NetworkError'],
    run: ({ echo, call }) => {
      const leaky = (async (url: string, init: RequestInit) => {
        const inner = Object.assign(new Error(`inner ${echo}`, { cause: new Error(`innermost ${echo}`) }), {
          code: 'ECONNRESET',
          detail: echo,
          headers: Object.fromEntries(new Headers(init.headers)),
        });
        throw Object.assign(new TypeError(`fetch failed for ${url}: ${echo}`, { cause: inner }), { input: echo, request: { url, init } });
      }) as unknown as typeof fetch;
      return Promise.all([
        failure(call({ fetch: leaky, retry: false })),
        failure(call({ fetch: (async () => Promise.reject(`rejected with ${echo}`)) as unknown as typeof fetch, retry: false })),
      ]);
    },
  },
  {
    name: 'TimeoutError: echo in the headers, then the body stalls',
    ends: ['TimeoutError'],
    run: ({ call }) => one(call({ baseUrl: `${raw.url}/stall`, timeoutMs: 150, retry: false })),
  },
  {
    name: 'abort: the caller aborts while an echoing body streams',
    ends: ['AbortError'],
    run: ({ call }) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 150);
      return one(call({ baseUrl: `${raw.url}/stream`, retry: false }, { signal: controller.signal }));
    },
  },
  // Before: undici followed 20 redirects, then a NetworkError; Locations carried the echo.
  {
    name: 'RedirectError: a redirect loop with the echo in Location',
    ends: ['RedirectError'],
    run: ({ call }) => one(call({ baseUrl: `${raw.url}/loop`, retry: false, timeoutMs: 5000 })),
  },
  {
    name: 'RedirectError: an unparsable Location holding the echo',
    ends: ['RedirectError'],
    run: ({ call }) => one(call({ baseUrl: `${raw.url}/badloc`, retry: false, timeoutMs: 5000 })),
  },
  // Before: `Headers` threw "Headers.set: "<value>" is an invalid header value", the credential in full.
  {
    name: 'credentials with CR/LF (factory or first call)',
    ends: ['TypeError', 'AuthError'],
    run: async ({ c, server, call }) => {
      server.reply({ status: 200, body: {} });
      const out: unknown[] = [];
      for (const make of c.broken()) {
        const auth = (() => {
          try {
            return make();
          } catch (e) {
            return e;
          }
        })();
        out.push(auth instanceof Error ? auth : await failure(call({ auth: auth as Auth, retry: false })));
      }
      return out;
    },
  },
  // Before: the custom Auth's TypeError came out as it was, the value quoted in full.
  {
    name: 'AuthError: a custom Auth (no secrets()) sets a credential with a line break',
    ends: ['AuthError'],
    run: ({ c, call }) => one(call({ retry: false, auth: { apply: (r) => r.headers.set('X-Custom-Key', `${c.secrets[0]!}\nX-Evil: 1`) } })),
  },
  {
    name: 'a caller header holding the secret and a line break',
    ends: ['TypeError'],
    run: ({ c, call }) => Promise.all(c.secrets.map((s) => failure(call({ retry: false }, { headers: { 'X-Custom-Key': `${s}\r\nX-Evil: 1` } })))),
  },
];

interface Finding {
  path: string;
  what: string;
}
const report: string[] = [];

describe('no credential in any error, whatever the server echoes', () => {
  for (const c of CASES) {
    it(`${c.name}: ${PATHS.length} error paths × ${c.secrets.length} secrets × ${ENCODINGS.length} encodings`, async () => {
      const server = await serverP;
      const echo = echoAll(c.secrets);
      rawEcho = echo;
      const forms = c.secrets.flatMap((s) => ENCODINGS.map((e) => e.echo(s)));
      const ctx: Ctx = {
        c,
        server,
        echo,
        forms,
        call: (options = {}, call) => {
          const all = { baseUrl: server.url, auth: c.auth(), ...options };
          return c.vendor === 'huawei'
            ? new gen.FunctionGraphClient(all).updateFunctionConfig(HUAWEI_CALLS[1].input, call)
            : new gen.Fc20210406Client(all).updateFunction(ALIYUN_CALL.input, call);
        },
      };
      const findings: Finding[] = [];
      let probes = 0;
      const leakingPaths = new Set<string>();
      for (const path of PATHS) {
        const errors = await path.run(ctx);
        for (const err of errors) {
          if (err === RESOLVED) {
            findings.push({ path: path.name, what: 'resolved: no error raised' });
            continue;
          }
          const name = (err as Error).name;
          if (!path.ends.includes(name)) findings.push({ path: path.name, what: `ended in ${name}, not ${path.ends.join(' or ')}` });
          const seen = Object.entries(renderings(err));
          for (const secret of c.secrets) {
            for (const enc of ENCODINGS) {
              probes++;
              const needle = enc.needle(secret);
              const where = seen.filter(([, text]) => text.includes(needle)).map(([how]) => how);
              if (where.length > 0) {
                leakingPaths.add(path.name);
                findings.push({ path: path.name, what: `${secret.slice(0, 8)}… ${enc.name} in ${where.slice(0, 4).join(', ')}${where.length > 4 ? ', …' : ''}` });
              }
            }
          }
        }
      }
      const leaks = findings.filter((f) => !f.what.startsWith('resolved') && !f.what.startsWith('ended in')).length;
      report.push(
        `${c.name}: ${PATHS.length} paths, ${probes} probes, ${leaks} leaks in ${leakingPaths.size} paths, ${findings.length - leaks} ended in no error or another error`,
      );
      expect(findings.map((f) => `${f.path}: ${f.what}`)).toEqual([]);
    }, 30_000);
  }

  afterAll(() => {
    if (process.env.PROBE_REPORT) console.log(report.join('\n'));
  });
});

describe('credentials are checked when the auth is made', () => {
  // Before: every factory accepted them; the first request then threw with the value in the message,
  // or (a secret key is only an HMAC key) signed happily with a key that has a line break.
  it('a credential with CR, LF, NUL, another control character, non-ASCII or surrounding spaces is refused, without being shown', () => {
    const bad = ['\r\n', '\n', '\r', '\0', '\u0007', 'é', ' '];
    const secret = 'Fact0ry+Secret/Value=0123456789';
    const makers: Array<[string, (v: string) => unknown]> = [
      ['huaweiAkSk ak', (v) => gen.rt.huaweiAkSk({ ak: v, sk: secret })],
      ['huaweiAkSk sk', (v) => gen.rt.huaweiAkSk({ ak: 'HPUAXQ7ZJ3KD4EXAMPLE', sk: v })],
      ['huaweiAkSk securityToken', (v) => gen.rt.huaweiAkSk({ ak: 'HPUAXQ7ZJ3KD4EXAMPLE', sk: secret, securityToken: v })],
      ['aliyunAcs3 accessKeyId', (v) => gen.rt.aliyunAcs3({ accessKeyId: v, accessKeySecret: secret })],
      ['aliyunAcs3 accessKeySecret', (v) => gen.rt.aliyunAcs3({ accessKeyId: 'LTAI5tQExampleKeyId9XyZ', accessKeySecret: v })],
      ['aliyunAcs3 securityToken', (v) => gen.rt.aliyunAcs3({ accessKeyId: 'LTAI5tQExampleKeyId9XyZ', accessKeySecret: secret, securityToken: v })],
      ['huaweiIamToken', (v) => gen.rt.huaweiIamToken(v)],
      ['headerToken', (v) => gen.rt.headerToken('X-Custom-Key', v)],
      ['bearerToken', (v) => gen.rt.bearerToken(v)],
    ];
    const problems: string[] = [];
    for (const [name, make] of makers) {
      for (const b of bad) {
        for (const value of [`${secret}${b}`, `${b}${secret}`, `${secret.slice(0, 10)}${b}${secret.slice(10)}`]) {
          if (b === ' ' && value.includes(` ${secret.slice(10)}`)) continue; // an inner space is a legal header character
          let thrown: unknown;
          try {
            make(value);
          } catch (e) {
            thrown = e;
          }
          if (!(thrown instanceof TypeError)) problems.push(`${name} accepted ${JSON.stringify(b)}`);
          else if (Object.values(renderings(thrown)).some((t) => t.includes(secret.slice(0, 10)) || t.includes(secret.slice(10))))
            problems.push(`${name}: the error shows the value`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
