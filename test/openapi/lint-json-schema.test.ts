/** The lint step on 3.1 schemas as JSON Schema 2020-12 writes them: boolean subschemas, `dependencies`, unknown keywords. */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../generator/openapi/document.js';
import { lintOpenApi } from '../../generator/openapi/lint.js';

/** A document whose one component schema is `schema` (YAML flow), used as a request body. */
function doc(schema: string, version = '3.1.0', extra = ''): string {
  return `openapi: ${version}
info: {title: T, version: '1'}
paths:
  /a:
    post:
      operationId: a
      security: []
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/S'}}}}
      responses: {'204': {description: done}}
components:
  schemas:
    S: ${schema}
${extra}`;
}

async function problems(text: string, curated = false): Promise<string[]> {
  const loaded = parseText(text, 'spec.yaml');
  return (await lintOpenApi(text, 'spec.yaml', { parsed: loaded.data, curated })).map((p) => `${p.ruleId} ${p.pointer}: ${p.message}`);
}

describe('boolean subschemas in 3.1', () => {
  const positions = {
    component: 'true',
    not: '{not: false}',
    allOf: '{allOf: [true, false]}',
    anyOf: '{anyOf: [false, true]}',
    oneOf: '{oneOf: [true]}',
    items: '{items: false}',
    prefixItems: '{prefixItems: [true, false]}',
    contains: '{contains: false}',
    propertyNames: '{propertyNames: false}',
    dependentSchemas: '{dependentSchemas: {a: false}}',
    'if/then/else': '{if: true, then: false, else: true}',
    $defs: "{$defs: {t: true}, $ref: '#/components/schemas/S/$defs/t'}",
    'a $ref to one': "{properties: {a: {$ref: '#/components/schemas/F'}}}",
    'unevaluated, additional': '{unevaluatedItems: false, additionalProperties: false, properties: {a: true}}',
  };
  it.each(Object.entries(positions))('%s is accepted', async (_name, schema) => {
    expect(await problems(doc(schema, '3.1.0', '    F: false\n'))).toEqual([]);
    expect(await problems(doc(schema, '3.1.0', '    F: false\n'), true)).toEqual([]);
  });

  it('3.0 schemas, a fixed subset without booleans, are still held to objects', async () => {
    expect(await problems(doc('{not: false}', '3.0.3'))).toEqual(['struct /components/schemas/S/not: Expected type `Schema` (object) but got `boolean`']);
  });
});

describe('dependencies (draft-07) in 3.1', () => {
  it('accepts lists of names and schemas, and checks what they hold', async () => {
    expect(await problems(doc('{dependencies: {a: [b, c], b: {required: [c]}, c: false}}'))).toEqual([]);
    expect(await problems(doc('{dependencies: {a: [1]}}'))).toEqual(['struct /components/schemas/S/dependencies/a/0: Expected type `string` but got `integer`.']);
  });
});

describe('keywords 2020-12 does not define', () => {
  const schema = "{type: object, properties: {a: {$ref: '#/components/schemas/S', unknownThing: 3}}, frobnicate: {type: integer}}";

  it('are annotations in arbitrary 3.1 input, beside a $ref or anywhere', async () => {
    expect(await problems(doc(schema))).toEqual([]);
  });

  it('are still reported in our curated specs, where they are misspellings', async () => {
    expect(await problems(doc(schema), true)).toEqual(['struct /components/schemas/S/frobnicate: Property `frobnicate` is not expected here.']);
  });
});

it('a pointer with empty tokens resolves as written', async () => {
  const text = doc("{$defs: {'': {$defs: {'': {type: number}}}}, allOf: [{$ref: '#/components/schemas/S/$defs//$defs/'}]}");
  expect(await problems(text)).toEqual([]);
  // A pointer to nothing is still a dangling reference.
  expect(await problems(doc("{$defs: {'': {}}, allOf: [{$ref: '#/components/schemas/S/$defs//$defs/'}]}"))).toEqual([
    "no-unresolved-refs /components/schemas/S/allOf/0: Can't resolve $ref",
  ]);
});

it('a pointer into a keyword beside a $ref names what is written there', async () => {
  const text = doc("{$ref: '#/components/schemas/S/$defs/a', $defs: {a: {type: string}}}");
  expect(await problems(text)).toEqual([]);
});
