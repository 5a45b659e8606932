/**
 * The Ajv set-up (ajv.ts, regexp.ts): the linear `uniqueItems` answers exactly as Ajv's own, RE2
 * agrees with JavaScript's engine on the curated specs' patterns, odd `x-` names are annotations,
 * and the standalone support rewrites only the code Ajv wrote.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSpecAjv, standaloneSupport } from '../../generator/openapi/ajv.js';
import { parseText } from '../../generator/openapi/document.js';
import { compileSpecPattern } from '../../generator/openapi/regexp.js';
import { listSchemas } from '../../generator/openapi/sites.js';

describe('uniqueItems in linear time', () => {
  const schemas = [
    { type: 'array', uniqueItems: true },
    { type: 'array', items: { type: ['string', 'number', 'null'] }, uniqueItems: true }, // Ajv's own (linear) code for scalars
    { type: 'array', items: { type: ['string', 'object'] }, uniqueItems: true },
  ];
  const pairs = schemas.map((schema) => [createSpecAjv({}).compile(schema), new Ajv2020({ allErrors: true }).compile(schema)] as const);
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(0, -0, 1, '1', 'a', true, null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b', '__proto__'), tie('value'), { maxKeys: 3 }),
    ),
  })).value;

  it('says what Ajv says, with the same pair of items', () => {
    fc.assert(
      fc.property(fc.array(json, { maxLength: 8 }), (items) => {
        const data = JSON.parse(JSON.stringify(items)) as unknown;
        for (const [ours, ajvs] of pairs) {
          expect(ours(data)).toBe(ajvs(data));
          expect(ours.errors?.map((e) => [e.keyword, e.params, e.message])).toEqual(ajvs.errors?.map((e) => [e.keyword, e.params, e.message]));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('key order does not make two objects different', () => {
    const ours = pairs[0]![0];
    expect(
      ours!([
        { a: 1, b: [2, { c: 3, d: 4 }] },
        { b: [2, { d: 4, c: 3 }], a: 1 },
      ]),
    ).toBe(false);
    expect(ours!([{ a: 1 }, { a: '1' }, [1], ['1']])).toBe(true);
  });
});

describe('RE2 for spec patterns', () => {
  const patterns = ['spec/huaweicloud/functiongraph-v2.yaml', 'spec/aliyun/fc-2021-04-06.yaml'].flatMap((file) =>
    listSchemas(parseText(readFileSync(file, 'utf8'), file).data).flatMap((s) => (typeof s.schema.pattern === 'string' ? [s.schema.pattern] : [])),
  );

  it('agrees with JavaScript on every curated pattern', () => {
    expect(patterns.length).toBeGreaterThan(10);
    const text = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '-', '_', '.', ':', '/', ' ', 'é', '\n') }), fc.string());
    for (const p of patterns) {
      const re2 = compileSpecPattern(p);
      const js = new RegExp(p, 'u');
      fc.assert(
        fc.property(text, (s) => re2.test(s) === js.test(s)),
        { numRuns: 300 },
      );
    }
  });
});

describe('createSpecAjv', () => {
  it('accepts odd x- names as annotations and still rejects a misspelt keyword', () => {
    const ajv = createSpecAjv({ 'x-a.b': 1, 'x-a b': 2, 'x-a/b': 3, 'x-50%': 4, 'x-a~b': 5 });
    expect(ajv.validate({ type: 'object', 'x-a.b': 1, 'x-a b': 2, 'x-a/b': 3, 'x-50%': 4, 'x-a~b': 5 }, {})).toBe(true);
    expect(() => ajv.compile({ type: 'object', maxLenght: 3 })).toThrow(/unknown keyword: "maxLenght"/);
  });
});

describe('standaloneSupport', () => {
  it('guards the exported validators, not a schema string that spells an export', () => {
    const code = 'export const Thing = validate1;const schema2 = {"enum":["export const Evil = validate9;"]};const func3 = specRegExp;export const Other = validate4;';
    const { code: out, imports } = standaloneSupport(code);
    expect(out).toBe(
      'export const Thing = specGuard(validate1);const schema2 = {"enum":["export const Evil = validate9;"]};const func3 = specRegExp;export const Other = specGuard(validate4);',
    );
    expect(imports.join('\n')).toContain('import { RE2JS } from "re2js";');
    expect(imports.join('\n')).not.toContain('specUniquePair');
  });

  it('tells code from string literals as a JSON reader would, escaped quotes and backslashes included', () => {
    const statement = 'export const A = validate1;';
    // A JSON string holding the statement: its quotes and backslashes escaped, maybe several times over.
    const literal = fc.array(fc.constantFrom('a', '"', '\\', statement, ' '), { maxLength: 6 }).map((parts) => JSON.stringify(parts.join('')));
    fc.assert(
      fc.property(fc.array(fc.oneof(literal, fc.constantFrom(statement, ';', ' ')), { maxLength: 12 }), (pieces) => {
        const code = pieces.join('');
        // Only the statements outside every literal are guarded.
        const expected = pieces.map((p) => (p === statement ? 'export const A = specGuard(validate1);' : p)).join('');
        expect(standaloneSupport(code).code).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
