/**
 * Patterns written for JavaScript's non-Unicode regular expressions (`[\w\!\']`, `[\w-.]`): accepted,
 * matched as such a regular expression would match them (through RE2, never a backtracking
 * engine), and reported as warnings at the pattern; and long Unicode property names spelt for RE2.
 */
import { describe, expect, it } from 'vitest';
import { createSpecAjv, standaloneSupport } from '../../generator/openapi/ajv.js';
import { parseText } from '../../generator/openapi/document.js';
import { compileSpecPattern, patternProblems, patternWarningLines, patternWarnings, SPEC_REGEXP_JS_NAME, SPEC_REGEXP_NAME, specRegExpFor } from '../../generator/openapi/regexp.js';

/** What JavaScript's own engine answers, without the `u` flag when the pattern needs that. */
function native(pattern: string, input: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch {
    re = new RegExp(pattern);
  }
  return re.test(input);
}

describe('non-Unicode patterns match as JavaScript matches them', () => {
  const cases: Array<[string, string[]]> = [
    ["^[0-9a-zA-Z\\/\\!\\-_\\.\\*\\'\\(\\):]{0,800}$", ["a/b!c-d_e.f*g'h(i):j", 'a b', 'é']],
    ["^[\\w\\s\\!\\?\\.\\,\\'\\-]*$", ["Hi, it's me!", 'a@b']],
    ['^\\a\\z\\A\\e\\Q\\E$', ['azAeQE', '\x07']], // RE2 would read \a as a bell and \z as the end
    ['^\\p{L}x\\P$', ['p{L}xP']], // without `u`, \p is a p
    ['^[\\w-.]+@[\\d-x]$', ['a-b.c@-', 'a@x', 'a@5', 'a@y']], // a hyphen beside a class escape is a hyphen
    ['^\\é\\_\\:$', ['é_:']],
  ];
  it.each(cases)('%s', (pattern, inputs) => {
    expect(() => new RegExp(pattern, 'u')).toThrow();
    const re2 = compileSpecPattern(pattern);
    for (const input of inputs) expect([input, re2.test(input)]).toEqual([input, native(pattern, input)]);
  });

  it('a pattern valid in Unicode mode keeps its Unicode meaning', () => {
    for (const [pattern, input] of [
      ['^\\p{Letter}+$', 'école'],
      ['^\\p{Lu}\\P{Lu}$', 'Éa'],
      ['^\\p{Script=Greek}+$', 'αβγ'],
      ['^\\u{1F600}$', '😀'],
      ['^.$', '😀'],
    ] as const) {
      expect([pattern, compileSpecPattern(pattern).test(input)]).toEqual([pattern, true]);
      expect(native(pattern, input)).toBe(true);
    }
    expect(compileSpecPattern('^\\p{Letter}+$').test('école1')).toBe(false);
  });

  it('what RE2 cannot run is still refused', () => {
    expect(() => compileSpecPattern('^(a)\\1$')).toThrow(/cannot be matched in linear time/);
    expect(() => compileSpecPattern('^(?=a)\\!$')).toThrow(/cannot be matched in linear time/);
  });
});

const SPEC = `openapi: 3.1.0
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    Polly:
      type: object
      properties:
        prefix: {type: string, pattern: "^[\\\\w\\\\!\\\\']+$"}
        plain: {type: string, pattern: '^[a-z]+$'}
      patternProperties:
        "^x\\\\-": {type: string}
`;

describe('warnings, engines and generated code', () => {
  const loaded = parseText(SPEC, 'spec.yaml');

  it('each non-Unicode pattern is a warning located where it is written', () => {
    const warnings = patternWarnings(loaded.data).map((w) => ({ ...w, at: loaded.locate(w.pointer) }));
    // A schema's own patterns come before those of its properties.
    expect(warnings.map((w) => [w.pointer, w.at])).toEqual([
      ['/components/schemas/Polly/patternProperties/^x\\-', { line: 12, column: 9 }],
      ['/components/schemas/Polly/properties/prefix/pattern', { line: 9, column: 32 }],
    ]);
    expect(warnings[1]!.message).toMatch(/^pattern "\^\[\\\\w\\\\!\\\\'\]\+\$" is not a valid Unicode-mode regular expression.*read as a non-Unicode JavaScript one/);
    expect(patternProblems(loaded.data)).toEqual([]);
    expect(patternWarningLines(loaded).map((l) => l.split(': warning: ')[0])).toEqual(['spec.yaml:9:32', 'spec.yaml:12:9']);
  });

  it('the generated code carries the translation only when a pattern needs it', () => {
    expect(specRegExpFor(loaded.data).code).toBe(SPEC_REGEXP_NAME); // RE2 reads `\!` and `\-` as JavaScript does
    const needs = { components: { schemas: { A: { pattern: '^\\a$' } } } };
    expect(specRegExpFor(needs).code).toBe(SPEC_REGEXP_JS_NAME);
    const ajv = createSpecAjv(needs, { code: { source: true, esm: true } });
    const validate = ajv.compile({ type: 'string', pattern: '^\\a$' });
    expect([validate('a'), validate('\x07')]).toEqual([true, false]);
    const support = standaloneSupport(`const func0 = ${SPEC_REGEXP_JS_NAME};export const A = validate0;`);
    expect(support.imports.join('\n')).toContain(`const ${SPEC_REGEXP_JS_NAME} = (pattern) => RE2JS.compile(RE2JS.translateRegExp(specPattern(pattern)));`);
    expect(standaloneSupport(`const func0 = ${SPEC_REGEXP_NAME};export const A = validate0;`).imports.join('\n')).not.toContain('specPattern');
  });

  it('counts patterns of schemas only: the same strings as example data or property names are not patterns', () => {
    const media = { schema: { type: 'object' }, example: { pattern: '^\\a$', rule: { pattern: '^[\\w\\!]+$' } } };
    const notSchemas = {
      openapi: '3.1.0',
      paths: { '/a': { post: { requestBody: { content: { 'application/json': media } } } } },
      components: { schemas: { B: { type: 'object', properties: { pattern: { type: 'string' } }, default: { pattern: '^\\a$' } } } },
    };
    expect(patternWarnings(notSchemas)).toEqual([]);
    expect(specRegExpFor(notSchemas).code).toBe(SPEC_REGEXP_NAME);
    const schema = structuredClone(notSchemas) as { components: { schemas: Record<string, unknown> } };
    schema.components.schemas.C = { type: 'string', pattern: '^[\\w\\!]+$' };
    expect(patternWarnings(schema).map((w) => w.pointer)).toEqual(['/components/schemas/C/pattern']);
  });
});
