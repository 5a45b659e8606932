/**
 * Huawei AK/SK signing against the official Node SDK as the oracle. The same request, credentials
 * and clock go once through @huaweicloud/huaweicloud-sdk-functiongraph (its whole stack, to the loopback
 * server) and once through the generated client with `huaweiAkSk`; what reaches the server must carry
 * byte-identical Authorization, X-Sdk-Date, X-Project-Id and X-Security-Token headers, path and body.
 * Further cases call the SDK's signer class (`AKSKSigner.sign`) directly.
 */
import { createRequire } from 'node:module';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FUNCTION_URN, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from './helpers/load.js';
import { useServer, type Recorded } from './helpers/server.js';

const require = createRequire(import.meta.url);
const core = require('@huaweicloud/huaweicloud-sdk-core') as any;
const fg = require('@huaweicloud/huaweicloud-sdk-functiongraph') as any;
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js') as { AKSKSigner: { sign(request: object, credential: object): Record<string, string> } };

const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'sk-3x4mpl3-S3cr3t-K3y-0f-H4w31-t3st5-000';
const TOKEN = 'gQpjbi1ub3J0aC00example-temporary-security-token';
const CLOCKS = [new Date('2024-01-02T03:04:05Z'), new Date('2025-06-30T23:59:59Z'), new Date('2023-12-31T00:00:00Z')];

