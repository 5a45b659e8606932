/**
 * The generated clients against a real HTTP server on loopback: what goes on the wire for each
 * operation, endpoints, and every error status the specs document turned into a typed ApiError.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALIYUN_SPEC as ALIYUN_SPEC_FILE, HUAWEI_SPEC as HUAWEI_SPEC_FILE } from './helpers/generated.js';
import { ALIYUN_CALL, FUNCTION_URN, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from './helpers/load.js';
import { closedPortUrl, useServer } from './helpers/server.js';
import { concreteStatuses, documentedErrors } from './helpers/spec.js';

const TOKEN = 'MIIexample-iam-token-0123456789';
const serverP = useServer();
let gen: Loaded;
beforeAll(async () => {
  gen = await loadGenerated();
});

describe('success', () => {
  for (const call of HUAWEI_CALLS) {
    it(`FunctionGraph ${call.operationId}: method, path, headers and the exact JSON body`, async () => {
      const server = await serverP;
      const answer = { func_urn: FUNCTION_URN, func_name: 'hello-world', runtime: 'Python3.9', memory_size: 256, timeout: 30 };
      server.reply({ status: 200, body: answer, headers: { 'x-request-id': 'req-ok-1' } });
      const client = new gen.FunctionGraphClient({ baseUrl: server.url, auth: gen.rt.huaweiIamToken(TOKEN) });
      const result = await client[call.method](call.input);

      expect(result.status).toBe(200);
      expect(result.data).toEqual(answer);
      expect(result.headers.get('x-request-id')).toBe('req-ok-1');
      expect(server.requests).toHaveLength(1);
      const req = server.requests[0]!;
      expect(req.method).toBe(call.httpMethod);
      expect(req.url).toBe(call.path);
      expect(req.headers['x-auth-token']).toBe(TOKEN);
      expect(req.headers['content-type']).toBe('application/json');
      expect(req.headers.accept).toBe('application/json');
      expect(req.body).toBe(JSON.stringify(call.input.body));
    });
  }

  it('Function Compute UpdateFunction, signed with ACS3', async () => {
    const server = await serverP;
    server.reply({ status: 200, body: { functionName: 'demo-function', memorySize: 512 }, headers: { 'x-fc-request-id': 'fc-req-1' } });
    const client = new gen.Fc20210406Client({ baseUrl: server.url, auth: gen.rt.aliyunAcs3({ accessKeyId: 'id', accessKeySecret: 'secret-value', version: '2021-04-06' }) });
    const result = await client.updateFunction(ALIYUN_CALL.input);
    expect(result).toMatchObject({ status: 200, data: { functionName: 'demo-function', memorySize: 512 } });
    const req = server.requests[0]!;
    expect(req).toMatchObject({ method: 'PUT', url: ALIYUN_CALL.path, body: JSON.stringify(ALIYUN_CALL.input.body) });
    expect(req.headers).toMatchObject({ 'x-acs-action': 'UpdateFunction', 'x-acs-version': '2021-04-06', 'content-type': 'application/json; charset=utf-8' });
    expect(req.headers.authorization).toMatch(
      /^ACS3-HMAC-SHA256 Credential=id,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}$/,
    );
  });

  it('JSON bodies are exactly as typed: undefined members dropped, nothing added, null kept', async () => {
    const server = await serverP;
    const client = new gen.FunctionGraphClient({ baseUrl: server.url });
    const body = { code_type: 'inline', func_code: { file: 'aGk=', link: undefined }, code_url: undefined, depend_version_list: [] };
    await client.updateFunctionCode({ path: { project_id: PROJECT_ID, function_urn: FUNCTION_URN }, body });
    expect(server.requests[0]!.body).toBe('{"code_type":"inline","func_code":{"file":"aGk="},"depend_version_list":[]}');
  });

  it('path parameters: ":" and "@" go as they are (as the Huawei SDK sends a function URN), everything else reserved is escaped', async () => {
    const server = await serverP;
    const client = new gen.FunctionGraphClient({ baseUrl: server.url });
    await client.updateFunctionCode({ path: { project_id: PROJECT_ID, function_urn: 'urn:a/b?c#d e@f%g' }, body: { code_type: 'inline' } });
    expect(server.requests[0]!.url).toBe(`/v2/${PROJECT_ID}/fgs/functions/urn:a%2Fb%3Fc%23d%20e@f%25g/code`);
    await expect(client.updateFunctionCode({ path: { project_id: PROJECT_ID, function_urn: '..' }, body: { code_type: 'inline' } })).rejects.toThrow(/must not be "\.\."/);
  });

  it('per-client and per-call headers; a caller-given Content-Type wins', async () => {
    const server = await serverP;
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, headers: { 'x-client': 'a', 'x-both': 'client' } });
    await client.updateFunctionCode(
      { path: { project_id: PROJECT_ID, function_urn: FUNCTION_URN }, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: { code_type: 'inline' } },
      { headers: { 'x-both': 'call' } },
    );
    expect(server.requests[0]!.headers).toMatchObject({ 'x-client': 'a', 'x-both': 'call', 'content-type': 'application/json;charset=UTF-8' });
  });
});

describe('endpoints and transport', () => {
  it('defaults to the spec server (Huawei cn-north-4), through an injected fetch', async () => {
    const seen: string[] = [];
    const fakeFetch = vi.fn(async (url: string | URL | Request) => {
      seen.push(String(url));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const client = new gen.FunctionGraphClient({ fetch: fakeFetch as typeof fetch });
    await client.createFunction(HUAWEI_CALLS[0].input);
    expect(seen).toEqual([`https://functiongraph.cn-north-4.myhuaweicloud.com/v2/${PROJECT_ID}/fgs/functions`]);
    expect(gen.huaweiDefaultBaseUrl).toBe('https://functiongraph.cn-north-4.myhuaweicloud.com');
  });

  it('regional endpoints: Huawei from a region, Alibaba from account id and region', async () => {
    expect(gen.rt.huaweiFunctionGraphEndpoint('ap-southeast-1')).toBe('https://functiongraph.ap-southeast-1.myhuaweicloud.com');
    expect(gen.rt.aliyunFcEndpoint('1234567890123456', 'cn-shanghai')).toBe('https://1234567890123456.cn-shanghai.fc.aliyuncs.com');
    expect(() => gen.rt.huaweiFunctionGraphEndpoint('evil.example/')).toThrow(TypeError);
    const seen: string[] = [];
    const fakeFetch = (async (url: string) => {
      seen.push(url);
      return new Response('{}', { status: 200 });
    }) as unknown as typeof fetch;
    await new gen.Fc20210406Client({ baseUrl: gen.rt.aliyunFcEndpoint('1234567890123456', 'cn-shanghai'), fetch: fakeFetch }).updateFunction(ALIYUN_CALL.input);
    await new gen.FunctionGraphClient({ baseUrl: `${gen.rt.huaweiFunctionGraphEndpoint('cn-east-3')}/`, fetch: fakeFetch }).createFunction(HUAWEI_CALLS[0].input);
    expect(seen).toEqual([
      `https://1234567890123456.cn-shanghai.fc.aliyuncs.com${ALIYUN_CALL.path}`,
      `https://functiongraph.cn-east-3.myhuaweicloud.com/v2/${PROJECT_ID}/fgs/functions`,
    ]);
  });

  it('generated clients fill their spec server template: defaults, or serverVariables', async () => {
    const seen: string[] = [];
    const fakeFetch = (async (url: string) => {
      seen.push(url);
      return new Response('{}', { status: 200 });
    }) as unknown as typeof fetch;
    await new gen.FunctionGraphClient({ fetch: fakeFetch }).createFunction(HUAWEI_CALLS[0].input);
    await new gen.FunctionGraphClient({ serverVariables: { region: 'cn-east-3' }, fetch: fakeFetch }).createFunction(HUAWEI_CALLS[0].input);
    expect(seen).toEqual([
      `https://functiongraph.cn-north-4.myhuaweicloud.com/v2/${PROJECT_ID}/fgs/functions`,
      `https://functiongraph.cn-east-3.myhuaweicloud.com/v2/${PROJECT_ID}/fgs/functions`,
    ]);
  });

  it('server templates: variables from the caller over the spec defaults', () => {
    const server = { url: 'https://{accountId}.{region}.fc.aliyuncs.com', variables: { accountId: 'account-id', region: 'cn-hangzhou' } };
    expect(gen.rt.resolveBaseUrl({}, server)).toBe('https://account-id.cn-hangzhou.fc.aliyuncs.com');
    expect(gen.rt.resolveBaseUrl({ serverVariables: { accountId: '42', region: 'eu-central-1' } }, server)).toBe('https://42.eu-central-1.fc.aliyuncs.com');
    expect(gen.rt.resolveBaseUrl({ baseUrl: 'http://127.0.0.1:9/' }, server)).toBe('http://127.0.0.1:9');
    expect(() => gen.rt.resolveBaseUrl({}, { url: 'https://{x}.example' })).toThrow(/server variable 'x'/);
  });

  it('query strings: RFC 3986 escaping (%20, never +), arrays repeated, undefined dropped', () => {
    expect(gen.rt.buildQuery({ a: 'x y+z', b: [1, 2], c: undefined, d: true, e: "it's*" })).toBe('?a=x%20y%2Bz&b=1&b=2&d=true&e=it%27s%2A');
    expect(gen.rt.buildQuery({})).toBe('');
  });
});

describe('every documented error status becomes an ApiError', () => {
  const huawei = documentedErrors(HUAWEI_SPEC_FILE);
  const aliyun = documentedErrors(ALIYUN_SPEC_FILE);

  it('the specs document what these tests cover', () => {
    expect(huawei.map((e) => `${e.operationId} ${e.status}`)).toEqual(
      expect.arrayContaining(['CreateFunction 400', 'CreateFunction 503', 'UpdateFunctionConfig 404', 'UpdateFunctionCode 500']),
    );
    expect(aliyun.map((e) => `${e.operationId} ${e.status}`)).toEqual(['UpdateFunction 4XX', 'UpdateFunction 5XX']);
  });

  it.each(huawei.map((e) => [e.operationId, e.status, e.example] as const))('FunctionGraph %s %s: error_code, error_msg, X-Request-Id', async (operationId, status, example) => {
    const server = await serverP;
    const call = HUAWEI_CALLS.find((c) => c.operationId === operationId)!;
    const body = (example as Record<string, string> | undefined) ?? { error_code: `FSS.0${status}`, error_msg: `documented ${status}` };
    server.reply({ status: Number(status), body, headers: { 'X-Request-Id': `hw-${status}` } });
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, retry: false });
    const err = await client[call.method](call.input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(gen.rt.ApiError);
    expect(err).toMatchObject({
      name: 'ApiError',
      operationId,
      status: Number(status),
      code: body.error_code,
      errorMessage: body.error_msg,
      requestId: `hw-${status}`,
      body,
      attempts: 1,
    });
    expect((err as Error).message).toBe(`${operationId} failed with HTTP ${status} ${body.error_code}: ${body.error_msg} (request id hw-${status})`);
  });

  const aliyunBodies = [
    { errorCode: 'FunctionNotFound', errorMessage: 'function not found' },
    { ErrorCode: 'InvalidArgument', ErrorMessage: 'memorySize is invalid' },
    { Code: 'Forbidden.RAM', Message: 'not authorized', RequestId: 'body-req-id' },
  ];
  const aliyunCases = aliyun.flatMap((e) => concreteStatuses(e.status).map((s, i) => [e.status, s, aliyunBodies[i % aliyunBodies.length]!] as const));
  it.each(aliyunCases)('Function Compute UpdateFunction %s → %i: code, message and request id in each spelling', async (_range, status, body) => {
    const server = await serverP;
    const header = status % 2 === 0 ? 'x-fc-request-id' : 'x-acs-request-id';
    server.reply({ status, body, headers: { [header]: `ali-${status}` } });
    const client = new gen.Fc20210406Client({ baseUrl: server.url, retry: false });
    const err = await client.updateFunction(ALIYUN_CALL.input).catch((e: unknown) => e);
    const values = Object.values(body);
    expect(err).toBeInstanceOf(gen.rt.ApiError);
    expect(err).toMatchObject({ operationId: 'UpdateFunction', status, code: values[0], errorMessage: values[1], requestId: `ali-${status}`, body });
  });

  it('a body that is not JSON (a proxy page) still gives status and request id', async () => {
    const server = await serverP;
    server.reply({ status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html', 'x-request-id': 'gw-1' } });
    const err = await new gen.FunctionGraphClient({ baseUrl: server.url, retry: false }).updateFunctionCode(HUAWEI_CALLS[2].input).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ApiError', status: 502, code: undefined, errorMessage: undefined, requestId: 'gw-1', body: '<html>Bad Gateway</html>' });
  });

  it('no server at all is a NetworkError, not an ApiError or a TimeoutError', async () => {
    const client = new gen.FunctionGraphClient({ baseUrl: await closedPortUrl(), retry: false, timeoutMs: 5000 });
    const err = await client.createFunction(HUAWEI_CALLS[0].input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.NetworkError);
    expect(err).not.toBeInstanceOf(gen.rt.TimeoutError);
    expect((err as Error).message).toMatch(/^CreateFunction: network error: fetch failed: .*ECONNREFUSED/);
    expect(err).toMatchObject({ operationId: 'CreateFunction', attempts: 1, request: { method: 'POST' } });
  });
});
