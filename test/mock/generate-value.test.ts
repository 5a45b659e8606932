/**
 * The value generator behind `--dynamic` (generator/mock/generate-value.ts, flatten.ts, pattern.ts,
 * formats.ts) keyword by keyword: each schema below, generated with 40 seeds, is valid under
 * createSpecAjv (formats checked); patterns the builder supports yield matching strings within the
 * lengths asked; those it does not are refused by name.
 */
import { describe, expect, it } from 'vitest';
import { generateValue, Unsatisfiable } from '../../generator/mock/generate-value.js';
import { PatternUnsupported, sampleForPattern } from '../../generator/mock/pattern.js';
import { createRandom } from '../../generator/mock/random.js';
import { createSpecAjv } from '../../generator/openapi/ajv.js';
import { parseText } from '../../generator/openapi/document.js';
import { compileSpecPattern } from '../../generator/openapi/regexp.js';
import { registerDocument } from '../../generator/openapi/validate-examples.js';

const SCHEMAS = `
  Formats:
    type: object
    required: [at, day, mail, link, id, host, ip, ip6, raw, time, ref]
    properties:
      at: {type: string, format: date-time}
      day: {type: string, format: date}
      time: {type: string, format: time}
      mail: {type: string, format: email}
      link: {type: string, format: uri}
      ref: {type: string, format: uri-reference}
      id: {type: string, format: uuid}
      host: {type: string, format: hostname}
      ip: {type: string, format: ipv4}
      ip6: {type: string, format: ipv6}
      raw: {type: string, format: byte}
  Numbers:
    type: object
    required: [small, step, price, ratio, big, neg]
    properties:
      small: {type: integer, minimum: 3, maximum: 5}
      step: {type: integer, minimum: 128, maximum: 10240, multipleOf: 64}
      price: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}
      ratio: {type: number, multipleOf: 0.5, maximum: 2}
      big: {type: integer, format: int32, minimum: 2147483000}
      neg: {type: integer, maximum: -10}
  Strings:
    type: object
    required: [short, name, handler, port, code, multi, fixed]
    properties:
      short: {type: string, minLength: 2, maxLength: 2}
      name: {type: string, minLength: 1, maxLength: 60, pattern: '^[A-Za-z]([A-Za-z0-9_-]{0,58}[A-Za-z0-9])?$'}
      handler: {type: string, minLength: 5, pattern: '\\.'}
      port: {type: string, pattern: '^(-1|[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-4])$'}
      code: {type: string, pattern: '^[A-Z]{3}\\.\\d{4}$'}
      multi: {type: string, pattern: '^[^;]+(;[^;]+){0,4}$'}
      fixed: {const: exactly}
  Choices:
    type: object
    required: [kind, either, mixed, maybe]
    properties:
      kind: {type: string, enum: [zip, inline, jar]}
      either:
        oneOf:
          - {type: object, required: [type, radius], properties: {type: {const: circle}, radius: {type: number, minimum: 0}}, additionalProperties: false}
          - {type: object, required: [type, side], properties: {type: {const: square}, side: {type: integer, minimum: 1}}, additionalProperties: false}
      mixed: {anyOf: [{type: string, maxLength: 3}, {type: integer, minimum: 1000}]}
      maybe: {type: [string, 'null'], minLength: 1}
  Merged:
    allOf:
      - {$ref: '#/components/schemas/Base'}
      - {type: object, required: [extra], properties: {extra: {type: integer, minimum: 1}, id: {maxLength: 8}}}
  Base: {type: object, required: [id], properties: {id: {type: string, minLength: 4}}}
  Collections:
    type: object
    required: [tags, unique, pair, env, labels, closed, sized, deps]
    properties:
      tags: {type: array, minItems: 2, maxItems: 4, items: {type: string}}
      unique: {type: array, minItems: 3, uniqueItems: true, items: {type: integer, minimum: 0, maximum: 4}}
      pair: {type: array, prefixItems: [{type: string}, {type: integer}], items: false, minItems: 2}
      env: {type: object, additionalProperties: {type: string}}
      labels: {type: object, patternProperties: {'^x-[a-z]+$': {type: integer}}, additionalProperties: false, minProperties: 1}
      closed: {type: object, properties: {a: {type: string}}, additionalProperties: false}
      sized: {type: object, minProperties: 2, maxProperties: 3, additionalProperties: {type: boolean}}
      deps: {type: object, properties: {card: {type: string}, billing: {type: string}}, dependentRequired: {card: [billing]}}
  Tree:
    type: object
    required: [name]
    properties:
      name: {type: string}
      children: {type: array, items: {$ref: '#/components/schemas/Tree'}}
      parent: {$ref: '#/components/schemas/Tree'}
`;

function documentOf(version: string, schemas: string): unknown {
  const indented = schemas.replace(/\n/g, '\n  ');
  return parseText(`openapi: ${version}\ninfo: {title: Keywords, version: '1'}\npaths: {}\ncomponents:\n  schemas:${indented}`, 'keywords.yaml').data;
}

function checkAll(doc: unknown, names: string[]): Record<string, unknown[]> {
  const ajv = createSpecAjv(doc);
  const id = registerDocument(ajv, doc);
  const out: Record<string, unknown[]> = {};
  for (const name of names) {
    const ptr = `/components/schemas/${name}`;
    const validate = ajv.compile({ $ref: `${id}#${ptr}` });
    const schema = (doc as { components: { schemas: Record<string, unknown> } }).components.schemas[name];
    out[name] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const value = generateValue(doc, { value: schema, ptr }, createRandom(seed));
      expect(validate(value), `${name} seed ${seed}: ${JSON.stringify(value)}\n${JSON.stringify(validate.errors)}`).toBe(true);
      out[name].push(value);
    }
  }
  return out;
}