const serverP = useServer();
let gen: Loaded;
beforeAll(async () => {
  gen = await loadGenerated();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs `fn` with the SDK's clock (moment() → Date) frozen at `at`. */
async function atTime<T>(at: Date, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

function sdkClient(url: string, securityToken?: string): any {
  let cred = new core.BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT_ID);
  if (securityToken) cred = cred.withSecurityToken(securityToken);
  return fg.FunctionGraphClient.newBuilder().withCredential(cred).withEndpoint(url).build();
}

/** What both sides must agree on, byte for byte. */
function signedPart(r: Recorded): Record<string, unknown> {
  const h = r.headers;
  return {
    method: r.method,
    url: r.url,
    body: r.body,
    authorization: h.authorization,
    'x-sdk-date': h['x-sdk-date'],
    'x-project-id': h['x-project-id'],
    'x-security-token': h['x-security-token'],
    'content-type': h['content-type'],
    host: h.host,
  };
}

async function capture(send: () => Promise<unknown>): Promise<Recorded> {
  const server = await serverP;
  server.reply({ status: 200, body: {} });
  await send();
  expect(server.requests).toHaveLength(1);
  return server.requests[0]!;
}

function sdkCall(client: any, operationId: string, at: Date): Promise<unknown> {
  const [createBody, configBody, codeBody] = HUAWEI_CALLS.map((c) => c.input.body);
  return atTime(at, () => {
    switch (operationId) {
      case 'CreateFunction':
        return client.createFunction(new fg.CreateFunctionRequest().withBody(createBody));
      case 'UpdateFunctionConfig':
        return client.updateFunctionConfig(new fg.UpdateFunctionConfigRequest().withFunctionUrn(FUNCTION_URN).withBody(configBody));
      default:
        return client.updateFunctionCode(new fg.UpdateFunctionCodeRequest().withFunctionUrn(FUNCTION_URN).withBody(codeBody));
    }
  });
}

describe('Huawei AK/SK signature = official SDK (@huaweicloud/huaweicloud-sdk-core AKSKSigner)', () => {
  for (const [i, call] of HUAWEI_CALLS.entries()) {
    it(`${call.operationId} (${call.httpMethod} ${call.path.replace(PROJECT_ID, '{project_id}').replace(FUNCTION_URN, '{function_urn}')})`, async () => {
      const server = await serverP;
      const at = CLOCKS[i]!;
      const official = await capture(() => sdkCall(sdkClient(server.url), call.operationId, at));

      const client = new gen.FunctionGraphClient({ baseUrl: server.url, auth: gen.rt.huaweiAkSk({ ak: AK, sk: SK, projectId: PROJECT_ID, now: () => at }), retry: false });
      const ours = await capture(() => (client as any)[call.method](call.input));

      expect(official.headers.authorization).toMatch(
        /^SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
      );
      expect(signedPart(ours)).toEqual(signedPart(official));
      // The URN's ':' go on the wire unescaped, as the SDK sends them; the signature escapes them (%3A).
      expect(ours.url).toBe(call.path);
    });
  }

  it('temporary credentials: X-Security-Token is sent and signed', async () => {
    const server = await serverP;
    const at = CLOCKS[0]!;
    const official = await capture(() => sdkCall(sdkClient(server.url, TOKEN), 'UpdateFunctionCode', at));
    const client = new gen.FunctionGraphClient({
      baseUrl: server.url,
      auth: gen.rt.huaweiAkSk({ ak: AK, sk: SK, projectId: PROJECT_ID, securityToken: TOKEN, now: () => at }),
      retry: false,
    });
    const ours = await capture(() => client.updateFunctionCode(HUAWEI_CALLS[2].input));
    expect(official.headers['x-security-token']).toBe(TOKEN);
    expect(official.headers.authorization).toContain('SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,');
    expect(signedPart(ours)).toEqual(signedPart(official));
  });

  it('a request with a query string (ListFunctions through the generated runtime)', async () => {
    const server = await serverP;
    const at = CLOCKS[1]!;
    const official = await capture(() =>
      atTime(at, () => sdkClient(server.url).listFunctions(new fg.ListFunctionsRequest().withMarker('0').withMaxitems('10').withPackageName('my pkg/a+b'))),
    );
    const listFunctions = { operationId: 'ListFunctions', method: 'GET', path: '/v2/{project_id}/fgs/functions', headerParams: [] };
    // The SDK sends (and signs) content-type on every request, GET included; same request, same header.
    const ours = await capture(() =>
      gen.rt.send(
        { baseUrl: server.url, auth: gen.rt.huaweiAkSk({ ak: AK, sk: SK, projectId: PROJECT_ID, now: () => at }), retry: false },
        'https://unused.example',
        listFunctions,
        { path: { project_id: PROJECT_ID }, query: { marker: '0', maxitems: '10', package_name: 'my pkg/a+b' } },
        { headers: { 'content-type': 'application/json' } },
      ),
    );
    expect(official.url).toBe(`/v2/${PROJECT_ID}/fgs/functions?marker=0&maxitems=10&package_name=my%20pkg%2Fa%2Bb`);
    expect(signedPart(ours)).toEqual(signedPart(official));
  });

  it('the SDK signer class itself, on requests the SDK client would not build (sorted multi-value query, UTF-8, extra headers, non-JSON body)', async () => {
    const cases = [
      {
        method: 'GET',
        endpoint: 'https://functiongraph.cn-north-4.myhuaweicloud.com/v2/p/fgs/functions/urn:fss:x:y/versions',
        queryParams: { b: ['z', 'a', 'm'], a: 'x y*~', ü: 'é/&=' },
        headers: { 'content-type': 'application/json', 'X-Project-Id': PROJECT_ID, 'X-Custom-Trace': 'abc' },
        data: undefined,
      },
      {
        method: 'POST',
        endpoint: 'https://functiongraph.ap-southeast-1.myhuaweicloud.com/v2/p/fgs/functions/urn:fss:x:y/invocations',
        queryParams: {},
        headers: { 'content-type': 'application/json', 'X-Cff-Log-Type': 'tail', 'X-Security-Token': TOKEN },
        data: { key: 'value', nested: { n: 1, list: [1, 'two', null] }, text: 'ünïcödé ✓' },
      },
      {
        method: 'PUT',
        endpoint: 'https://functiongraph.cn-east-3.myhuaweicloud.com:8443/v2/p/fgs/functions/f/code',
        queryParams: { empty: '' },
        headers: { 'content-type': 'application/octet-stream', 'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD' },
        data: 'raw bytes',
      },
    ];
    for (const [i, c] of cases.entries()) {
      const at = CLOCKS[i]!;
      const official = await atTime(at, async () => AKSKSigner.sign({ ...c, headers: { ...c.headers } }, new core.BasicCredentials().withAk(AK).withSk(SK)));
      const url = new URL(c.endpoint + gen.rt.buildQuery(c.queryParams));
      const request = {
        method: c.method,
        url,
        headers: new Headers(c.headers),
        body: c.data === undefined ? '' : typeof c.data === 'string' ? c.data : JSON.stringify(c.data),
        operationId: 'Direct',
        attempt: 1,
      };
      const ours = await gen.rt.signHuaweiRequest(request, { ak: AK, sk: SK, now: () => at });
      expect(ours, `case ${i}`).toBe(official.Authorization);
      expect(request.headers.get('x-sdk-date')).toBe(official['X-Sdk-Date']);
    }
  });
});
