/**
 * Hostile references (issue "Safe with a stranger's input", section 3): nothing outside the given
 * document is read or fetched, by any command; `$ref` cycles of every kind end in a located error
 * from the commands that lint (generate, diff, check-spec) and the mock, and in a result from the
 * shared reading layer (which drift uses without linting).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../generator/mock/server.js';
import { parseText } from '../../generator/openapi/document.js';
import { listExamples } from '../../generator/openapi/examples.js';
import { viewSchema } from '../../generator/openapi/schema-view.js';
import { listSchemas } from '../../generator/openapi/sites.js';
import { validateExamples } from '../../generator/openapi/validate-examples.js';
import { listOperations } from '../../generator/openapi/walk.js';
import { runCli } from '../helpers/cli.js';
import { expectLocated, runFuncspec, spec, startMock, workDir } from './spec-support.js';

const { dir, write } = workDir();
const out = join(dir, 'out');

let hits = 0;
const server = createServer((req, res) => {
  hits++;
  res.writeHead(200, { 'content-type': 'application/yaml' }).end('Thing: {type: object, properties: {REMOTE_KEY_NAME: {type: string}}}\n');
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const body = (schema: string): string => `  /things:
    post:
      operationId: PostThing
      requestBody: {content: {application/json: {schema: ${schema}}}}
      responses: {'204': {description: done}}`;

/** Every command that reads specs refuses `file` at `line`, saying why, and prints nothing it should not know. */
async function expectRefusedByAll(file: string, line: number, message: RegExp, secrets: RegExp): Promise<void> {
  const where = new RegExp(`${file.split('/').pop()!.replace('.', '\\.')}:${line}:\\d+: `);
  // generate runs checks of its own before the linter (generator/generate/limits.ts): located, maybe elsewhere in the loop.
  const generate = await runCli(['generate', '--spec', file, '--out', out]);
  expectLocated(generate, file, message);
  const diff = await runCli(['diff', file, file]);
  expect(diff.code).toBe(2);
  expect(diff.stderr).toMatch(where);
  expect(diff.stderr).toMatch(message);
  const check = await runCli(['check-spec', file]);
  expect(check.code).toBe(1);
  expect(check.stdout).toMatch(where);
  expect(check.stdout).toMatch(message);
  const mock = await startMock(file);
  await mock.stop();
  expect(mock.url).toBeUndefined();
  expectLocated(mock.exited!, file, message);
  expect(mock.exited!.stderr).toMatch(where);
  for (const printed of [generate.stdout, generate.stderr, diff.stdout, diff.stderr, check.stdout, check.stderr, mock.exited!.stdout, mock.exited!.stderr])
    expect(printed).not.toMatch(secrets);
}

describe('nothing outside the given document is read or fetched', () => {
  it('a remote $ref is refused before any request is made', { timeout: 120_000 }, async () => {
    // Before: generate, diff and check-spec fetched it (Redocly resolved it during lint, 3+ requests) and
    // reported REMOTE_KEY_NAME from the answer; the mock served the document (it never follows external refs).
    const file = write('remote.yaml', spec({ paths: body(`{$ref: '${base}/remote.yaml#/Thing'}`) }));
    await expectRefusedByAll(file, 7, /external reference "http:\/\/127\.0\.0\.1:\d+\/remote\.yaml#\/Thing" refused/, /REMOTE_KEY_NAME/);
    expect(hits).toBe(0);
  });

  it('a file $ref is refused before the file is read: no key name of it is echoed', { timeout: 120_000 }, async () => {
    // Before: Redocly read secret.yaml (and /etc/passwd) and linted them as parameters, printing
    // "Property `TOP_SECRET_KEY_NAME` is not expected here" with the file's own line numbers.
    write('secret.yaml', 'TOP_SECRET_KEY_NAME: {value: hunter2}\n');
    const file = write(
      'local.yaml',
      spec({
        paths: `  /things:
    get:
      operationId: GetThings
      parameters: [{$ref: './secret.yaml'}, {$ref: '/etc/passwd'}]
      responses: {'204': {description: done}}`,
      }),
    );
    await expectRefusedByAll(file, 7, /external reference "\.\/secret\.yaml" refused/, /TOP_SECRET_KEY_NAME|hunter2|root:/);
  });

  it('a $ref inside example data is data: neither refused nor fetched', async () => {
    // Before: Redocly walked into the example and fetched the URL.
    const file = write(
      'example-ref.yaml',
      spec({
        paths: `  /things:
    get:
      operationId: GetThings
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: object}, example: {$ref: '${base}/data.json'}}}`,
      }),
    );
    const check = await runCli(['check-spec', file]);
    expect(check.stdout).not.toMatch(/no-external-refs|no-unresolved-refs/);
    expect(check.stdout).toContain('ok   GetThings:example:response (200)');
    expect(hits).toBe(0);
  });
});

