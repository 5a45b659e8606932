/**
 * Specs built to make the generator recurse without end or work without bound: each ends, in
 * seconds, in a package or a located error (never a stack overflow). Each case says what was wrong before.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ENUM_VALUES } from '../../generator/generate/limits.js';
import { runCli } from '../helpers/cli.js';
import { expectLocatedError, importInNode, spec, workspace } from './generate-helpers.js';

const dir = workspace();

/** A JSON document whose one response body is components.schemas.A, with `schemas` as the components. */
function jsonSpec(schemas: Record<string, unknown>): string {
  const body = { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } };
  return JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: { '/a': { get: { operationId: 'GetA', responses: { 200: body } } } },
    components: { schemas },
  });
}

async function generate(name: string, text: string, ext = 'json'): Promise<{ file: string; out: string; result: Awaited<ReturnType<typeof runCli>>; ms: number }> {
  const file = join(dir, `${name}.${ext}`);
  writeFileSync(file, text);
  const out = join(dir, `out-${name}`);
  const start = Date.now();
  const result = await runCli(['generate', '--spec', file, '--subpath', name, '--out', out, '--silent']);
  return { file, out, result, ms: Date.now() - start };
}

describe('references that lead back to themselves', () => {
  it('a schema that is only a $ref to itself is a located error', async () => {
    // Was: the linter threw "Self-referencing circular pointer", printed with its stack.
    const { result } = await generate('self-ref', jsonSpec({ A: { $ref: '#/components/schemas/A' } }));
    expectLocatedError(result, 'self-ref.json', /\$ref/);
  });

  it('a YAML alias inside its own anchor is a located error', async () => {
    // Was: an infinitely deep document: the linter overflowed the stack.
    const { result } = await generate('alias', spec({ schemas: '    Thing: &t {type: object, properties: {next: *t}}' }), 'yaml');
    expectLocatedError(result, 'alias.yaml', /contains it|contains itself/);
  });

  it.each([
    ['an array of itself', { A: { type: 'array', items: { $ref: '#/components/schemas/A' } } }],
    ['a tuple of itself', { A: { type: 'array', prefixItems: [{ $ref: '#/components/schemas/A' }] } }],
    [
      'a JSON value type (a union that holds arrays of itself)',
      {
        A: {
          oneOf: [
            { type: 'string' },
            { type: 'number' },
            { type: 'array', items: { $ref: '#/components/schemas/A' } },
            { type: 'object', additionalProperties: { $ref: '#/components/schemas/A' } },
          ],
        },
      },
    ],
  ])('%s generates a working package', async (_name, schemas) => {
    // Was: openapi-typescript wrote `A: components["schemas"]["A"][]`, which TypeScript refuses
    // ("referenced directly or indirectly in its own type annotation"): a compile error naming no place.
    const name = `cycle-${Object.keys(schemas.A).join('-').toLowerCase()}`;
    const { out, result } = await generate(name, jsonSpec(schemas));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { value } = await importInNode(join(out, `${name}/index.js`), 'm.isGetAResponse200([[[]], []])');
    expect(value).toBe(true);
  });
});

describe('size', () => {
  it('nesting just within the limit generates; beyond it is a located error', async () => {
    // Was: no limit of generate's own; past 100 levels the linter threw "nesting exceeded maxDepth" with its stack.
    const nest = (levels: number): unknown => {
      let schema: unknown = { type: 'string' };
      for (let i = 0; i < levels; i++) schema = { type: 'array', items: schema };
      return schema;
    };
    // components/schemas/A is 3 levels deep; each array adds one (`items`).
    const within = await generate('deep-ok', jsonSpec({ A: nest(MAX_DEPTH - 3) }));
    expect(within.result.stderr).toBe('');
    expect(within.result.code).toBe(0);
    const beyond = await generate('deep', jsonSpec({ A: nest(MAX_DEPTH - 2) }));
    expectLocatedError(beyond.result, 'deep.json', new RegExp(`nested more than (${MAX_DEPTH}|\\d+) levels deep`));
    expect(beyond.ms).toBeLessThan(10_000);
  });

  it('500-deep nesting is a located error', async () => {
    // Was: the linter threw with its stack.
    let schema: unknown = { type: 'string' };
    for (let i = 0; i < 500; i++) schema = { type: 'object', properties: { p: schema } };
    const { result, ms } = await generate('deep500', jsonSpec({ A: schema }));
    expectLocatedError(result, 'deep500.json', /nested more than \d+ levels deep/);
    expect(ms).toBeLessThan(10_000);
  });

  it(`an enum of more than ${MAX_ENUM_VALUES} values is a located error, at once`, async () => {
    // Was: 100,000 values made a union TypeScript took over half a minute to check.
    const values = Array.from({ length: 100_000 }, (_, i) => `v${i}`);
    const { result, ms } = await generate('big-enum', jsonSpec({ A: { type: 'string', enum: values } }));
    expectLocatedError(result, 'big-enum.json', new RegExp(`enum with 100000 values; generate supports up to ${MAX_ENUM_VALUES}`));
    expect(ms).toBeLessThan(10_000);
  });

  it('a chain of 300 schemas, each referencing the next, is a located error naming the cause', async () => {
    // Was: Ajv ran out of stack compiling it; the message said so ("Maximum call stack size exceeded").
    const schemas: Record<string, unknown> = {};
    for (let i = 0; i < 300; i++)
      schemas[i === 0 ? 'A' : `S${i}`] = i < 299 ? { type: 'object', properties: { next: { $ref: `#/components/schemas/S${i + 1}` } } } : { type: 'string' };
    const { result, ms } = await generate('chain', jsonSpec(schemas));
    expectLocatedError(result, 'chain.json', /nests, through \$refs, too deeply|more than \d+ \$refs|too deep/);
    expect(result.stderr).not.toMatch(/call stack/i);
    expect(ms).toBeLessThan(30_000);
  });
});
