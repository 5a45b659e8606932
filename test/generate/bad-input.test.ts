/** `funcspec generate` on broken input: one clear error naming file:line:column, and the previous output untouched. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../../generator/generate/write.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir();
const out = join(dir, 'out');
const SENTINEL = join(out, 'previous-run.txt');

/** A small valid document; each case breaks one thing in it. */
function doc(overrides: { schemas?: string; paths?: string; head?: string } = {}): string {
  return `${overrides.head ?? 'openapi: 3.1.0'}
info: {title: T, version: '1'}
paths:
${
  overrides.paths ??
  `  /things/{id}:
    get:
      operationId: GetThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}`
}
components:
  schemas:
${overrides.schemas ?? `    Thing: {type: object, properties: {id: {type: string}}}`}
`;
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

beforeEach(() => {
  // A previous run's output: marked as funcspec output, so generate may replace it (and must not, on bad input).
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  writeFileSync(SENTINEL, 'untouched');
});

/**
 * Every bad input: exit 2, one line `file:line:column: why` (a document the linter rejects adds one
 * indented `[rule] message` line per problem), the previous output left as it was.
 */
async function expectRejected(file: string, message: RegExp, position?: { line: number }): Promise<void> {
  const result = await runCli(['generate', '--spec', file, '--out', out]);
  expect(result.code).toBe(2);
  const [, ...problems] = result.stderr.split('\n');
  for (const line of problems) expect(line).toMatch(/^ {2}\[[\w-]+\] /);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  if (position) expect(result.stderr).toContain(`${file.split('/').pop()}:${position.line}:`);
  expect(readFileSync(SENTINEL, 'utf8')).toBe('untouched');
  expect(existsSync(join(out, 'package.json'))).toBe(false);
}

