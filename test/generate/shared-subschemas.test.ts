/** Repeated subschemas compiled once (shared-subschemas.ts): where they go, what stays, and that validation does not change. */
import fc from 'fast-check';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validatorDocument } from '../../generator/generate/json-schema.js';
import { SHARED_KEY, shareSubschemas } from '../../generator/generate/shared-subschemas.js';
import { createSpecAjv } from '../../generator/openapi/ajv.js';
import { registerDocument, SPEC_ID } from '../../generator/openapi/validate-examples.js';
import { generatePackage } from '../../generator/generate/pipeline.js';

/** Large enough to be shared (12 keywords or more, nested ones counted). */
const address = () => ({
  type: 'object',
  required: ['street', 'city'],
  properties: {
    street: { type: 'string', minLength: 1 },
    city: { type: 'string', maxLength: 40 },
    zip: { type: 'string', pattern: '^[0-9]{5}$' },
    country: { type: 'string', enum: ['DE', 'FR', 'ADDRESS_MARKER'] },
  },
  additionalProperties: false,
});
/** As large, equal to no component: it goes to the shared list. */
const tag = () => ({
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 2 },
    note: { type: 'string', maxLength: 5 },
    weight: { type: 'integer', minimum: 0, maximum: 9 },
    color: { enum: ['red', 'TAG_MARKER'] },
  },
  additionalProperties: { type: 'boolean' },
});
const small = () => ({ type: 'string', minLength: 1 });

const documentOf = (schemas: Record<string, unknown>): Record<string, unknown> => ({
  openapi: '3.1.0',
  info: { title: 'Shared', version: '1' },
  paths: {},
  components: { schemas },
});

const PEOPLE = {
  Address: address(),
  Person: {
    type: 'object',
    required: ['home'],
    properties: { home: address(), work: { anyOf: [address(), { type: 'null' }] }, tags: { type: 'array', items: tag() }, nick: small() },
  },
  Company: { type: 'object', properties: { seat: address(), labels: { type: 'array', items: tag(), maxItems: 3 }, short: small() } },
};

type Doc = Record<string, unknown>;
/** The value at a path of keys. */
const at = (node: unknown, ...keys: Array<string | number>): unknown => keys.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], node);
const shared = (schemas: Record<string, unknown>): Doc => {
  const document = validatorDocument(documentOf(schemas), '3.1') as Doc;
  shareSubschemas(document);
  return document;
};

describe('shareSubschemas: where repeated subschemas go', () => {
  it('refers a copy of a component schema to that component, and other repeats to one shared copy', () => {
    const document = shared(PEOPLE);
    const list = document[SHARED_KEY];
    const [Person, Company, Address] = ['Person', 'Company', 'Address'].map((n) => at(document, 'components', 'schemas', n));
    expect(Address).toEqual(address());
    expect(at(Person, 'properties', 'home')).toEqual({ $ref: '#/components/schemas/Address' });
    expect(at(Person, 'properties', 'work', 'anyOf', 0)).toEqual({ $ref: '#/components/schemas/Address' });
    expect(at(Company, 'properties', 'seat')).toEqual({ $ref: '#/components/schemas/Address' });
    expect(list).toEqual([tag()]);
    expect(at(Person, 'properties', 'tags', 'items')).toEqual({ $ref: `#/${SHARED_KEY}/0` });
    expect(at(Company, 'properties', 'labels', 'items')).toEqual({ $ref: `#/${SHARED_KEY}/0` });
    // Too small to be worth a call.
    expect(at(Person, 'properties', 'nick')).toEqual(small());
  });

  it('refers to a component whose name needs escaping in a URI fragment, and validates through it', () => {
    const name = 'Big~Thing/%20 ü';
    const document = shared({ [name]: address(), Holder: { properties: { at: address() } } });
    expect(at(document, 'components', 'schemas', 'Holder', 'properties', 'at')).toEqual({ $ref: '#/components/schemas/Big~0Thing~1%2520%20%C3%BC' });
    const { Holder } = validatorsOf(document, ['Holder']);
    expect(Holder!({ at: { street: 'a', city: 'b' } })).toBe(true);
    expect(Holder!({ at: { street: 'a' } })).toBe(false);
  });

  it('leaves a document without repeats as it was', () => {
    const document = validatorDocument(documentOf({ A: address(), B: tag() }), '3.1');
    const before = structuredClone(document);
    shareSubschemas(document);
    expect(document).toEqual(before);
  });

  it('keeps in place what a $ref goes through, and what has a scope or identity of its own', () => {
    const scoped = (k: string, v: string) => ({ ...tag(), [k]: v });
    const document = shared({
      A: { properties: { one: tag(), two: scoped('$anchor', 'two'), three: scoped('$id', 'https://x.example/three') } },
      B: { properties: { one: tag(), two: scoped('$anchor', 'two'), three: scoped('$id', 'https://x.example/three') } },
      C: { properties: { deep: tag() } },
      D: { $ref: '#/components/schemas/C/properties/deep/properties/name' },
      E: { properties: { deep: tag(), far: { ...tag(), $ref: 'other.json#/x' } } },
      F: { properties: { far: { ...tag(), $ref: 'other.json#/x' } } },
    });
    const list = document[SHARED_KEY];
    const [A, B, C, E] = ['A', 'B', 'C', 'E'].map((n) => at(document, 'components', 'schemas', n));
    expect(at(A, 'properties', 'one')).toEqual({ $ref: `#/${SHARED_KEY}/0` });
    expect(at(B, 'properties', 'one')).toEqual({ $ref: `#/${SHARED_KEY}/0` });
    expect(list).toEqual([tag()]);
    for (const s of [A, B]) {
      expect(at(s, 'properties', 'two', '$anchor')).toBe('two');
      expect(at(s, 'properties', 'three', '$id')).toBe('https://x.example/three');
    }
    // D refers into C's copy: that copy stays; E's copy, on no $ref's way, is shared.
    expect(at(C, 'properties', 'deep')).toEqual(tag());
    expect(at(E, 'properties', 'deep')).toEqual({ $ref: `#/${SHARED_KEY}/0` });
    expect(at(E, 'properties', 'far', '$ref')).toBe('other.json#/x');
  });

  it('shares within shared copies, and within the schemas of operations', () => {
    const holder = () => ({ type: 'object', properties: { a: tag(), b: { type: 'array', items: tag() }, c: small(), d: small() } });
    const document = validatorDocument(
      {
        ...documentOf({ H: { properties: { x: holder() } }, I: { properties: { y: holder() } } }),
        paths: { '/t': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { items: tag() } } } } } } } },
      },
      '3.1',
    ) as Doc;
    shareSubschemas(document);
    const list = document[SHARED_KEY];
    expect(list).toHaveLength(2);
    expect(at(document, 'components', 'schemas', 'H', 'properties', 'x')).toEqual({ $ref: `#/${SHARED_KEY}/0` });
    expect(at(list, 0, 'properties', 'a')).toEqual({ $ref: `#/${SHARED_KEY}/1` });
    expect(at(list, 0, 'properties', 'b', 'items')).toEqual({ $ref: `#/${SHARED_KEY}/1` });
    expect(at(list, 1)).toEqual(tag());
    const body = at(document, 'paths', '/t', 'get', 'responses', '200', 'content', 'application/json', 'schema');
    expect(at(body, 'items')).toEqual({ $ref: `#/${SHARED_KEY}/1` });
  });
});

