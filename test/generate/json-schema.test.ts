/** The document as the validators compile it (json-schema.ts): annotations leave schemas only, never data. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validatorDocument } from '../../generator/generate/json-schema.js';

const stripAnnotations = (document: unknown): unknown => validatorDocument(document, '3.1');

const CONSTANT = { description: 'the real one', title: 'T', examples: [1], 'x-kind': 'k', value: 1 };

/** A 3.1 document with one component schema. */
const documentOf = (schema: unknown): Record<string, unknown> => ({ openapi: '3.1.0', components: { schemas: { S: schema } } });
const schemaOf = (document: unknown): Record<string, unknown> => (document as { components: { schemas: { S: Record<string, unknown> } } }).components.schemas.S;

describe('validatorDocument: annotations', () => {
  it('keeps every member of a const or enum value, and of a default', () => {
    const stripped = schemaOf(
      stripAnnotations(documentOf({ description: 'gone', properties: { c: { const: CONSTANT, title: 'gone' }, e: { enum: [CONSTANT, 2], default: CONSTANT } } })),
    );
    expect(stripped).toEqual({ properties: { c: { const: CONSTANT }, e: { enum: [CONSTANT, 2], default: CONSTANT } } });
    // Validated as stripped: the real constant passes, the one without its annotations does not.
    const validate = new Ajv2020({ strict: false }).compile(stripped);
    expect(validate({ c: CONSTANT })).toBe(true);
    expect(validate({ c: { value: 1 } })).toBe(false);
  });

  it('keeps names that spell annotations: dependentRequired keys, properties, $defs', () => {
    const schema = {
      dependentRequired: { description: ['title'] },
      properties: { description: { type: 'string', description: 'gone' }, title: { 'x-a': 1 } },
      $defs: { examples: { type: 'integer' } },
    };
    expect(schemaOf(stripAnnotations(documentOf(schema)))).toEqual({
      dependentRequired: { description: ['title'] },
      properties: { description: { type: 'string' }, title: {} },
      $defs: { examples: { type: 'integer' } },
    });
  });

  it('strips in every schema position, booleans left as they are', () => {
    const schema = { allOf: [true, { title: 'a' }], items: { description: 'b' }, not: { 'x-c': 1, type: 'null' }, dependencies: { a: ['b'], b: { title: 'c' } } };
    expect(schemaOf(stripAnnotations(documentOf(schema)))).toEqual({ allOf: [true, {}], items: {}, not: { type: 'null' }, dependencies: { a: ['b'], b: {} } });
  });

  it('keeps a property named __proto__ a property', () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string","title":"gone"}}}') as object;
    const properties = schemaOf(stripAnnotations(documentOf(schema))).properties as object;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({ type: 'string' });
  });

  it('keeps an annotation a $ref points into', () => {
    const schema = { examples: [{ type: 'integer' }], properties: { a: { $ref: '#/components/schemas/S/examples/0' } } };
    expect(schemaOf(stripAnnotations(documentOf(schema)))).toEqual(schema);
  });

  it('leaves OpenAPI objects and their example data alone', () => {
    const media = { schema: { type: 'object', description: 'gone' }, example: { description: 'kept' }, 'x-ext': { description: 'kept' } };
    const document = { openapi: '3.1.0', info: { title: 'kept' }, paths: { '/a': { post: { description: 'kept', requestBody: { content: { 'application/json': media } } } } } };
    expect(stripAnnotations(document)).toEqual({
      ...document,
      paths: { '/a': { post: { description: 'kept', requestBody: { content: { 'application/json': { ...media, schema: { type: 'object' } } } } } } },
    });
  });
});

describe('validatorDocument: 3.0 and empty enums', () => {
  it('rewrites 3.0 nullable and boolean bounds in schemas, not in data', () => {
    const data = { nullable: true, exclusiveMinimum: true };
    const document = {
      openapi: '3.0.3',
      components: { schemas: { S: { type: 'integer', minimum: 1, exclusiveMinimum: true, nullable: true, enum: [1, 2], default: data, example: data } } },
    };
    expect(schemaOf(validatorDocument(document, '3.0'))).toEqual({ type: ['integer', 'null'], exclusiveMinimum: 1, enum: [1, 2, null], default: data });
  });

  it('makes an empty enum, which Ajv refuses to compile, a schema nothing satisfies', () => {
    const schema = schemaOf(validatorDocument(documentOf({ enum: [] }), '3.1'));
    expect(schema).toEqual({ allOf: [false] });
    expect(new Ajv2020().compile(schema)(null)).toBe(false);
  });

  it('returns a copy, sharing the data values it never changes', () => {
    const document = documentOf({ const: CONSTANT, nullable: true, type: 'object' });
    const before = structuredClone(document);
    const copy = validatorDocument(document, '3.0');
    expect(document).toEqual(before);
    expect(schemaOf(copy)).toEqual({ const: CONSTANT, type: ['object', 'null'] });
    expect(schemaOf(copy).const).toBe(CONSTANT);
  });
});