describe('generate rejects bad input with one clear line and leaves the output alone', () => {
  it('missing file', async () => {
    await expectRejected(join(dir, 'nope.yaml'), /nope\.yaml: file not found/);
  });

  it('broken YAML', async () => {
    await expectRejected(write('broken.yaml', 'openapi: 3.1.0\ninfo: {title: T\npaths: {}\n'), /broken\.yaml:\d+:\d+: not valid YAML\/JSON/);
  });

  it('unresolvable $ref', async () => {
    const file = write(
      'dangling.yaml',
      doc({
        paths: `  /x:
    get:
      operationId: X
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}`,
      }),
    );
    await expectRejected(file, /dangling\.yaml:\d+:\d+: not a valid OpenAPI document \(1 problem\):\n {2}\[no-unresolved-refs\] Can't resolve \$ref/, { line: 10 });
  });

  it('duplicate operationId', async () => {
    const file = write(
      'dup.yaml',
      doc({
        paths: `  /a:
    get: {operationId: Same, responses: {'204': {description: none}}}
  /b:
    get: {operationId: Same, responses: {'204': {description: none}}}`,
      }),
    );
    await expectRejected(file, /dup\.yaml:\d+:\d+: not a valid OpenAPI document \(1 problem\):\n {2}\[operation-operationId-unique\] .*operationId/);
  });

  it('a document that is not OpenAPI', async () => {
    await expectRejected(write('notopenapi.json', '{"name": "a package.json, perhaps"}'), /notopenapi\.json:1:1: not an OpenAPI document/);
  });

  it('Swagger 2.0', async () => {
    await expectRejected(write('swagger.yaml', 'swagger: "2.0"\ninfo: {title: T, version: "1"}\npaths: {}\n'), /swagger\.yaml:1:1: Swagger 2\.0 is not supported/);
  });

  it('a schema name that is not a valid identifier', async () => {
    const file = write('badname.yaml', doc({ schemas: `    Thing: {type: object}\n    'my schema!': {type: string}` }));
    await expectRejected(file, /badname\.yaml:\d+:\d+: schema name 'my schema!' cannot be turned into a TypeScript identifier/);
  });

  it('two schema names that become the same identifier', async () => {
    const file = write('clash.yaml', doc({ schemas: `    Thing: {type: object}\n    thing: {type: string}` }));
    await expectRejected(file, /clash\.yaml:\d+:\d+: schema name 'thing' and 'Thing' both become the TypeScript name 'Thing'/);
  });

  it('an external $ref', async () => {
    const file = write('external.yaml', doc({ schemas: `    Thing: {$ref: 'other.yaml#/Thing'}` }));
    const result = await runCli(['generate', '--spec', file, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/external\.yaml:\d+:\d+: /);
    expect(readFileSync(SENTINEL, 'utf8')).toBe('untouched');
  });

  it('an x-funcspec-auth that names no runtime auth factory', async () => {
    const file = write(
      'auth.yaml',
      doc({
        head: `openapi: 3.1.0
security: [{key: []}]`,
      }).replace('components:\n', 'components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key, x-funcspec-auth: huaweiAkSkk}\n'),
    );
    await expectRejected(file, /auth\.yaml:\d+:\d+: x-funcspec-auth 'huaweiAkSkk' is not a runtime export \(auth factories: .*huaweiAkSk/);
  });

  it('--spec without --out', async () => {
    const result = await runCli(['generate', '--spec', join(dir, 'x.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--spec needs --out/);
  });

  it('an unknown flag', async () => {
    const result = await runCli(['generate', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--frobnicate'/);
  });
});

describe('hostile text in descriptions', () => {
  it('compiles with the text intact', async () => {
    const hostile = 'Ends a comment */ then `backticks` and ${template} and \\u0000 and </script>';
    const file = write(
      'hostile.yaml',
      doc({
        schemas: `    Thing:
      type: object
      description: ${JSON.stringify(hostile)}
      properties:
        id: {type: string, description: ${JSON.stringify(hostile)}}`,
      }),
    );
    const result = await runCli(['generate', '--spec', file, '--out', out, '--silent']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const types = readFileSync(join(out, 't/types.d.ts'), 'utf8');
    // `*/` is neutralised as `*\/`; everything else survives verbatim (types.d.ts is written as printed,
    // not by a compiler: oxc would print `</script` as `<\/script` in a JavaScript file, for HTML).
    expect(types).toContain(hostile.replace('*/', '*\\/'));
    expect(types).not.toContain('comment */ then');
  });
});

describe('warnings', () => {
  it('a pattern only non-Unicode JavaScript accepts generates, with a warning at its line; --silent drops it', async () => {
    const file = write(
      'pattern.yaml',
      doc({
        schemas: `    Thing:
      type: object
      properties:
        id: {type: string, pattern: '^[\\w-.]+$'}`,
      }),
    );
    const result = await runCli(['generate', '--spec', file, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${file}:17:28: warning: pattern "^[\\\\w-.]+$" is not a valid Unicode-mode regular expression`);
    const silent = await runCli(['generate', '--spec', file, '--out', out, '--silent', '--force']);
    expect(silent.code).toBe(0);
    expect(silent.stderr).toBe('');
  });
});

describe('a component Ajv cannot compile', () => {
  const backreference = `    Thing: {type: object, properties: {id: {type: string}}}
    Unused: {type: string, pattern: '(a)\\1'}`;

  it('goes without a validator, with a warning at the schema, when no body uses it', async () => {
    const file = write('unused.yaml', doc({ schemas: backreference }));
    const result = await runCli(['generate', '--spec', file, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${file}:15:5: warning: pattern "(a)\\\\1" cannot be matched in linear time`);
    expect(result.stderr).toContain('(Unused left without a validator: no body uses it)');
    const declarations = readFileSync(join(out, 't/validators.d.ts'), 'utf8');
    expect(declarations).toContain('isThing(');
    expect(declarations).not.toContain('isUnused(');
  });

  it('stops generate, located, when a body needs it', async () => {
    const used = backreference.replace('properties: {id: {type: string}}', "properties: {id: {$ref: '#/components/schemas/Unused'}}");
    const file = write('used.yaml', doc({ schemas: used }));
    const result = await runCli(['generate', '--spec', file, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot compile a validator for (Thing|GetThingResponse200): pattern "\(a\)\\\\1" cannot be matched in linear time/);
  });
});

describe('--typecheck', () => {
  it('type-checks the whole package before writing it, and regenerates even when nothing changed', async () => {
    const file = write('checked.yaml', doc());
    expect((await runCli(['generate', '--spec', file, '--out', out, '--silent'])).code).toBe(0);
    const checked = await runCli(['generate', '--spec', file, '--out', out, '--typecheck']);
    expect(checked.code).toBe(0);
    // The no-op skip would print "up to date, nothing changed"; the check needs the files made again.
    expect(checked.stderr).toMatch(/^funcspec: wrote \d+ files to /m);
  });
});
