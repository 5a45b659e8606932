/**
 * Names from a stranger's spec that collide: resolved deterministically (and the package works) or
 * refused with a located error, never a compile error in the output. Each case says what was wrong before.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectLocatedError, importInNode, spec, workspace, write } from './generate-helpers.js';

const dir = workspace();

const op = (path: string, operationId: string, extra = ''): string => `  ${path}:\n    get: {operationId: ${operationId}, responses: {'204': {description: none}}${extra}}`;

async function generate(name: string, text: string): Promise<{ file: string; out: string; result: Awaited<ReturnType<typeof runCli>> }> {
  const file = write(join(dir, `${name}.yaml`), text);
  const out = join(dir, `out-${name}`);
  return { file, out, result: await runCli(['generate', '--spec', file, '--subpath', name, '--out', out, '--silent']) };
}

describe('operation names', () => {
  it('members every object has (constructor, toString, valueOf, hasOwnProperty) get a trailing _', async () => {
    // Was: `async constructor(…)` in the client class: a compile error; `toString` silently replaced.
    const paths = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'].map((id, i) => op(`/p${i}`, id)).join('\n');
    const { out, result } = await generate('members', spec({ paths }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { value } = await importInNode(
      join(out, 'members/index.js'),
      `(() => { const c = new m.TClient(); return [String(c), typeof c.constructor_, typeof c.toString_, typeof c.valueOf_, typeof c.hasOwnProperty_, c.hasOwnProperty('x')]; })()`,
    );
    expect(value).toEqual(['[object Object]', 'function', 'function', 'function', 'function', false]);
  });

  it('two operationIds that become one name are refused at the second', async () => {
    // Was: two `getThingOperation` constants and two `GetThingInput` interfaces: a compile error naming no place.
    const { file, result } = await generate('twins', spec({ paths: [op('/a', 'get-thing'), op('/b', 'get_thing')].join('\n') }));
    expectLocatedError(result, file.split('/').pop()!, /:7:\d+: operationIds 'get_thing' and 'get-thing' \(line 5\) both become the name 'GetThing'/);
  });

  it('an operation whose types would take a runtime export name is refused at the operation', async () => {
    // Was: `ValidationResult` exported twice through `export *`: a compile error naming no place.
    const { file, result } = await generate('validation', spec({ paths: op('/v', 'Validation') }));
    expectLocatedError(result, file.split('/').pop()!, /:5:\d+: operation 'Validation' \(line 5\) needs the name 'ValidationResult', which the runtime/);
  });
});

describe('schema names', () => {
  it("a schema named like an operation's parameter type is refused", async () => {
    // Was: the schema silently took the name, and the client typed the operation's query with it.
    const paths = `  /things:\n    get:\n      operationId: GetThing\n      parameters: [{name: q, in: query, schema: {type: string}}]\n      responses: {'204': {description: none}}`;
    const schemas = `    GetThingQuery: {type: object, properties: {unrelated: {type: number}}}`;
    const { file, result } = await generate('query', spec({ paths, schemas }));
    expectLocatedError(
      result,
      file.split('/').pop()!,
      /:5:\d+: operation 'GetThing' \(line 5\) needs the name 'GetThingQuery', which schema 'GetThingQuery' \(line \d+\) already uses/,
    );
  });

  it("a schema named like another schema's write view is refused", async () => {
    // Was: `FooWritable` silently became Foo's write view, and the schema of that name was lost.
    const schemas = `    Thing: {type: object, properties: {id: {type: string, readOnly: true}}}\n    ThingWritable: {type: object, properties: {other: {type: number}}}`;
    const { file, result } = await generate('writable', spec({ schemas }));
    expectLocatedError(result, file.split('/').pop()!, /schema 'ThingWritable' \(line \d+\) needs the name 'ThingWritable', which schema 'Thing' \(line \d+\) already uses/);
  });

  it('an x-funcspec-auth that names a runtime export which is no auth factory is refused', async () => {
    // Was: accepted: the README example then called `ApiError(…)` as the auth.
    const text = spec({ head: 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\nsecurity: [{key: []}]' }).replace(
      'components:\n',
      'components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key, x-funcspec-auth: ApiError}\n',
    );
    const { file, result } = await generate('auth', text);
    expectLocatedError(result, file.split('/').pop()!, /x-funcspec-auth 'ApiError' is not a runtime export \(auth factories: /);
  });
});

describe('values that JavaScript reads differently from JSON', () => {
  it('enum values Infinity, -Infinity, NaN and -0 compile and keep their values', async () => {
    // Was: openapi-typescript wrote `Infinity` as a type: a compile error.
    const schemas = `    Thing: {type: object, properties: {id: {type: string}}}\n    Odd: {type: number, enum: [.inf, -.inf, .nan, -0, 0, 1]}`;
    const { out, result } = await generate('odd', spec({ schemas }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { value } = await importInNode(join(out, 'odd/index.js'), 'm.OddValues.map((v) => (Object.is(v, -0) ? "-0" : String(v)))');
    expect(value).toEqual(['Infinity', '-Infinity', 'NaN', '-0', '0', '1']);
  });

  it('a server variable named __proto__ stays a variable', async () => {
    // Was: written as `{"__proto__": …}` in an object literal, which sets the prototype instead.
    const head = `openapi: 3.1.0\ninfo: {title: T, version: "1"}\nservers: [{url: 'https://{__proto__}.example', variables: {__proto__: {default: eu}}}]`;
    const { out, result } = await generate('proto-server', spec({ head }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { value } = await importInNode(join(out, 'proto-server/index.js'), 'Object.getOwnPropertyNames(m.defaultServer.variables)');
    expect(value).toEqual(['__proto__']);
  });
});
