/**
 * The suite's own JSON Schema arbitraries and mutations, on a synthetic schema that uses every
 * keyword they claim to handle, including the ones the curated specs do not use today (e.g.
 * additionalProperties: false, so the "extra property" mutation is exercised somewhere). Checked
 * against Ajv directly (no generated package), so these run in milliseconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuePath } from '../../generator/mock/validate.js';
import { createSpecAjv } from '../../generator/openapi/ajv.js';
import { registerDocument } from '../../generator/openapi/validate-examples.js';
import { schemaArbitrary } from './arbitraries.js';
import { applies, MUTATION_KINDS, mutate, sitesOf } from './mutations.js';
import { UnsupportedSchemaError } from './schema-view.js';
import { schemaMatcher } from './support.js';

const SEED = 7;

const doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Kind: { type: 'string', enum: ['a', 'b', 'c'] },
      Body: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'kind', 'size', 'inner'],
        dependentRequired: { hook: ['hook_timeout'] },
        allOf: [{ anyOf: [{ not: { required: ['kind'], properties: { kind: { const: 'c' } } } }, { required: ['extra_c'] }] }, { properties: { size: { maximum: 4096 } } }],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 12, pattern: '^[a-z][a-z0-9-]*$', 'x-source': 'test' },
          kind: { $ref: '#/components/schemas/Kind', description: 'sibling keywords of $ref are fine' },
          size: { type: 'integer', minimum: 128, multipleOf: 64 },
          ratio: { type: 'number', minimum: 0.05, maximum: 16, 'x-multipleOf': 0.05 },
          id: { type: ['string', 'integer'], minimum: -1, maximum: 99, pattern: '^(-1|[1-9][0-9]?)$', not: { const: 0 } },
          handler: { type: 'string', maxLength: 20, anyOf: [{ const: '-' }, { minLength: 3, pattern: '\\.' }] },
          hook: { type: 'string' },
          hook_timeout: { type: 'integer', minimum: 1, maximum: 300 },
          extra_c: { type: 'boolean' },
          tags: { type: 'array', uniqueItems: true, maxItems: 3, items: { type: 'string', maxLength: 4 } },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          created: { type: 'string', readOnly: true },
          inner: {
            type: 'object',
            required: ['on'],
            properties: { on: { type: 'boolean' }, zip: { type: 'string', contentEncoding: 'base64' }, bucket: { type: 'string' } },
            dependentSchemas: { zip: { properties: { bucket: false } } },
          },
        },
      },
    },
  },
};

const schema = doc.components.schemas.Body;
const ajv = createSpecAjv(doc);
const id = registerDocument(ajv, doc);
const validate = ajv.compile({ $ref: `${id}#/components/schemas/Body` });
const bodies = schemaArbitrary(doc, schema, { direction: 'request', matches: schemaMatcher(doc) });

describe('schema arbitraries', () => {
  it('generate only values the schema accepts, covering optional fields and both anyOf branches', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(bodies, (body) => {
        if (!validate(body)) throw new Error(`${JSON.stringify(body)}: ${JSON.stringify(validate.errors)}`);
        Object.keys(body as object).forEach((k) => seen.add(k));
        if ((body as { handler?: string }).handler !== undefined) seen.add(`handler=${(body as { handler: string }).handler === '-' ? 'dash' : 'dotted'}`);
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect([...seen].sort()).toEqual([
      'extra_c',
      'handler',
      'handler=dash',
      'handler=dotted',
      'hook',
      'hook_timeout',
      'id',
      'inner',
      'kind',
      'labels',
      'name',
      'ratio',
      'size',
      'tags',
    ]);
  });

  it('keep multiples of a decimal step exact (0.15, not 0.15000000000000002)', () => {
    for (const v of fc.sample(schemaArbitrary(doc, { type: 'number', minimum: 0.05, maximum: 16, 'x-multipleOf': 0.05 }, { direction: 'request', matches: schemaMatcher(doc) }), {
      seed: SEED,
      numRuns: 100,
    })) {
      expect(Math.abs((v as number) * 20 - Math.round((v as number) * 20))).toBeLessThan(1e-9);
      expect(String(v).length).toBeLessThanOrEqual(5);
    }
  });

  it('refuse keywords they do not understand instead of guessing', () => {
    expect(() => schemaArbitrary(doc, { oneOf: [{ type: 'string' }] }, { direction: 'request', matches: schemaMatcher(doc) })).toThrow(UnsupportedSchemaError);
    expect(() => schemaArbitrary(doc, { type: 'string', format: 'hostname' }, { direction: 'request', matches: schemaMatcher(doc) })).toThrow('string format hostname');
    expect(() => schemaArbitrary(doc, { type: 'object', propertyNames: { maxLength: 3 } }, { direction: 'request', matches: schemaMatcher(doc) })).toThrow(
      "keyword 'propertyNames'",
    );
  });
});

describe('single mutations', () => {
  for (const kind of MUTATION_KINDS) {
    it(`${kind}: rejected by Ajv at the mutated field`, () => {
      fc.assert(
        fc.property(bodies, fc.nat(), (body, pick) => {
          const copy = structuredClone(body);
          const sites = sitesOf(doc, schema, copy).filter((s) => applies(kind, s));
          expect(sites.length).toBeGreaterThan(0);
          const m = mutate(kind, sites[pick % sites.length]!);
          expect(validate(copy), m.description).toBe(false);
          expect((validate.errors ?? []).map(issuePath), m.description).toContain(m.path);
        }),
        { seed: SEED, numRuns: 50 },
      );
    });
  }

  it('find their sites in nested objects, arrays and maps, and never in readOnly fields', () => {
    const body = { name: 'a', kind: 'a', size: 128, inner: { on: true }, labels: { x: 'y' }, tags: ['t'] };
    const sites = sitesOf(doc, schema, body);
    const paths = sites.map((s) => s.path);
    expect(paths).toEqual(expect.arrayContaining(['', '/name', '/inner', '/inner/on', '/inner/zip', '/labels/x', '/tags']));
    expect(paths).not.toContain('/created');
    expect(sites.filter((s) => applies('extra property', s)).map((s) => s.path)).toEqual(['']);
    expect(sites.filter((s) => applies('missing required', s)).map((s) => s.path)).toEqual(['/name', '/kind', '/size', '/inner', '/inner/on']);
  });
});
