/**
 * Time bounds on hostile input, measured rather than asserted (the tests only check the outcome):
 * each case runs once in this process and prints how long it took to end, and how it ended.
 *
 *   npx tsx bench/hostile.ts
 */
import { performance } from 'node:perf_hooks';
import { createSpecAjv } from '../generator/openapi/ajv.js';
import { parseText } from '../generator/openapi/document.js';
import { lintOpenApi } from '../generator/openapi/lint.js';

const cases: Array<[name: string, run: () => unknown]> = [
  [
    'YAML alias bomb (9 levels x 9 aliases)',
    () =>
      parseText(
        [
          'a: &a ["x","x","x","x","x","x","x","x","x"]',
          ...Array.from(
            { length: 8 },
            (_, i) =>
              `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
                .fill(`*${String.fromCharCode(97 + i)}`)
                .join(',')}]`,
          ),
        ].join('\n'),
        'bomb.yaml',
      ),
  ],
  ['JSON nested 100,000 levels', () => parseText('['.repeat(100_000) + ']'.repeat(100_000), 'deep.json')],
  ['50 MB document (refused unread)', () => parseText(' '.repeat(50 * 1024 * 1024), 'big.json')],
  ['JSON with a duplicate key', () => parseText('{"openapi": "3.1.0", "openapi": "3.0.0"}', 'dup.json')],
  [
    '$ref cycle A -> B -> A (lint)',
    () =>
      lintOpenApi(
        'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n',
        'cycle.yaml',
      ),
  ],
  [
    'remote $ref (lint, refused before any request)',
    () => lintOpenApi('openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: "http://127.0.0.1:9/x.yaml"}\n', 'remote.yaml'),
  ],
  [
    "pattern ^(a+)+$ on 10,000 a's and a !",
    () => {
      const schema = { type: 'string', pattern: '^(a+)+$' };
      return createSpecAjv(schema).compile(schema)('a'.repeat(10_000) + '!');
    },
  ],
  [
    'uniqueItems over 100,000 objects',
    () => {
      const schema = { type: 'array', uniqueItems: true, items: { type: 'object' } };
      return createSpecAjv(schema).compile(schema)(Array.from({ length: 100_000 }, (_, i) => ({ i })));
    },
  ],
];

console.log('| hostile input | ends in | outcome |');
console.log('|---|---|---|');
for (const [name, run] of cases) {
  const start = performance.now();
  let outcome: string;
  try {
    const result = await run();
    outcome = Array.isArray(result) ? `${result.length} problem(s)` : typeof result === 'boolean' ? `valid: ${result}` : 'result';
  } catch (err) {
    outcome = `refused: ${(err as Error).message.split('\n')[0]!.slice(0, 70)}`;
  }
  console.log(`| ${name} | ${Math.round(performance.now() - start)} ms | ${outcome} |`);
}
