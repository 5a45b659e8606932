/**
 * CORS in `funcspec mock` (generator/mock/cors.ts), on by default as in Prism: preflights answered
 * 204 before routing and security, `Access-Control-Allow-Origin` / `-Expose-Headers` on every other
 * answer, and `--cors false` / `--no-cors` (or `cors: false`) to turn it all off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseCorsFlag } from '../../generator/cli/mock.js';
import { PREFLIGHT_MAX_AGE } from '../../generator/mock/cors.js';
import { startMockServer, type RunningMock } from '../../generator/mock/server.js';
import { loadDocument } from '../../generator/openapi/document.js';
import { runCli } from '../helpers/cli.js';

const FC = 'spec/aliyun/fc-2021-04-06.yaml';
const PETS = 'test/fixtures/petstore-3.1.yaml';
const fcPath = '/2021-04-06/services/demo-service/functions/demo-function';
const fc = (await loadDocument(FC)).data;
const pets = (await loadDocument(PETS)).data;

let on: RunningMock;
let off: RunningMock;
let petsOn: RunningMock;
beforeAll(async () => {
  on = await startMockServer(fc);
  off = await startMockServer(fc, {}, { cors: false });
  petsOn = await startMockServer(pets);
});
afterAll(async () => {
  await Promise.all([on.close(), off.close(), petsOn.close()]);
});

const preflight = (base: string, path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(base + path, { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'PUT', ...headers } });

describe('CORS preflight', () => {
  it('is answered 204 with the origin, the path’s documented methods, the requested headers and a max age', async () => {
    const res = await preflight(on.url, fcPath, { 'access-control-request-headers': 'authorization, content-type, x-fc-trace' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-allow-methods')).toBe('PUT');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type, x-fc-trace');
    expect(res.headers.get('access-control-max-age')).toBe(String(PREFLIGHT_MAX_AGE));
    expect(res.headers.get('content-length')).toBeNull();
  });

  it('needs no credential and no valid parameters (browsers send neither on a preflight)', async () => {
    // The petstore's operation requires X-Auth-Token and a Content-Type header; the preflight has neither.
    const res = await preflight(petsOn.url, '/v1/pets/7', { 'access-control-request-method': 'PUT' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toBe('PUT');
  });

  it('answers `*` without an Origin, and lets a request to an undocumented path go out to get its 404', async () => {
    const res = await fetch(on.url + '/nowhere', { method: 'OPTIONS', headers: { 'access-control-request-method': 'DELETE' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBe('DELETE');
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('leaves a plain OPTIONS (no Access-Control-Request-Method) to routing: 405 where the spec documents none', async () => {
    const res = await fetch(on.url + fcPath, { method: 'OPTIONS', headers: { origin: 'https://app.example' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('PUT');
    expect(await res.json()).toMatchObject({ errorCode: 'MethodNotAllowed' });
  });
});

describe('CORS headers on answers', () => {
  it('are on successes and on the mock’s own errors, exposing the headers the answer carries', async () => {
    const ok = await fetch(on.url + fcPath, { method: 'PUT', headers: { authorization: 'x', origin: 'https://app.example' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(ok.headers.get('access-control-expose-headers')).toBe('content-type, content-length');
    const denied = await fetch(on.url + fcPath, { method: 'PUT' });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
    // The request id header the spec declares for its errors, readable by a page's script.
    expect(denied.headers.get('access-control-expose-headers')).toBe('x-fc-request-id, content-type, content-length');
    const missing = await fetch(on.url + '/nowhere', { headers: { origin: 'https://app.example' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const wrong = await fetch(on.url + fcPath, { method: 'GET' });
    expect(wrong.headers.get('access-control-expose-headers')).toBe('allow, content-type, content-length');
  });
});

describe('CORS off', () => {
  it('(`cors: false`) answers a preflight like any OPTIONS request and adds no CORS header', async () => {
    const res = await preflight(off.url, fcPath);
    expect(res.status).toBe(405);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const ok = await fetch(off.url + fcPath, { method: 'PUT', headers: { authorization: 'x', origin: 'https://app.example' } });
    expect(ok.status).toBe(200);
    expect([...ok.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('is spelt as in Prism: --cors false, --cors=false, --no-cors', () => {
    expect(normaliseCorsFlag(['--spec', 'a.yaml', '--cors', 'false'])).toEqual(['--spec', 'a.yaml', '--cors=false']);
    expect(normaliseCorsFlag(['--no-cors', '--quiet'])).toEqual(['--cors=false', '--quiet']);
    expect(normaliseCorsFlag(['--cors', '--quiet'])).toEqual(['--cors=true', '--quiet']);
    expect(normaliseCorsFlag(['--cors=false'])).toEqual(['--cors=false']);
    expect(normaliseCorsFlag(['--', '--no-cors'])).toEqual(['--', '--no-cors']);
  });

  it('rejects another value, and a misspelt flag gets a suggestion', async () => {
    expect(await runCli(['mock', '--spec', FC, '--cors', 'maybe'])).toMatchObject({ code: 2, stderr: "funcspec mock: --cors must be true or false, not 'maybe'" });
    expect(await runCli(['mock', '--spec', FC, '--cros'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option '--cros' (did you mean '--cors'?)") });
  });
});
