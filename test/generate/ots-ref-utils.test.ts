/**
 * The pointer helpers funcspec hands openapi-typescript (ots-ref-utils.ts) must answer as the Redocly
 * 1.x functions they stand in for, answers and failures alike, and must be all the library takes from that module.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/corpus.js';
import { parseText } from '../../generator/openapi/document.js';
import { escapePointer, parseRef } from '../../generator/generate/ots-ref-utils.js';

const require = createRequire(import.meta.url);
const otsDir = dirname(require.resolve('openapi-typescript/package.json'));
const redocly = createRequire(join(otsDir, 'package.json'))('@redocly/openapi-core/lib/ref-utils.js') as {
  parseRef: (ref: string) => unknown;
  escapePointer: (fragment: unknown) => unknown;
};

/** What `f(input)` gives, or how it fails. */
const outcome = (f: (input: never) => unknown, input: unknown): unknown => {
  try {
    return { value: f(input as never) };
  } catch (err) {
    return { error: (err as Error).constructor.name, message: (err as Error).message };
  }
};

const EDGE_REFS = [
  '',
  '#',
  '#/',
  '#/a',
  'a#/b#/c',
  '#/a//b/',
  '//#/x',
  '#/a~1b~0c/~01/~10',
  '#/~',
  '#/~2',
  '#/%7Efoo/%25',
  '#/bad%',
  '#/%E0%A4%A',
  '#/a%2Fb',
  'other.yaml#/components/schemas/A',
  'other.yaml#',
  'other.yaml',
  '##/a',
  '#//',
  '#/0/1/-',
  '#/components/schemas/a b/properties/ü',
];
const EDGE_FRAGMENTS: unknown[] = ['', '~', '/', '~/', 'a~b/c', '~0~1', '%2F', 'plain', 0, 7, -1.5, undefined, null, {}];

/** Every `$ref` value and every object key of a document, and (if `paths`) every node's pointer as openapi-typescript writes it. */
function stringsOf(document: unknown, paths: boolean): { refs: Set<string>; keys: Set<string> } {
  const refs = new Set<string>();
  const keys = new Set<string>();
  const visit = (node: unknown, at: string): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      keys.add(key);
      if (key === '$ref' && typeof value === 'string') refs.add(value);
      const child = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (paths) refs.add(child);
      visit(value, child);
    }
  };
  visit(document, '#');
  return { refs, keys };
}

describe("openapi-typescript's pointer helpers", () => {
  it.each(CORPUS)("parse every $ref and path and escape every key of %s as Redocly's do", (file) => {
    const document = parseText(readFileSync(file, 'utf8'), file);
    const { refs, keys } = stringsOf(document, !file.endsWith('.json'));
    expect(refs.size).toBeGreaterThan(10);
    for (const ref of refs) expect(outcome(parseRef, ref), ref).toEqual(outcome(redocly.parseRef, ref));
    for (const key of keys) expect(outcome(escapePointer, key), key).toEqual(outcome(redocly.escapePointer, key));
  });

  it("answer edge cases as Redocly's do, failures included", () => {
    for (const ref of EDGE_REFS) expect(outcome(parseRef, ref), ref).toEqual(outcome(redocly.parseRef, ref));
    for (const fragment of EDGE_FRAGMENTS) expect(outcome(escapePointer, fragment), String(fragment)).toEqual(outcome(redocly.escapePointer, fragment));
    // Not a string: both fail the same way.
    expect(outcome(parseRef, 5)).toEqual(outcome(redocly.parseRef, 5));
    expect(outcome(parseRef, '#/bad%')).toMatchObject({ error: 'URIError' });
  });

  it('give a fresh array each time (openapi-typescript pops from it)', () => {
    const first = parseRef('#/components/schemas/A');
    first.pointer.pop();
    expect(parseRef('#/components/schemas/A').pointer).toEqual(['components', 'schemas', 'A']);
  });

  it('are all openapi-typescript takes from that module', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (entry.name.endsWith('.cjs')) files.push(join(dir, entry.name));
      }
    };
    walk(join(otsDir, 'dist'));
    const used = new Set<string>();
    const requests = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [, request] of text.matchAll(/require\('(@redocly\/[^']*)'\)/g)) requests.add(request!);
      for (const [, name] of text.matchAll(/refUtils_js\.(\w+)/g)) used.add(name!);
    }
    // commonjs.ts answers these two requests; any other would load Redocly 1.x after all.
    expect([...requests].sort()).toEqual(['@redocly/openapi-core', '@redocly/openapi-core/lib/ref-utils.js']);
    expect([...used].sort()).toEqual(['escapePointer', 'parseRef']);
  });
});
