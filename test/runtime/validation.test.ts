/**
 * validateRequests / validateResponses with the generated validators: a bad request body is refused
 * before any I/O (no auth, no fetch, nothing reaches the server), naming the JSON pointer; a bad
 * response body is a typed error that keeps the body as received.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALIYUN_CALL, FUNCTION_URN, HUAWEI_CALLS, PROJECT_ID, loadGenerated, type Loaded } from './helpers/load.js';
import { useServer } from './helpers/server.js';

const serverP = useServer();
let gen: Loaded;
beforeAll(async () => {
  gen = await loadGenerated();
});

const [CREATE, CONFIG, CODE] = HUAWEI_CALLS;

describe('request validation', () => {
  it.each([
    ['CreateFunction', CREATE, { ...CREATE.input.body, memory_size: 100 }, '/memory_size', 'enum'],
    ['CreateFunction', CREATE, { ...CREATE.input.body, func_name: undefined }, '/func_name', 'required'],
    ['UpdateFunctionConfig', CONFIG, { ...CONFIG.input.body, timeout: 1 }, '/timeout', 'minimum'],
    ['UpdateFunctionCode', CODE, { ...CODE.input.body, code_type: 'tarball' }, '/code_type', 'enum'],
    ['UpdateFunctionCode', CODE, { ...CODE.input.body, func_code: { file: 42 } }, '/func_code/file', 'type'],
  ] as const)('%s: refused before any network I/O, at %s', async (operationId, call, body, path, rule) => {
    const server = await serverP;
    const fetchSpy = vi.fn(globalThis.fetch);
    const apply = vi.fn();
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, fetch: fetchSpy, auth: { apply }, validateRequests: true });
    const err = await client[call.method]({ ...call.input, body }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.ValidationFailedError);
    expect(err).toMatchObject({ direction: 'request', operationId, value: body });
    const issues = (err as { issues: Array<{ path: string; rule: string }> }).issues;
    expect(issues).toContainEqual(expect.objectContaining({ path, rule }));
    expect((err as Error).message).toContain(`request body is invalid at ${issues[0]!.path}`);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(apply).not.toHaveBeenCalled();
    expect(server.requests).toHaveLength(0);
  });

  it('Function Compute: memorySize must be a multiple of 64', async () => {
    const server = await serverP;
    const client = new gen.Fc20210406Client({ baseUrl: server.url, validateRequests: true });
    const err = await client.updateFunction({ ...ALIYUN_CALL.input, body: { memorySize: 100 } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'ValidationFailedError', direction: 'request', issues: [expect.objectContaining({ path: '/memorySize', rule: 'multipleOf' })] });
    expect(server.requests).toHaveLength(0);
  });

  it('valid bodies go through; validation off sends whatever it is given', async () => {
    const server = await serverP;
    expect((await new gen.FunctionGraphClient({ baseUrl: server.url, validateRequests: true }).createFunction(CREATE.input)).status).toBe(200);
    const bad = { ...CREATE.input.body, memory_size: 100 };
    await new gen.FunctionGraphClient({ baseUrl: server.url }).createFunction({ ...CREATE.input, body: bad });
    expect(server.requests.map((r) => JSON.parse(r.body).memory_size)).toEqual([256, 100]);
  });
});

describe('response validation', () => {
  it('a 200 body that breaks its schema is a ValidationFailedError keeping the raw body', async () => {
    const server = await serverP;
    const received = { func_urn: FUNCTION_URN, func_name: 'hello-world', memory_size: 'lots', timeout: 30, extra: { kept: true } };
    server.reply({ status: 200, body: received });
    const client = new gen.FunctionGraphClient({ baseUrl: server.url, validateResponses: true });
    const err = await client.updateFunctionConfig(CONFIG.input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(gen.rt.ValidationFailedError);
    expect(err).toMatchObject({ direction: 'response', operationId: 'UpdateFunctionConfig', status: 200, value: received });
    expect((err as { issues: unknown[] }).issues).toContainEqual(expect.objectContaining({ path: '/memory_size', rule: 'type' }));
    expect(server.requests).toHaveLength(1);
  });

  it('Function Compute response validation', async () => {
    const server = await serverP;
    server.reply({ status: 200, body: { functionName: 7 } });
    const err = await new gen.Fc20210406Client({ baseUrl: server.url, validateResponses: true }).updateFunction(ALIYUN_CALL.input).catch((e: unknown) => e);
    expect(err).toMatchObject({
      name: 'ValidationFailedError',
      direction: 'response',
      value: { functionName: 7 },
      issues: [expect.objectContaining({ path: '/functionName', rule: 'type' })],
    });
  });

  it('without validateResponses the body is returned as received; a valid one passes either way', async () => {
    const server = await serverP;
    server.reply({ status: 200, body: { func_name: 'x', memory_size: 'lots' } });
    const loose = await new gen.FunctionGraphClient({ baseUrl: server.url }).updateFunctionConfig(CONFIG.input);
    expect(loose.data).toEqual({ func_name: 'x', memory_size: 'lots' });
    server.reply({ status: 200, body: { func_name: 'x', memory_size: 256, code_size: 10 } });
    const strict = await new gen.FunctionGraphClient({ baseUrl: server.url, validateResponses: true }).updateFunctionConfig({
      path: { project_id: PROJECT_ID, function_urn: FUNCTION_URN },
      body: CONFIG.input.body,
    });
    expect(strict.data).toMatchObject({ memory_size: 256 });
  });

  it('error statuses are ApiErrors whatever their body, even with validateResponses', async () => {
    const server = await serverP;
    server.reply({ status: 404, body: { unexpected: true } });
    await expect(new gen.FunctionGraphClient({ baseUrl: server.url, validateResponses: true }).updateFunctionCode(CODE.input)).rejects.toMatchObject({
      name: 'ApiError',
      status: 404,
      body: { unexpected: true },
    });
  });
});
