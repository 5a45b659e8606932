/** The shared reading layer: one `$ref` follower, one operation walk, one version check, one problem formatter. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../generator/openapi/document.js';
import { invalidDocumentError, type LintProblem } from '../../generator/openapi/lint.js';
import { isJsonMediaType } from '../../generator/openapi/media.js';
import { deref } from '../../generator/openapi/refs.js';
import { listOperations, parameterList, pathItems, requestBodyOf, responsesOf } from '../../generator/openapi/walk.js';
import { checkOpenApiVersion } from '../../generator/openapi/version.js';

const doc = {
  openapi: '3.1.0',
  paths: {
    '/a': { get: { parameters: [{ $ref: '#/components/parameters/q' }], responses: { '200': { $ref: '#/components/responses/ok' } } } },
    '/b': { $ref: '#/components/pathItems/b' },
  },
  webhooks: { ping: { post: { requestBody: { $ref: '#/components/requestBodies/ping' }, responses: {} } } },
  components: {
    parameters: { q: { name: 'q', in: 'query' } },
    responses: { ok: { description: 'ok' } },
    requestBodies: { ping: { content: { 'application/json': {} } } },
    pathItems: { b: { put: { responses: {} }, delete: { responses: {} } } },
    schemas: { Self: { $ref: '#/components/schemas/Self' }, A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } },
  },
};

describe('refs', () => {
  it('follows a chain and stops on self and mutual cycles without looping', () => {
    expect(deref(doc, { value: { $ref: '#/components/parameters/q' }, ptr: '/x' })).toEqual({ value: { name: 'q', in: 'query' }, ptr: '/components/parameters/q' });
    expect(deref(doc, { value: { $ref: '#/components/schemas/Self' }, ptr: '/x' }).ptr).toBe('/components/schemas/Self');
    expect(deref(doc, { value: { $ref: '#/components/schemas/A' }, ptr: '/x' }).ptr).toMatch(/^\/components\/schemas\/[AB]$/);
    expect(deref(doc, { value: { $ref: 'other.yaml#/x' }, ptr: '/x' }).ptr).toBe('/x');
  });
});

describe('walk', () => {
  it('lists operations as used (path item $refs followed) in method order', () => {
    expect(listOperations(doc).map((o) => `${o.method} ${o.path} ${o.operation.ptr}`)).toEqual([
      'get /a /paths/~1a/get',
      'put /b /components/pathItems/b/put',
      'delete /b /components/pathItems/b/delete',
    ]);
  });

  it('lists path items where they are defined, each once', () => {
    expect(pathItems(doc, 'defined').map((p) => p.item.ptr)).toEqual(['/paths/~1a', '/webhooks/ping', '/components/pathItems/b']);
  });

  it('resolves parameters, request bodies and responses', () => {
    const [get] = listOperations(doc);
    expect(parameterList(doc, { value: (get!.operation.value as { parameters: unknown }).parameters, ptr: '/p' }).map((p) => p.ptr)).toEqual(['/components/parameters/q']);
    expect(responsesOf(doc, get!.operation)).toEqual([['200', { value: { description: 'ok' }, ptr: '/components/responses/ok' }]]);
    const ping = listOperations(doc, 'defined').find((o) => o.path === 'ping')!;
    expect(requestBodyOf(doc, ping.operation)?.ptr).toBe('/components/requestBodies/ping');
    expect(requestBodyOf(doc, get!.operation)).toBeUndefined();
  });

  it('answers "is this JSON?" one way', () => {
    expect(['application/json', 'application/JSON; charset=utf-8', 'application/problem+json'].map(isJsonMediaType)).toEqual([true, true, true]);
    expect(['text/plain', 'application/jsonx', 'multipart/form-data'].map(isJsonMediaType)).toEqual([false, false, false]);
  });
});

describe('version and problems', () => {
  const load = (text: string) => parseText(text, 'api.yaml');

  it('accepts 3.0 and 3.1 and refuses the rest at the offending node, with the caller’s exit code', () => {
    expect(checkOpenApiVersion(load('openapi: 3.0.3\n'))).toBe('3.0');
    expect(checkOpenApiVersion(load('openapi: 3.1.0\n'))).toBe('3.1');
    expect(() => checkOpenApiVersion(load('info: {}\nswagger: "2.0"\n'))).toThrow(/Swagger 2\.0 is not supported/);
    const err = (() => {
      try {
        checkOpenApiVersion(load('info: {}\nopenapi: 4.0.0\n'), 2);
      } catch (e) {
        return e as { format(): string; exitCode: number };
      }
    })();
    expect(err?.format()).toBe('api.yaml:2:1: OpenAPI 4.0.0 is not supported: funcspec reads OpenAPI 3.0 and 3.1');
    expect(err?.exitCode).toBe(2);
  });

  it('formats lint problems once: located at the first, five listed, the rest counted', () => {
    const problems: LintProblem[] = Array.from({ length: 7 }, (_, i) => ({ message: `m${i}`, ruleId: 'struct', pointer: i === 0 ? '/info' : '' }));
    const err = invalidDocumentError(problems, load('openapi: 3.1.0\ninfo: 1\n'), 2);
    expect(err.exitCode).toBe(2);
    expect(err.format()).toBe(
      [
        'api.yaml:2:1: not a valid OpenAPI document (7 problems):',
        '  [struct] m0 (/info)',
        '  [struct] m1',
        '  [struct] m2',
        '  [struct] m3',
        '  [struct] m4',
        '  ... and 2 more (run `funcspec check-spec` for all)',
      ].join('\n'),
    );
  });
});
