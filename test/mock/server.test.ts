/**
 * `funcspec mock` (generator/mock/server.ts, generator/cli/mock.ts) on its own, with plain fetch:
 * routing, credentials, request validation, vendor-shaped errors derived from each spec, example
 * selection with Prefer, and the CLI from start to Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../generator/openapi/document.js';
import { DEFAULT_ERROR_SHAPE, errorShape, shapeFromNames } from '../../generator/mock/error-shape.js';
import { parsePrefer } from '../../generator/mock/prefer.js';
import { startMockServer, type RecordedRequest, type RunningMock } from '../../generator/mock/server.js';
import { runCli } from '../helpers/cli.js';

const FG = 'spec/huaweicloud/functiongraph-v2.yaml';
const FC = 'spec/aliyun/fc-2021-04-06.yaml';
const PETS = 'test/fixtures/petstore-3.1.yaml';
const PROJECT = 'c3b2459a6d5e4b548e6777e57852692d';
const URN = 'urn%3Afss%3Acn-north-4%3Ac3b2459a6d5e4b548e6777e57852692d%3Afunction%3Adefault%3Atest';

const docs = {
  fg: (await loadDocument(FG)).data,
  fc: (await loadDocument(FC)).data,
  pets: (await loadDocument(PETS)).data,
};
const servers: Record<keyof typeof docs, RunningMock> = {} as Record<keyof typeof docs, RunningMock>;
const seen: RecordedRequest[] = [];

beforeAll(async () => {
  for (const key of Object.keys(docs) as Array<keyof typeof docs>) servers[key] = await startMockServer(docs[key], {}, { onRequest: (r) => seen.push(r) });
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** `raw` is sent as bytes, so fetch adds no Content-Type of its own. */
async function call(mock: keyof typeof docs, method: string, path: string, init: { headers?: Record<string, string>; body?: unknown; raw?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  let body: string | Blob | undefined = init.raw === undefined ? undefined : new Blob([init.raw]); // a type-less Blob: fetch adds no Content-Type
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(servers[mock].url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

const fgAuth = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };
const validConfig = { func_name: 'fgsTest', handler: 'index.handler', memory_size: 768, runtime: 'Node.js6.10', timeout: 40 };
const configPath = `/v2/${PROJECT}/fgs/functions/${URN}/config`;
const codePath = `/v2/${PROJECT}/fgs/functions/${URN}/code`;
const fcPath = '/2021-04-06/services/demo-service/functions/demo-function';

describe('funcspec mock: answers', () => {
  it('serves the first success example when no example is asked for', async () => {
    const a = await call('fg', 'PUT', configPath, { headers: fgAuth, body: validConfig });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/json');
    expect(a).toMatchObject({ body: { func_name: 'test', ephemeral_storage: 512 } });
    const fc = await call('fc', 'PUT', fcPath, { headers: { Authorization: 'ACS3-HMAC-SHA256 Credential=x' } });
    expect(fc).toMatchObject({ status: 200, body: { functionName: 'demo-function', cpu: 1.5 } });
  });

  it('picks the example a `Prefer: example=NAME` header names, with its status', async () => {
    const a = await call('fg', 'PUT', codePath, { headers: { ...fgAuth, Prefer: 'example=versionNotFound' }, body: { code_type: 'inline' } });
    expect(a).toMatchObject({ status: 404, body: { error_code: 'FSS.1052', error_msg: 'Not found the function version' } });
    const quoted = await call('fg', 'POST', `/v2/${PROJECT}/fgs/functions`, {
      headers: { ...fgAuth, Prefer: 'respond-async, example="forbidden"' },
      body: { func_name: 'a', package: 'default', runtime: 'Python3.9', handler: 'index.handler', memory_size: 128, timeout: 3, code_type: 'inline' },
    });
    expect(quoted).toMatchObject({ status: 403, body: { error_code: 'FSS.0403', error_msg: 'invalid token' } });
  });

  it('picks a status with `Prefer: code=NNN`: its first example, else a sample of its schema', async () => {
    expect(await call('fg', 'PUT', codePath, { headers: { ...fgAuth, Prefer: 'code=404' }, body: { code_type: 'inline' } })).toMatchObject({
      status: 404,
      body: { error_code: 'FSS.1052' },
    });
    expect(await call('fg', 'PUT', codePath, { headers: { ...fgAuth, Prefer: 'code=500' }, body: { code_type: 'inline' } })).toMatchObject({
      status: 500,
      body: { error_code: 'string', error_msg: 'string' },
    });
    // A range key answers with the exact status asked for; the spec-declared request id header is filled in.
    const fc = await call('fc', 'PUT', fcPath, { headers: { Authorization: 'x', Prefer: 'code=429' } });
    expect(fc).toMatchObject({ status: 429, body: { errorCode: 'string', errorMessage: 'string' } });
    expect(fc.headers.get('x-fc-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says which examples exist when the preferred one does not', async () => {
    const a = await call('fg', 'PUT', codePath, { headers: { ...fgAuth, Prefer: 'example=nope' }, body: { code_type: 'inline' } });
    expect(a).toEqual({
      status: 400,
      headers: expect.any(Headers),
      body: { error_code: 'ExampleNotFound', error_msg: 'Prefer: example=nope names no response example of UpdateFunctionCode; documented: updated, versionNotFound' },
    });
    expect(await call('fg', 'PUT', codePath, { headers: { ...fgAuth, Prefer: 'code=418' }, body: { code_type: 'inline' } })).toMatchObject({
      status: 400,
      body: { error_code: 'ExampleNotFound' },
    });
  });

  it('parses Prefer as Prism does', () => {
    expect(parsePrefer('example=created')).toEqual({ example: 'created' });
    expect(parsePrefer('code=404, example="not found"')).toEqual({ code: '404', example: 'not found' });
    expect(parsePrefer(['respond-async', 'Example = x'])).toEqual({ example: 'x' });
    expect(parsePrefer(undefined)).toEqual({});
  });
});

describe('funcspec mock: errors in the shape each spec documents', () => {
  it('derives the error body shape from the error schemas property names, not from the vendor', () => {
    expect(errorShape(docs.fg)).toMatchObject({ codeKey: 'error_code', messageKey: 'error_msg' });
    expect(errorShape(docs.fc)).toMatchObject({ codeKey: 'errorCode', messageKey: 'errorMessage' });
    expect(errorShape(docs.pets)).toMatchObject({ codeKey: 'code', messageKey: 'message' });
    expect(errorShape({ openapi: '3.1.0', paths: {} })).toBe(DEFAULT_ERROR_SHAPE);
    expect(shapeFromNames(['Code', 'Message', 'RequestId'], 'x')).toEqual({ codeKey: 'Code', messageKey: 'Message', requestIdKey: 'RequestId', source: 'x' });
    expect(shapeFromNames(['status'], 'x')).toBeUndefined();
  });

  it('404 for a path no operation has', async () => {
    expect(await call('fg', 'GET', '/v2/nothing')).toMatchObject({ status: 404, body: { error_code: 'NotFound', error_msg: 'no operation of the spec matches GET /v2/nothing' } });
    const fc = await call('fc', 'GET', '/nothing');
    expect(fc).toMatchObject({ status: 404, body: { errorCode: 'NotFound', errorMessage: 'no operation of the spec matches GET /nothing' } });
  });

  it('405 with Allow for a documented path and an undocumented method', async () => {
    const a = await call('fg', 'DELETE', configPath, { headers: fgAuth });
    expect(a).toMatchObject({ status: 405, body: { error_code: 'MethodNotAllowed' } });
    expect(a.headers.get('allow')).toBe('PUT');
    expect(await call('fc', 'GET', fcPath)).toMatchObject({ status: 405, body: { errorCode: 'MethodNotAllowed' } });
  });

  it("401 when the spec's apiKey header is missing, naming it", async () => {
    expect(await call('fg', 'PUT', configPath, { headers: { 'Content-Type': 'application/json' }, body: validConfig })).toMatchObject({
      status: 401,
      body: { error_code: 'MissingCredentials', error_msg: "missing credential: header 'X-Auth-Token' (security scheme iamToken)" },
    });
    const fc = await call('fc', 'PUT', fcPath, {});
    expect(fc).toMatchObject({ status: 401, body: { errorCode: 'MissingCredentials', errorMessage: "missing credential: header 'Authorization' (security scheme acsSignature)" } });
    expect(fc.headers.get('x-fc-request-id')).toBeTruthy();
  });

  it('400 naming the path parameter that breaks its schema', async () => {
    const a = await call('fg', 'PUT', `/v2/short/fgs/functions/${URN}/config`, { headers: fgAuth, body: validConfig });
    expect(a).toMatchObject({ status: 400, body: { error_code: 'InvalidRequest' } });
    expect((a.body as { error_msg: string }).error_msg).toBe(
      `invalid request: path parameter 'project_id' must NOT have fewer than 32 characters; must match pattern "^[A-Za-z0-9]{32}$"`,
    );
  });

  it('400 naming a missing required header, or one outside its enum', async () => {
    const noType = await call('fg', 'PUT', configPath, { headers: { 'X-Auth-Token': 't' }, raw: JSON.stringify(validConfig) });
    expect(noType).toMatchObject({ status: 400, body: { error_msg: "invalid request: header parameter 'Content-Type' is required" } });
    const wrongType = await call('fg', 'PUT', codePath, { headers: { 'X-Auth-Token': 't', 'Content-Type': 'text/plain' }, raw: '{"code_type":"inline"}' });
    expect(wrongType).toMatchObject({ status: 400, body: { error_msg: `invalid request: header parameter 'Content-Type' must be one of "application/json"` } });
    // Media type parameters are not part of the value the schema constrains.
    expect(await call('fg', 'PUT', codePath, { headers: { 'X-Auth-Token': 't', 'Content-Type': 'application/json; charset=utf-8' }, raw: '{"code_type":"inline"}' })).toMatchObject(
      { status: 200 },
    );
  });

  it('400 naming the body field that breaks the schema (the fg-008 example is one)', async () => {
    const gpu = { func_name: 'test_GPU', handler: 'bootstrap', memory_size: 4096, runtime: 'Custom', timeout: 40, gpu_memory: 1024 };
    expect(await call('fg', 'PUT', configPath, { headers: fgAuth, body: gpu })).toMatchObject({
      status: 400,
      body: { error_code: 'InvalidRequest', error_msg: 'invalid request: body field /handler must be equal to constant; must match pattern "\\."; must match a schema in anyOf' },
    });
    const { func_name: _drop, ...missing } = validConfig;
    expect(await call('fg', 'PUT', configPath, { headers: fgAuth, body: { ...missing, memory_size: 100 } })).toMatchObject({
      status: 400,
      body: {
        error_msg:
          'invalid request: body field /func_name is required | body field /memory_size must be one of 128, 256, 512, 768, 1024, 1280, 1536, 1792, … (13 values); must be >= 128',
      },
    });
    expect(await call('fc', 'PUT', fcPath, { headers: { Authorization: 'x' }, body: { memorySize: 100, code: { zipFile: 'UEsDBA==', ossBucketName: 'b' } } })).toMatchObject({
      status: 400,
      body: {
        errorCode: 'InvalidRequest',
        errorMessage: 'invalid request: body field /code/ossBucketName must be absent (its schema is false) | body field /memorySize must be multiple of 64',
      },
    });
  });

  it('400 for a missing required body or JSON that does not parse; 415 for an undocumented media type', async () => {
    expect(await call('fg', 'PUT', configPath, { headers: fgAuth })).toMatchObject({
      status: 400,
      body: { error_msg: 'invalid request: body field (the body itself) is required (the request has no body)' },
    });
    const bad = await call('fg', 'PUT', configPath, { headers: fgAuth, raw: '{"func_name":' });
    expect(bad).toMatchObject({ status: 400, body: { error_code: 'InvalidRequest' } });
    expect((bad.body as { error_msg: string }).error_msg).toMatch(/^invalid request: body is not valid JSON \(/);
    expect(await call('fg', 'PUT', configPath, { headers: { 'X-Auth-Token': 't', 'Content-Type': 'text/plain' }, raw: 'hello' })).toMatchObject({
      status: 415,
      body: { error_code: 'UnsupportedMediaType', error_msg: "request body of type 'text/plain' is not documented; send one of: application/json" },
    });
  });

  it('checks query parameters and serves under the server URL path too (petstore fixture)', async () => {
    const pet = { name: 'Rex', kind: 'dog' };
    const headers = { 'X-Auth-Token': 't', 'Content-Type': 'application/json' };
    expect(await call('pets', 'PUT', '/v1/pets/7?dry_run=true', { headers, body: pet })).toMatchObject({ status: 200, body: { name: 'string', kind: 'cat' } });
    expect(await call('pets', 'PUT', '/pets/7', { headers, body: pet })).toMatchObject({ status: 200 });
    expect(await call('pets', 'PUT', '/pets/7?dry_run=maybe', { headers, body: pet })).toMatchObject({
      status: 400,
      body: { code: 'InvalidRequest', message: "invalid request: query parameter 'dry_run' must be boolean" },
    });
  });

  it('records every request exactly as it arrived', () => {
    const last = seen.find((r) => r.url.includes('dry_run=maybe'))!;
    expect(last).toMatchObject({ method: 'PUT', url: '/pets/7?dry_run=maybe', body: '{"name":"Rex","kind":"dog"}' });
    expect(last.headers['x-auth-token']).toBe('t');
  });
});

describe('funcspec mock: command line', () => {
  it('explains its options and rejects bad ones', async () => {
    expect(await runCli(['mock', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: funcspec mock --spec FILE [--port N] [--host H]') });
    expect(await runCli(['mock'])).toMatchObject({ code: 2, stderr: expect.stringContaining('funcspec mock: --spec FILE is required') });
    expect(await runCli(['mock', '--spec', FG, '--port', 'eighty'])).toMatchObject({ code: 2, stderr: "funcspec mock: --port must be an integer from 0 to 65535, not 'eighty'" });
    expect(await runCli(['mock', '--spec', 'spec/none.yaml'])).toMatchObject({ code: 2, stderr: 'funcspec mock: spec/none.yaml: file not found' });
    expect(await runCli(['mock', '--spec', 'package.json'])).toMatchObject({
      code: 2,
      stderr: 'funcspec mock: package.json:1:1: not an OpenAPI document: no `openapi` version field',
    });
  });

  it('reports a port in use instead of crashing', async () => {
    const port = Number(new URL(servers.fg.url).port);
    expect(await runCli(['mock', '--spec', FG, '--port', String(port)])).toMatchObject({
      code: 2,
      stderr: `funcspec mock: ${FG}: port ${port} on 127.0.0.1 is already in use; pick another with --port`,
    });
  });

  it('prints the URL it listens on, logs each request and stops on SIGINT', async () => {
    const child = spawn(process.execPath, ['bin/funcspec.js', 'mock', '--spec', FC, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 30 s; stdout: ${out} stderr: ${err}`)), 30_000);
        child.stdout.on('data', () => {
          const m = /at (http:\/\/127\.0\.0\.1:\d+)\n[^]*Press Ctrl-C to stop\.\n/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited ${code} early; stderr: ${err}`)));
      });
      expect(out).toContain(`funcspec mock: serving ${FC} (1 operation) at ${url}`);
      expect(out).toContain('PUT    /2021-04-06/services/{serviceName}/functions/{functionName}  UpdateFunction  examples: sampleSuccess (200)');
      expect(out).toContain('Answers are the documented examples (--dynamic to generate them). CORS is on (--no-cors to turn it off).');
      const res = await fetch(`${url}${fcPath}`, { method: 'PUT', headers: { Authorization: 'x' } });
      expect(res.status).toBe(200);
      await res.text();
      await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain(`PUT ${fcPath} → 200 (UpdateFunction: example sampleSuccess)`);
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGINT');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
      expect(out).toContain('funcspec mock: stopped');
    }
  });
});
