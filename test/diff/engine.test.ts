/**
 * Behaviour of the pipeline as a whole, beyond single rules: $ref propagation in both directions,
 * spelling-insensitivity (allOf, nullable, 3.0 vs 3.1), recursion, matching, determinism.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffDocuments } from '../../generator/diff/engine.js';
import { as30, doc, params, reqBody, reqProp, resBody, resProp, withSchemas } from './helpers.js';

const ids = (base: unknown, revision: unknown): string[] => diffDocuments(base, revision).map((c) => c.id);

describe('$ref', () => {
  // One shared component, sent by POST and returned by GET: one edit, one change per place it lands.
  const api = (vpc: unknown) =>
    doc(
      {
        '/functions': {
          post: {
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Function' } } } },
            responses: { '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Function' } } } } },
          },
          get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Function' } } } } } } },
        },
      },
      { components: { schemas: { Function: { type: 'object', properties: { func_vpc: { $ref: '#/components/schemas/FuncVpc' } } }, FuncVpc: vpc } } },
    );
  const vpc = (required: string[]) => ({ type: 'object', properties: { vpc_id: { type: 'string' }, subnet_id: { type: 'string' } }, required });

  it('reports a shared component edit at every operation, in each direction', () => {
    const changes = diffDocuments(api(vpc(['subnet_id'])), api(vpc(['subnet_id', 'vpc_id'])));
    expect(changes.map((c) => [c.operation, c.id, c.subject, c.status ?? ''])).toEqual([
      ['GET', 'response-property-became-required', '[].func_vpc.vpc_id', '200'],
      ['POST', 'request-property-became-required', 'func_vpc.vpc_id', ''],
      ['POST', 'response-property-became-required', 'func_vpc.vpc_id', '201'],
    ]);
    // The pointer is where the edit is: in the component, not in each operation.
    for (const c of changes) expect(c.revisionPointer).toBe('/components/schemas/FuncVpc/required');
    expect(changes.find((c) => c.direction === 'request')?.level).toBe('ERR');
    expect(changes.filter((c) => c.direction === 'response').map((c) => c.level)).toEqual(['INFO', 'INFO']);
  });

  it('follows $ref for parameters, request bodies and responses', () => {
    const d = (max: number) =>
      doc(
        {
          '/things': {
            post: {
              parameters: [{ $ref: '#/components/parameters/Limit' }],
              requestBody: { $ref: '#/components/requestBodies/Thing' },
              responses: { '200': { $ref: '#/components/responses/Thing' } },
            },
          },
        },
        {
          components: {
            parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer', maximum: max } } },
            requestBodies: { Thing: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
            responses: { Thing: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
            schemas: { Thing: { type: 'object', properties: { size: { type: 'integer', maximum: max } } } },
          },
        },
      );
    expect(ids(d(10), d(20))).toEqual(['response-property-max-increased', 'request-parameter-max-increased', 'request-property-max-increased']);
  });

  it('treats a 3.1 $ref with sibling keywords like allOf', () => {
    const schemas = { Id: { type: 'string', maxLength: 10 } };
    const before = withSchemas(reqProp({ allOf: [{ $ref: '#/components/schemas/Id' }], description: 'the id' }), schemas);
    const after = withSchemas(reqProp({ $ref: '#/components/schemas/Id', description: 'the id' }), schemas);
    expect(ids(before, after)).toEqual([]);
    expect(ids(after, withSchemas(reqProp({ $ref: '#/components/schemas/Id', maxLength: 5 }), schemas))).toEqual(['request-property-max-length-decreased']);
  });
});

describe('recursion', () => {
  const tree = (labelType: string) =>
    withSchemas(resBody({ $ref: '#/components/schemas/Node' }), {
      Node: { type: 'object', properties: { label: { type: labelType }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
    });

  it('terminates on recursive schemas and reports the change once', () => {
    const changes = diffDocuments(tree('string'), tree('integer'));
    expect(changes.map((c) => [c.id, c.subject])).toEqual([['response-property-type-changed', 'label']]);
  });

  it('terminates on mutually recursive and self-including allOf schemas', () => {
    const loop = (extra: Record<string, unknown>) =>
      withSchemas(reqBody({ $ref: '#/components/schemas/A' }), {
        A: { allOf: [{ $ref: '#/components/schemas/B' }], properties: { a: { $ref: '#/components/schemas/A' } }, ...extra },
        B: { allOf: [{ $ref: '#/components/schemas/A' }], properties: { b: { type: 'string' } } },
      });
    expect(ids(loop({}), loop({ required: ['b'] }))).toEqual(['request-property-became-required']);
  });

  it('terminates on a $ref loop', () => {
    const d = withSchemas(reqBody({ $ref: '#/components/schemas/A' }), { A: { $ref: '#/components/schemas/B' }, B: { $ref: '#/components/schemas/A' } });
    expect(ids(d, d)).toEqual([]);
  });
});

describe('the same meaning spelled differently is no change', () => {
  const quiet = (name: string, base: unknown, revision: unknown): void => {
    it(name, () => expect(diffDocuments(base, revision, { includeDocs: false })).toEqual([]));
  };
  const str = { type: 'string' };
  quiet('identical documents', reqProp(str), reqProp(str));
  quiet(
    'properties moved into an allOf base',
    withSchemas(reqBody({ $ref: '#/components/schemas/Pet' }), { Pet: { type: 'object', properties: { id: str, name: str }, required: ['id'] } }),
    withSchemas(reqBody({ $ref: '#/components/schemas/Pet' }), {
      Base: { type: 'object', properties: { id: str }, required: ['id'] },
      Pet: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { name: str } }] },
    }),
  );
  quiet(
    'an inline schema moved to a component',
    resProp({ type: 'integer', minimum: 0 }),
    withSchemas(resProp({ $ref: '#/components/schemas/N' }), { N: { type: 'integer', minimum: 0 } }),
  );
  quiet('3.0 nullable vs 3.1 type list', as30(resProp({ type: 'string', nullable: true })), resProp({ type: ['string', 'null'] }));
  quiet('3.1 type list vs anyOf with null', resProp({ type: ['integer', 'null'] }), resProp({ anyOf: [{ type: 'integer' }, { type: 'null' }] }));
  quiet(
    '3.0 allOf+nullable vs 3.1 oneOf with null',
    as30(withSchemas(resProp({ allOf: [{ $ref: '#/components/schemas/V' }], nullable: true }), { V: { type: 'object' } })),
    withSchemas(resProp({ oneOf: [{ $ref: '#/components/schemas/V' }, { type: 'null' }] }), { V: { type: 'object' } }),
  );
  quiet('3.0 boolean exclusiveMaximum vs 3.1 numeric', as30(resProp({ type: 'integer', maximum: 10, exclusiveMaximum: true })), resProp({ type: 'integer', exclusiveMaximum: 10 }));
  quiet(
    'renamed path parameter',
    doc({ '/things/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: str }], responses: { '200': { description: 'ok' } } } } }),
    doc({ '/things/{thing_id}': { get: { parameters: [{ name: 'thing_id', in: 'path', required: true, schema: str }], responses: { '200': { description: 'ok' } } } } }),
  );
  quiet(
    'parameter moved from the operation to the path item',
    params({ name: 'q', in: 'query', schema: str }),
    doc({
      '/things/{id}': {
        parameters: [{ name: 'q', in: 'query', schema: str }],
        get: { operationId: 'getThing', parameters: [{ name: 'id', in: 'path', required: true, schema: str }], responses: { '200': { description: 'ok' } } },
      },
    }),
  );
  quiet('header parameter name case', params({ name: 'X-Trace', in: 'header', schema: str }), params({ name: 'x-trace', in: 'header', schema: str }));
  quiet('a read-only property added to a request body (clients never send it)', reqBody({ type: 'object' }), reqProp({ type: 'string', readOnly: true }, true));
  quiet('type: object made explicit', reqBody({ properties: { a: str } }), reqBody({ type: 'object', properties: { a: str } }));
  quiet('descriptions without --include-docs', reqProp({ type: 'string', description: 'a' }), reqProp({ type: 'string', description: 'b' }));
});

describe('matching and output', () => {
  it('still compares a renamed path parameter', () => {
    const d = (name: string, type: string) =>
      doc({ [`/things/{${name}}`]: { get: { parameters: [{ name, in: 'path', required: true, schema: { type } }], responses: { '200': { description: 'ok' } } } } });
    const [change] = diffDocuments(d('id', 'integer'), d('thing_id', 'string'));
    expect(change).toMatchObject({ id: 'request-parameter-type-generalized', subject: 'thing_id', path: '/things/{thing_id}' });
  });

  it('sorts deterministically whatever the key order', () => {
    const ops = (order: string[]) =>
      doc(Object.fromEntries(order.map((p) => [p, { get: { responses: { '200': { description: 'ok' } } }, delete: { responses: { '204': { description: 'gone' } } } }])));
    const a = diffDocuments(ops(['/a', '/b', '/c']), doc({}));
    const b = diffDocuments(ops(['/c', '/a', '/b']), doc({}));
    expect(a).toEqual(b);
    expect(a.map((c) => `${c.operation} ${c.path}`)).toEqual(['GET /a', 'DELETE /a', 'GET /b', 'DELETE /b', 'GET /c', 'DELETE /c']);
  });

  it('puts the most severe changes of an operation first', () => {
    const changes = diffDocuments(
      reqBody({ type: 'object', properties: { a: { type: 'string' } } }),
      reqBody({ type: 'object', properties: { b: { type: 'string' }, c: { type: 'string' } }, required: ['c'] }),
    );
    expect(changes.map((c) => c.level)).toEqual(['ERR', 'WARN', 'INFO']);
  });

  it('gives every change a message naming its subject', () => {
    const [change] = diffDocuments(resProp({ type: 'object', properties: { vpc_id: { type: 'string' } } }), resProp({ type: 'object', properties: {} }));
    expect(change?.message).toBe("optional property 'p.vpc_id' removed from response 200");
  });
});

describe('real specs', () => {
  const files = ['spec/aliyun', 'spec/huaweicloud', 'spec/snapshots', 'test/fixtures'].flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f) && f !== 'errata.yaml')
        .map((f) => join(dir, f));
    } catch {
      return [];
    }
  });

  /** The same document with every mapping's keys in reverse order. */
  const reversed = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reversed)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reversed(x)]),
          )
        : v;

  it.each(files)('%s compared with itself, keys reordered, has no changes', (file) => {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    expect(diffDocuments(data, reversed(data), { includeDocs: true })).toEqual([]);
  });
});
