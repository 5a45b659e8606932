/**
 * Choosing the answer as Prism does (generator/mock/prefer.ts): `Prefer: example= / code= / dynamic=`
 * and the query forms `?__example= / __code= / __dynamic=`, with Prism's precedence (a Prefer header
 * stating any preference wins over all the query forms); the `__` parameters are never the
 * operation's own; a rejected request keeps its vendor-shaped 400 whatever it prefers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePrefer, requestPreferences } from '../../generator/mock/prefer.js';
import { startMockServer, type RunningMock } from '../../generator/mock/server.js';
import { loadDocument } from '../../generator/openapi/document.js';

const PROJECT = 'c3b2459a6d5e4b548e6777e57852692d';
const URN = 'urn%3Afss%3Acn-north-4%3Ac3b2459a6d5e4b548e6777e57852692d%3Afunction%3Adefault%3Atest';
const codePath = `/v2/${PROJECT}/fgs/functions/${URN}/code`;
const fcPath = '/2021-04-06/services/demo-service/functions/demo-function';
const fgHeaders = { 'x-auth-token': 't', 'content-type': 'application/json' };

const fgDoc = (await loadDocument('spec/huaweicloud/functiongraph-v2.yaml')).data;
const fcDoc = (await loadDocument('spec/aliyun/fc-2021-04-06.yaml')).data;
const petsDoc = (await loadDocument('test/fixtures/petstore-3.1.yaml')).data;
let fg: RunningMock;
let fc: RunningMock;
let fcDynamic: RunningMock;
let pets: RunningMock;
beforeAll(async () => {
  [fg, fc, fcDynamic, pets] = await Promise.all([startMockServer(fgDoc), startMockServer(fcDoc), startMockServer(fcDoc, {}, { dynamic: true }), startMockServer(petsDoc)]);
});
afterAll(async () => {
  await Promise.all([fg, fc, fcDynamic, pets].map((m) => m.close()));
});

async function putCode(query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${fg.url}${codePath}${query}`, { method: 'PUT', headers: { ...fgHeaders, ...headers }, body: '{"code_type":"inline"}' });
  return { status: res.status, body: (await res.json()) as unknown };
}

const versionNotFound = { error_code: 'FSS.1052', error_msg: 'Not found the function version' };

describe('query forms', () => {
  it('?__example=NAME serves that example with its status', async () => {
    expect(await putCode('?__example=versionNotFound')).toEqual({ status: 404, body: versionNotFound });
  });

  it('?__code=NNN serves that status: its first example, else a sample of its schema', async () => {
    expect(await putCode('?__code=404')).toEqual({ status: 404, body: versionNotFound });
    expect(await putCode('?__code=500')).toMatchObject({ status: 500, body: { error_code: 'string', error_msg: 'string' } });
    // a range key (FC's 4XX) answers with the exact status asked for
    const res = await fetch(`${fc.url}${fcPath}?__code=429`, { method: 'PUT', headers: { authorization: 'x' } });
    expect(res.status).toBe(429);
  });

  it('?__code with ?__example looks for the example in that status’s response only', async () => {
    expect(await putCode('?__code=404&__example=versionNotFound')).toEqual({ status: 404, body: versionNotFound });
    expect(await putCode('?__code=200&__example=versionNotFound')).toEqual({
      status: 400,
      body: { error_code: 'ExampleNotFound', error_msg: "__example=versionNotFound names no response example of UpdateFunctionCode's 200 response; documented: updated" },
    });
  });

  it('an unknown code or example is a 400 naming the query parameter', async () => {
    expect(await putCode('?__code=418')).toEqual({
      status: 400,
      body: { error_code: 'ExampleNotFound', error_msg: '__code=418 names no response of UpdateFunctionCode; documented: 200, 400, 401, 403, 404, 500' },
    });
    expect(await putCode('?__code=000')).toMatchObject({ status: 400, body: { error_code: 'ExampleNotFound' } });
    expect(await putCode('?__dynamic=maybe')).toEqual({ status: 400, body: { error_code: 'InvalidRequest', error_msg: '__dynamic=maybe must be true or false' } });
  });
});

describe('precedence (Prism’s: a Prefer header stating a preference wins over every query form)', () => {
  it('Prefer: example= beats ?__code=', async () => {
    expect(await putCode('?__code=404', { prefer: 'example=updated' })).toMatchObject({ status: 200 });
  });

  it('Prefer: code= beats ?__example= (the query example is not used at all)', async () => {
    expect(await putCode('?__example=updated', { prefer: 'code=404' })).toEqual({ status: 404, body: versionNotFound });
  });

  it('a Prefer header stating none of them leaves the query forms in force', async () => {
    expect(await putCode('?__code=404', { prefer: 'respond-async' })).toEqual({ status: 404, body: versionNotFound });
  });

  it('is what requestPreferences reads', () => {
    const q = new URLSearchParams('__example=a&__code=404&__dynamic=true');
    expect(requestPreferences(undefined, q)).toEqual({ example: 'a', code: '404', dynamic: 'true', from: 'query' });
    expect(requestPreferences('code=500', q)).toEqual({ code: '500', from: 'header' });
    expect(requestPreferences('respond-async', q)).toMatchObject({ from: 'query', code: '404' });
    expect(requestPreferences(undefined, new URLSearchParams('x=1'))).toEqual({ from: 'none' });
    expect(parsePrefer('dynamic=true, example="a b"')).toEqual({ dynamic: 'true', example: 'a b' });
  });
});

describe('the __ parameters and request validation', () => {
  const pet = JSON.stringify({ name: 'Rex', kind: 'dog' });
  const petHeaders = { 'x-auth-token': 't', 'content-type': 'application/json' };

  it('are not the operation’s parameters: a valid request stays valid with them', async () => {
    const res = await fetch(`${pets.url}/v1/pets/7?dry_run=true&__code=404&__dynamic=false`, { method: 'PUT', headers: petHeaders, body: pet });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'string', message: 'string' });
  });

  it('do not rescue an invalid request: it keeps the vendor-shaped 400 naming the field', async () => {
    const res = await fetch(`${pets.url}/v1/pets/7?dry_run=maybe&__code=404`, { method: 'PUT', headers: petHeaders, body: pet });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'InvalidRequest', message: "invalid request: query parameter 'dry_run' must be boolean" });
    const fgBad = await putCode('?__example=versionNotFound', { 'content-type': 'text/plain' });
    expect(fgBad).toEqual({ status: 400, body: { error_code: 'InvalidRequest', error_msg: `invalid request: header parameter 'Content-Type' must be one of "application/json"` } });
  });
});

describe('dynamic per request', () => {
  const sampleSuccess = async (url: string, query: string, prefer?: string): Promise<unknown> => {
    const res = await fetch(`${url}${fcPath}${query}`, { method: 'PUT', headers: { authorization: 'x', ...(prefer ? { prefer } : {}) } });
    expect(res.status).toBe(200);
    return res.json();
  };

  it('?__dynamic=true / Prefer: dynamic=true generate on a static server; =false serves the example on a dynamic one', async () => {
    const example = await sampleSuccess(fc.url, '');
    expect(example).toMatchObject({ functionName: 'demo-function' });
    expect(await sampleSuccess(fc.url, '?__dynamic=true')).not.toEqual(example);
    expect(await sampleSuccess(fc.url, '', 'dynamic=true')).not.toEqual(example);
    expect(await sampleSuccess(fcDynamic.url, '')).not.toEqual(example);
    expect(await sampleSuccess(fcDynamic.url, '?__dynamic=false')).toEqual(example);
  });

  it('a named example is served as written even in dynamic mode (as in Prism)', async () => {
    expect(await sampleSuccess(fcDynamic.url, '?__example=sampleSuccess')).toEqual(await sampleSuccess(fc.url, ''));
  });
});
