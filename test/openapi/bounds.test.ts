/**
 * The bounds of the reading layer (limits.ts, references.ts, regexp.ts) leave real documents alone:
 * GitHub's REST description and the curated specs load, lint and compile; the depth limit sits just
 * inside Redocly's own; pointers keep `%` as a character of a name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../generator/openapi/document.js';
import { MAX_DEPTH } from '../../generator/openapi/limits.js';
import { lintOpenApi } from '../../generator/openapi/lint.js';
import { getAtPointer, parsePointer, uriFragment } from '../../generator/openapi/pointer.js';
import { inExampleData, referenceProblems } from '../../generator/openapi/references.js';
import { deref, refTarget } from '../../generator/openapi/refs.js';
import { patternProblems } from '../../generator/openapi/regexp.js';

const GITHUB = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

describe('real documents are within the bounds', () => {
  it("GitHub's REST description (13 MB) loads, with no reference or pattern problems", () => {
    const doc = parseText(readFileSync(GITHUB, 'utf8'), 'api.github.com.json');
    expect(referenceProblems(doc.data)).toEqual([]);
    expect(patternProblems(doc.data)).toEqual([]);
  });

  it.each(['spec/huaweicloud/functiongraph-v2.yaml', 'spec/aliyun/fc-2021-04-06.yaml', 'test/fixtures/petstore-3.1.yaml'])('%s has no reference or pattern problems', (file) => {
    const doc = parseText(readFileSync(file, 'utf8'), file);
    expect(referenceProblems(doc.data)).toEqual([]);
    expect(patternProblems(doc.data)).toEqual([]);
  });
});

describe('the depth limit', () => {
  const nested = (containers: number): string => {
    const inner = '['.repeat(containers - 1) + '1' + ']'.repeat(containers - 1);
    return `{"openapi": "3.1.0", "info": {"title": "D", "version": "1"}, "paths": {}, "x-deep": ${inner}}`;
  };

  it(`lets ${MAX_DEPTH} levels through to Redocly, which reads them`, async () => {
    const text = nested(MAX_DEPTH);
    expect(() => parseText(text, 'd.json')).not.toThrow();
    expect(await lintOpenApi(text, 'd.json')).toEqual([]);
  });

  it(`refuses ${MAX_DEPTH + 1}, located at the bracket that goes too deep`, () => {
    const text = nested(MAX_DEPTH + 1);
    // The root is the first level, the first `[` the second.
    expect(() => parseText(text, 'd.json')).toThrow(
      expect.objectContaining({ line: 1, column: text.indexOf('[') + MAX_DEPTH, message: expect.stringMatching(/nested more than 98 levels/) }),
    );
  });
});

describe('pointers', () => {
  it('read `%` in a plain pointer as a character, and percent-decode only URI fragments', () => {
    const doc = { paths: { '/files/100%': { get: 1 } }, components: { schemas: { 'a b': { type: 'string' }, 'a%20b': { type: 'integer' } } } };
    expect(getAtPointer(doc, '/paths/~1files~1100%/get')).toBe(1);
    expect(parsePointer('/components/schemas/a%20b')).toEqual(['components', 'schemas', 'a%20b']);
    expect(parsePointer('#/components/schemas/a%20b')).toEqual(['components', 'schemas', 'a b']);
    expect(refTarget('#/components/schemas/a%20b')).toBe('/components/schemas/a b');
    expect(refTarget('#/components/schemas/a%2520b')).toBe('/components/schemas/a%20b');
    expect(refTarget('#/bad%zz')).toBeUndefined();
    expect(deref(doc, { value: { $ref: '#/components/schemas/a%2520b' }, ptr: '/x' }).value).toEqual({ type: 'integer' });
    expect(uriFragment('/paths/~1files~1100%/get')).toBe('#/paths/~1files~1100%25/get');
  });
});

describe('where a $ref is a reference', () => {
  const doc = {
    paths: {
      '/a': {
        get: {
          parameters: [{ name: 'q', in: 'query', example: { $ref: 'http://x/data' } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { properties: { example: { $ref: 'http://x/schema' } } }, examples: { one: { value: { $ref: '../data.json' } } } } },
            },
          },
        },
      },
    },
  };

  it('refuses it in a schema, even under a property named `example`, and never in example data', () => {
    expect(referenceProblems(doc)).toEqual([
      expect.objectContaining({ ruleId: 'no-external-refs', pointer: '/paths/~1a/get/responses/200/content/application~1json/schema/properties/example/$ref' }),
    ]);
    expect(inExampleData(doc, '/paths/~1a/get/parameters/0/example')).toBe(true);
    expect(inExampleData(doc, '/paths/~1a/get/responses/200/content/application~1json/examples/one/value')).toBe(true);
    expect(inExampleData(doc, '/paths/~1a/get/responses/200/content/application~1json/schema/properties/example')).toBe(false);
  });

  it('recursion through a nested value is not a cycle', () => {
    const tree = {
      components: {
        schemas: {
          Node: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/components/schemas/Node' } } }, allOf: [{ $ref: '#/components/schemas/Base' }] },
          Base: {},
        },
      },
    };
    expect(referenceProblems(tree)).toEqual([]);
  });
});