const cycles = {
  self: { paths: body(`{$ref: '#/components/schemas/A'}`), components: `  schemas:\n    A: {$ref: '#/components/schemas/A'}`, line: 11 },
  mutual: { paths: body(`{$ref: '#/components/schemas/A'}`), components: `  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}`, line: 12 },
  allOf: {
    paths: body(`{$ref: '#/components/schemas/A'}`),
    components: `  schemas:\n    A: {type: object, allOf: [{$ref: '#/components/schemas/B'}]}\n    B: {anyOf: [{$ref: '#/components/schemas/A'}, {type: string}]}`,
    line: 12,
  },
  parameter: {
    paths: `  /things:\n    get:\n      operationId: GetThings\n      parameters: [{$ref: '#/components/parameters/P'}]\n      responses: {'204': {description: done}}`,
    components: `  parameters:\n    P: {$ref: '#/components/parameters/Q'}\n    Q: {$ref: '#/components/parameters/P'}`,
    line: 12,
  },
  pathItem: {
    paths: `  /a: {$ref: '#/paths/~1b'}\n  /b: {$ref: '#/paths/~1a'}`,
    components: `  schemas: {}`,
    line: 5,
  },
};

describe('$ref cycles of every kind end in a located error, never a crash', () => {
  for (const [kind, { paths, components, line }] of Object.entries(cycles)) {
    it(`${kind}`, { timeout: 120_000 }, async () => {
      // Before: Redocly threw "Self-referencing circular pointer" from a promise (an unhandled rejection:
      // the process died with a stack trace) for self, mutual, parameter and path item cycles; through
      // allOf/anyOf, Ajv overflowed the stack on the first example (check-spec) or request (mock).
      const file = write(`cycle-${kind}.yaml`, spec({ paths, components }));
      await expectRefusedByAll(file, line, /no nested value in between|\$ref loop/, /Maximum call stack|circular pointer/);

      // The shared layer reads the same document without linting (drift does) and still ends.
      const { data } = parseText(`${spec({ paths, components })}`, file);
      expect(listOperations(data).length).toBeLessThanOrEqual(1);
      expect(listSchemas(data).length).toBeGreaterThanOrEqual(0);
      expect(listExamples(data)).toEqual([]);
      expect(validateExamples(data)).toEqual([]);
      for (const s of listSchemas(data)) expect(viewSchema(data, { value: s.schema, ptr: s.pointer }).ptr).toBeTypeOf('string');
      // In process, the mock names the node it cannot serve instead of overflowing.
      await expect(startMockServer(data).then((m) => m.close())).rejects.toThrow(/cannot compile|no nested value/);
    });
  }
});

describe('a chain of 3000 schemas, each including the next (allOf) and nesting it (properties)', () => {
  it('ends in a located error or a result in every command and in the shared layer', { timeout: 120_000 }, async () => {
    // Before: Redocly's resolver overflowed the stack (a RangeError with its trace from generate, diff
    // and check-spec), and so did viewSchema (diff, drift) merging the allOf chain.
    const schemas = Array.from({ length: 3000 }, (_, i) => {
      const next = i < 2999 ? `{$ref: '#/components/schemas/S${i + 1}'}` : '{type: object}';
      return `    S${i}: {allOf: [${next}], properties: {p: ${next}}}`;
    });
    const text = spec({ paths: body(`{$ref: '#/components/schemas/S0'}, example: {p: {}}`), components: `  schemas:\n${schemas.join('\n')}` });
    const file = write('chain.yaml', text);
    const diff = await runCli(['diff', file, file]);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toMatch(/chain\.yaml:1:1: not a valid OpenAPI document \(1 problem\):\n {2}\[lint\] the linter could not finish: the `\$ref`s chain too deep/);
    const check = await runCli(['check-spec', file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('$schema-error: its `$ref`s chain too deep to compile');
    const mock = await startMock(file);
    await mock.stop();
    expectLocated(mock.exited!, file, /chain\.yaml:7:\d+: cannot compile the schema of PostThing request body: its `\$ref`s chain too deep/);
    const { data } = parseText(text, file);
    const view = viewSchema(data, { value: { $ref: '#/components/schemas/S0' }, ptr: '/x' });
    expect([...view.properties.keys()]).toEqual(['p']);
    expect(listSchemas(data)).toHaveLength(9001); // S0…S2999, their allOf and p, and the body's
  });
});

describe('layers of shared allOf parts: 12 layers of 8, 8^12 schemas applied to one value', () => {
  it('are refused where they start, by every command', { timeout: 120_000 }, async () => {
    // Before: Ajv evaluates every path, so validating any value never ended (check-spec's example, the
    // mock's request); diff's schema view merged every path too (no answer within a minute).
    const layers = Array.from(
      { length: 12 },
      (_, i) =>
        `    E${i}: {allOf: [${Array(8)
          .fill(`{$ref: '#/components/schemas/E${i + 1}'}`)
          .join(', ')}]}`,
    );
    const text = spec({
      paths: body(`{$ref: '#/components/schemas/E0'}, example: {a: x}`),
      components: `  schemas:\n${layers.join('\n')}\n    E12: {type: object, properties: {a: {type: string}}}`,
    });
    const file = write('fan-out.yaml', text);
    const message = /applies more than 10\^15 schemas to the same value|applies \d+ schemas to the same value/;
    const diff = await runFuncspec(['diff', file, file]);
    expect(diff.timedOut).toBe(false);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toMatch(/fan-out\.yaml:7:\d+: not a valid OpenAPI document/);
    expect(diff.stderr).toMatch(message);
    const check = await runFuncspec(['check-spec', file]);
    expect(check.timedOut).toBe(false);
    expect(check.stdout).toMatch(/fan-out\.yaml:7:\d+: \[no-ref-cycles\] applies/);
    const mock = await startMock(file);
    await mock.stop();
    expectLocated(mock.exited!, file, message);
  });
});