describe('generated values, keyword by keyword', () => {
  const doc = documentOf('3.1.0', SCHEMAS);
  const values = checkAll(doc, ['Formats', 'Numbers', 'Strings', 'Choices', 'Merged', 'Collections', 'Tree']);

  it('are valid for formats, bounds, lengths, patterns, enum/const, oneOf/anyOf/allOf, collections and recursion', () => {
    expect(Object.values(values).flat()).toHaveLength(7 * 40);
  });

  it('use what the keywords allow, not just one value', () => {
    const kinds = new Set(values.Choices!.map((v) => (v as { kind: string }).kind));
    expect([...kinds].sort()).toEqual(['inline', 'jar', 'zip']);
    const shapes = new Set(values.Choices!.map((v) => (v as { either: { type: string } }).either.type));
    expect([...shapes].sort()).toEqual(['circle', 'square']);
    expect(new Set(values.Choices!.map((v) => (v as { maybe: unknown }).maybe === null)).size).toBe(2);
    expect(new Set(values.Numbers!.map((v) => (v as { step: number }).step)).size).toBeGreaterThan(10);
  });
});

describe('OpenAPI 3.0 keywords', () => {
  it('nullable', () => {
    const doc = documentOf(
      '3.0.3',
      `
  Old:
    type: object
    required: [n, s]
    properties:
      n: {type: integer, minimum: 1, maximum: 2}
      s: {type: string, nullable: true, maxLength: 4}`,
    );
    const values = checkAll(doc, ['Old']).Old as Array<{ n: number; s: string | null }>;
    expect(new Set(values.map((v) => v.n))).toEqual(new Set([1, 2]));
    expect(values.some((v) => v.s === null)).toBe(true);
  });
});

describe('schemas no value satisfies', () => {
  it('are Unsatisfiable, naming the schema', () => {
    const doc = documentOf(
      '3.1.0',
      `
  Crossed: {type: integer, minimum: 5, maximum: 4}
  Never: {type: object, required: [a], properties: {a: false}}
  Forever: {type: object, required: [next], properties: {next: {$ref: '#/components/schemas/Forever'}}}`,
    );
    const at = (name: string): unknown => ({ value: (doc as { components: { schemas: Record<string, unknown> } }).components.schemas[name], ptr: `/components/schemas/${name}` });
    const fail = (name: string): Unsatisfiable => {
      try {
        generateValue(doc, at(name) as never, createRandom(1));
      } catch (err) {
        if (err instanceof Unsatisfiable) return err;
        throw err;
      }
      throw new Error(`${name} was generated`);
    };
    expect(fail('Crossed')).toMatchObject({ pointer: '/components/schemas/Crossed', message: 'no integer lies between the minimum 5 and the maximum 4' });
    expect(fail('Never')).toMatchObject({ pointer: '/components/schemas/Never/properties/a' });
    expect(fail('Forever').message).toMatch(/nests more than 64 levels deep/);
  });
});

describe('pattern sampler', () => {
  const SUPPORTED: Array<[string, number?, number?]> = [
    ['^[A-Za-z0-9]{32}$'],
    ['^[A-Za-z0-9_:-]+$'],
    ['\\.', 5, 20],
    ['^(?:ab|cd)+x?$'],
    ['^(?<year>\\d{4})-(?<m>0[1-9]|1[0-2])$'],
    ['^[^;,]+$', 3, 3],
    ['^\\w+@\\w+\\.com$'],
    ['^\\u00e9[\\x41-\\x43]\\s\\S\\D\\W$'],
    ['^\\p{Lu}\\p{Ll}+$'],
    ['^a.c{2,}d*$', 0, 8],
    ['^[^]{3}$'],
    ['x{,3}'],
  ];

  it('builds strings that match (RE2, as Ajv checks) within the lengths asked', () => {
    for (const [pattern, min = 0, max = Infinity] of SUPPORTED) {
      const re = compileSpecPattern(pattern);
      for (let seed = 1; seed <= 30; seed++) {
        const s = sampleForPattern(pattern, createRandom(seed), min, max);
        expect(re.test(s), `${pattern} seed ${seed}: ${JSON.stringify(s)}`).toBe(true);
        expect([...s].length).toBeGreaterThanOrEqual(min);
        expect([...s].length).toBeLessThanOrEqual(max);
      }
    }
  });

  it('refuses what it cannot build, saying why', () => {
    const refused = (pattern: string, min = 0, max = Infinity): string => {
      try {
        sampleForPattern(pattern, createRandom(1), min, max);
      } catch (err) {
        if (err instanceof PatternUnsupported) return err.message;
        throw err;
      }
      return 'built';
    };
    expect(refused('\\bword')).toBe('pattern "\\\\bword": word boundaries (\\b) are not generated');
    expect(refused('(?=a)a')).toMatch(/lookahead and lookbehind are not generated/);
    expect(refused('^\\p{Greek}$')).toMatch(/the Unicode class \\p\{Greek\} is not generated/);
    // `[]` is JavaScript's empty class (as RE2 reads the translated pattern too): nothing matches.
    expect(refused('^[]a]$')).toBe('pattern "^[]a]$": a character class matches no printable character');
    expect(refused('^ab$', 5)).toBe('pattern "^ab$": no matching string of 5 to Infinity characters was found');
  });
});