/** What a validator says about a value, but for where in the schema it was (a shared schema's errors are relative to it). */
const verdict = (validate: { (v: unknown): boolean; errors?: ErrorObject[] | null }, value: unknown): unknown => {
  const valid = validate(value);
  return [valid, (validate.errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }))];
};

const validatorsOf = (document: unknown, names: string[]) => {
  const ajv = createSpecAjv(document, { strict: false });
  registerDocument(ajv, document);
  return Object.fromEntries(names.map((n) => [n, ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${n}` })]));
};

describe('shareSubschemas: validation does not change', () => {
  it('gives every value the same verdict and the same errors, in order, as the unshared document', () => {
    const names = Object.keys(PEOPLE);
    const plain = validatorsOf(validatorDocument(documentOf(PEOPLE), '3.1'), names);
    const sharedDocument = shared(PEOPLE);
    expect(sharedDocument[SHARED_KEY]).toBeDefined();
    const withShared = validatorsOf(sharedDocument, names);
    const leaf = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('DE', 'ADDRESS_MARKER', 'red', '12345'), fc.integer({ min: -2, max: 12 }), fc.boolean(), fc.constant(null));
    const addressLike = fc.dictionary(fc.constantFrom('street', 'city', 'zip', 'country', 'other'), leaf);
    const tagLike = fc.dictionary(fc.constantFrom('name', 'note', 'weight', 'color', 'flag'), leaf);
    const value = fc.dictionary(
      fc.constantFrom('home', 'work', 'tags', 'nick', 'seat', 'labels', 'short', 'street', 'city'),
      fc.oneof(addressLike, fc.array(tagLike, { maxLength: 4 }), leaf),
    );
    fc.assert(
      fc.property(value, (v) => {
        for (const n of names) expect(verdict(withShared[n]!, v)).toEqual(verdict(plain[n]!, v));
      }),
      { numRuns: 500 },
    );
  });
});

/** validators.raw.js of a document with these component schemas, one of them the body of an operation. */
async function rawValidators(schemas: Record<string, unknown>, body: string): Promise<string> {
  const spec = {
    ...documentOf(schemas),
    paths: {
      '/p': { get: { operationId: 'getIt', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${body}` } } } } } } },
    },
  };
  const files = await generatePackage({
    specs: [{ file: 'spec.json', name: 'spec', input: { text: JSON.stringify(spec), absolute: '/nonexistent/spec.json' } }],
    package: { name: 'spec', version: '1.0.0' },
  });
  return files.get('spec/validators.raw.js')!;
}

describe('generated validators', () => {
  it('write a repeated subschema as often as a schema that has it once', async () => {
    const occurrences = (code: string, marker: string) => code.split(marker).length - 1;
    const once = await rawValidators({ Address: address(), Tagged: { properties: { tag: tag() } } }, 'Tagged');
    const repeated = await rawValidators(PEOPLE, 'Person');
    for (const marker of ['ADDRESS_MARKER', 'TAG_MARKER']) {
      expect(occurrences(once, marker)).toBeGreaterThan(0);
      expect(occurrences(repeated, marker)).toBe(occurrences(once, marker));
    }
  });
});
