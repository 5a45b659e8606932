/**
 * funcspec's lint resolves `$ref`s as Redocly's walk asks for them (lint-walk.ts) instead of in a pass
 * of their own: it must report exactly what Redocly's `lintDocument` reports, problem for problem.
 */
import { readFileSync } from 'node:fs';
import { BaseResolver, createConfig, lintDocument, Source, type Config, type NormalizedProblem } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../helpers/corpus.js';
import { parseText } from '../../generator/openapi/document.js';
import { lintWalk } from '../../generator/openapi/lint-walk.js';

const head = '"openapi":"3.1.0","info":{"title":"t","version":"1"}';
const INLINE: Record<string, string> = {
  'an alias chain to a schema with a wrong type': `{${head},"paths":{"/a":{"get":{"responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},"components":{"schemas":{"A":{"$ref":"#/components/schemas/B"},"B":{"type":"object","properties":{"x":{"type":"strin"}}}}}}`,
  'a dangling reference': `{${head},"paths":{"/a":{"get":{"responses":{"200":{"$ref":"#/components/responses/Nope"}}}}}}`,
  'references to the root, to a percent-encoded name and to the wrong kind of node': `{${head},"paths":{},"components":{"schemas":{"A":{"$ref":"#"},"B":{"$ref":"#/components/schemas/A%20B"},"A B":{"type":"string"},"C":{"$ref":"#/paths"}}}}`,
  'an $anchor reference': `{${head},"paths":{},"components":{"schemas":{"A":{"$anchor":"foo","type":"string"},"B":{"$ref":"#foo"}}}}`,
  'a chain through a $ref with sibling keys': `{${head},"paths":{},"components":{"schemas":{"A":{"$ref":"#/components/schemas/B","description":"d"},"B":{"type":"strin"},"C":{"$ref":"#/components/schemas/A"}}}}`,
  'references into an array, one past its end': `{${head},"paths":{},"components":{"schemas":{"A":{"allOf":[{"type":"string"}]},"B":{"$ref":"#/components/schemas/A/allOf/0"},"C":{"$ref":"#/components/schemas/A/allOf/7"}}}}`,
};

const FILES = CORPUS;

/** Problems as comparable text: rule, message, severity and every location with its key flag. */
const shown = (problems: NormalizedProblem[]): string[] =>
  problems.map((p) => JSON.stringify([p.ruleId, p.severity, p.message, p.location.map((l) => [l.pointer, l.reportOnKey === true]), p.from?.pointer]));

describe('lintWalk', () => {
  let config: Config;
  beforeAll(async () => {
    // More rules than funcspec turns on, so that GitHub's description has problems to compare.
    const rules = [
      'struct',
      'no-unresolved-refs',
      'operation-operationId-unique',
      'no-schema-type-mismatch',
      'security-defined',
      'path-parameters-defined',
      'no-required-schema-properties-undefined',
    ];
    config = await (createConfig as unknown as (c: unknown) => Promise<Config>)({ rules: Object.fromEntries(rules.map((r) => [r, 'error'])) });
  });

  const compare = async (text: string, file: string): Promise<string[]> => {
    const parsed = parseText(text, file).data;
    const document = (): { source: Source; parsed: unknown } => ({ source: new Source(file, text), parsed });
    const expected = shown(await lintDocument({ document: document(), config, externalRefResolver: new BaseResolver(config.resolve) }));
    expect(shown(await lintWalk(document(), config, new BaseResolver(config.resolve)))).toEqual(expected);
    return expected;
  };

  it.each(Object.entries(INLINE))('reports what lintDocument reports for %s', async (_what, text) => {
    await compare(text, '/specs/inline.json');
  });

  it('reports what lintDocument reports for our specs, the petstore and GitHub’s description', async () => {
    const counts = [];
    for (const file of FILES) counts.push((await compare(readFileSync(file, 'utf8'), file)).length);
    expect(counts.at(-1)).toBeGreaterThan(100);
  }, 60_000);
});
