/**
 * funcspec's discriminator scan (discriminators.ts) must give what openapi-typescript's own
 * `scanDiscriminators` gives, and change the document as it does, case for case.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/corpus.js';
import { parseText } from '../../generator/openapi/document.js';
import { openapiTypescript } from '../../generator/generate/commonjs.js';
import { scanDiscriminators } from '../../generator/generate/discriminators.js';
import { typeView } from '../../generator/generate/type-view.js';

const FILES = CORPUS;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pet = { type: 'object', required: ['kind'], properties: { kind: { type: 'string', description: 'which pet' } } };
const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components: { schemas } });

const CASES: Record<string, unknown> = {
  'values inferred from the oneOf members': doc({
    Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind' } },
    Cat: { type: 'object', properties: { meow: { type: 'boolean' } } },
    Dog: structuredClone(pet),
  }),
  'a mapping: two values for one schema, one for a schema outside the oneOf, one empty': doc({
    Pet: {
      oneOf: [ref('Cat'), ref('Dog')],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', kitty: '#/components/schemas/Cat', bird: '#/components/schemas/Bird', none: '' } },
    },
    Cat: { type: 'object', required: ['meow'], properties: { meow: { type: 'boolean' } } },
    Dog: { type: 'object' },
    Bird: { type: 'object', properties: false },
  }),
  'a mapped schema that is an allOf, one that is an array, one reached through a $ref': doc({
    Pet: { oneOf: [ref('Cat'), ref('Fish'), ref('Alias')], discriminator: { propertyName: 'kind' } },
    Cat: { allOf: [{ type: 'object' }] },
    Fish: { type: 'array', items: { type: 'string' } },
    Alias: ref('Dog'),
    Dog: structuredClone(pet),
  }),
  'schemas extending a discriminated one, with and without a mapping value, and an inline discriminator': doc({
    Pet: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } } },
    Cat: { allOf: [ref('Pet'), { type: 'object', properties: { meow: { type: 'boolean' } } }] },
    Dog: { allOf: [ref('Pet')] },
    Lion: { allOf: [ref('Cat')] },
    Odd: { allOf: [ref('Plain'), ref('Pet')] },
    Plain: { type: 'object' },
    Inline: { allOf: [{ type: 'object', discriminator: { propertyName: 'tag' } }] },
  }),
  'one schema mapped by two discriminators, discriminators under paths': doc(
    {
      A: { oneOf: [ref('Shared')], discriminator: { propertyName: 'a' } },
      B: { oneOf: [ref('Shared')], discriminator: { propertyName: 'b' } },
      Shared: { type: 'object' },
    },
    {
      '/x': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { oneOf: [ref('Other')], discriminator: { propertyName: 'k' } } } } } } } },
    },
  ),
};

/** Both scans on copies of `document`: their answers and the documents they leave. */
function both(document: unknown) {
  const theirs = structuredClone(document);
  const ours = structuredClone(document);
  const run = (scan: () => unknown) => {
    try {
      return { result: scan() };
    } catch (err) {
      return { threw: (err as Error).constructor.name };
    }
  };
  return {
    theirs: { ...run(() => openapiTypescript().scanDiscriminators(theirs as never, { silent: true })), document: theirs },
    ours: { ...run(() => scanDiscriminators(ours)), document: ours },
  };
}

describe("the discriminator scan is openapi-typescript's", () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const { theirs, ours } = both(CASES[name]);
    expect(ours).toEqual(theirs);
    // Each case changes the document: the comparison is not of two untouched copies.
    expect(theirs.document).not.toEqual(CASES[name]);
  });

  it.each([
    ['a oneOf member that is not an object', doc({ Pet: { oneOf: [ref('Cat'), 3], discriminator: { propertyName: 'kind' } }, Cat: { type: 'object' } })],
    ['an allOf member that is null', doc({ Pet: { type: 'object', discriminator: { propertyName: 'k' } }, Cat: { allOf: [null] } })],
  ])('fails where it fails: %s', (_name, document) => {
    const { theirs, ours } = both(document);
    expect(theirs).toHaveProperty('threw', 'TypeError');
    expect(ours).toEqual(theirs);
  });

  it.each(FILES)('%s, as the type view gives it', (file) => {
    const document = typeView(parseText(readFileSync(file, 'utf8'), file).data);
    const { theirs, ours } = both(document);
    expect(ours).toEqual(theirs);
  });
});
