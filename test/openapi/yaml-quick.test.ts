/**
 * The quick YAML reader must never change what a document says or where its errors point: whatever
 * it answers equals the `yaml` package's data and positions, and whatever it cannot answer the same
 * way it leaves to `yaml`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseText } from '../../generator/openapi/document.js';
import { quickYaml } from '../../generator/openapi/yaml-quick.js';
import { yamlPositions } from '../helpers/yaml-positions.js';

/** The `yaml` package's reading of a text, with the options funcspec's full reader uses; an error as its message. */
function yamlData(text: string): { data: unknown } | { error: string } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) return { error: doc.errors[0]!.message };
  return { data: doc.toJS({ maxAliasCount: 1000 }) };
}

const specFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

const SCALARS = [
  '0',
  '-0',
  '+0',
  '007',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '1.',
  '.5',
  '-.5',
  '1e3',
  '1E+3',
  '1e400',
  '-1e400',
  '9'.repeat(400),
  '.inf',
  '-.inf',
  '.NaN',
  'true',
  'True',
  'TRUE',
  'yes',
  'off',
  'null',
  'Null',
  '~',
  '2024-11-07',
  '12:30',
  '"\\u00e9\\t"',
  "'it''s'",
  '!!str 12',
  '!!int "12"',
  '!!float 1',
  '!!binary aGVsbG8=',
  '!!bool yes',
  '!local x',
  '&a plain',
  '[1, {a: b}]',
  '{a: [1]}',
];

const DOCUMENTS = [
  '%YAML 1.1\n---\nk: yes\n',
  '\uFEFFk: 1\n',
  '---\nk: 1\n...\n',
  'k: 1\n---\nj: 2\n',
  'a: 1\n"a": 2\n',
  '1: a\n"1": b\n',
  'null: 1\n"": 2\n',
  ': v\n',
  'k:\n\t- 1\n',
  'x: &a [1]\nk: *a\n',
  'k: *a\n',
  '? [a]\n: 1\n',
  '__proto__: {polluted: 1}\n',
  '',
  '# only a comment\n',
  'plain\n',
  'k: !!omap [a: 1]\n',
  'k: |\n  block\n',
  'k: >-\n\n  folded\n',
];

describe('quickYaml', () => {
  it("reads this repository's specs and fixtures, with the same data as the yaml package", () => {
    const files = [...specFiles('spec'), ...specFiles('test')];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const quick = quickYaml(text);
      const full = yamlData(text);
      if ('error' in full) expect(quick, file).toBeUndefined();
      else if (quick) expect(quick.data, file).toStrictEqual(full.data);
    }
    for (const spec of specFiles('spec').filter((f) => !f.endsWith('errata.yaml'))) expect(quickYaml(readFileSync(spec, 'utf8')), spec).toBeDefined();
  });

  it('agrees with the yaml package on every scalar form it reads, and leaves the others to it', () => {
    const texts = [...SCALARS.flatMap((s) => [`k: ${s}\n`, `- ${s}\n`, `${s}: v\n`, `{k: ${s}}\n`]), ...DOCUMENTS];
    let read = 0;
    for (const text of texts) {
      const quick = quickYaml(text);
      if (!quick) continue;
      read++;
      const full = yamlData(text);
      expect('error' in full ? full : full.data, JSON.stringify(text)).toStrictEqual(quick.data);
    }
    expect(read).toBeGreaterThan(texts.length / 2);
  });

  it.each([
    ['a number out of range (Infinity to yaml, a string to js-yaml)', 'k: 1e400\n'],
    ['a null key ("" to yaml, "null" to js-yaml)', 'null: v\n'],
    ['an explicit core tag (`!!float 1` is a string to yaml)', 'k: !!float 1\n'],
    ['a %YAML directive', '%YAML 1.1\n---\nk: yes\n'],
    ['an alias', 'x: &a 1\nk: *a\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an empty text', ''],
  ])('leaves to the yaml package %s', (_why, text) => {
    expect(quickYaml(text)).toBeUndefined();
  });

  it('gives a prototype key as plain data, never as the prototype', () => {
    const quick = quickYaml('__proto__: {polluted: 1}\n');
    expect(Object.getPrototypeOf(quick?.data)).toBe(Object.prototype);
    expect(Object.keys(quick!.data as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('locating values read by the quick reader', () => {
  const odd = [
    '# comment',
    'a: 1',
    '"b c": {d: [x, \'y\', "z"], e: {}}',
    "'q''s': v",
    '0x10: hex',
    '1.0: float',
    'True: b',
    '.5: half',
    'list:',
    '  - |',
    '    block',
    '  - >-',
    '',
    '    folded after a blank line',
    '  - |2  # indentation indicator and a comment',
    '      indented',
    '  - &anchored plain',
    '  - &m',
    '    k: v',
    '  - [1, 2]',
    '  - - nested',
    '    - seq',
    '  - "quoted item"',
    '  -',
    "  - ''",
    'empty:',
    'nested:',
    '  deep:',
    '    -   spaced: 1',
    '        other: |-',
    '          text',
    'flow: { "k 1": 1, k2: [a, {b: c}] }',
    'multi: a plain scalar',
    '  over two lines',
  ].join('\n');

  it.each([
    ['the FunctionGraph spec', readFileSync('spec/huaweicloud/functiongraph-v2.yaml', 'utf8')],
    ['odd layouts: quoted and numeric keys, block scalars, anchors, empty and flow values', odd],
  ])('puts every value of %s where the yaml package does', (_what, text) => {
    expect(quickYaml(text)).toBeDefined();
    const doc = parseText(text, 'spec.yaml');
    const expected = yamlPositions(text);
    expect(expected.size).toBeGreaterThan(30);
    for (const [ptr, where] of expected) {
      const { line, column } = doc.locate(ptr);
      expect(`${line}:${column}`, ptr).toBe(where);
    }
  });

  it('points a missing value at its nearest existing ancestor', () => {
    const doc = parseText('a:\n  b: [1, 2]\n', 'spec.yaml');
    expect(doc.locate('/a/b/5')).toEqual({ line: 2, column: 3 });
    expect(doc.locate('/a/b/length')).toEqual({ line: 2, column: 3 });
    expect(doc.locate('/a/zz/y')).toEqual({ line: 1, column: 1 });
    expect(doc.errorAt('/a/b/1', 'wrong').format()).toBe('spec.yaml:2:10: wrong');
  });
});
