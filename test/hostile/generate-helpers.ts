/** Shared by the hostile-input tests of `generate`: temp projects, small specs, importing the output in a clean process. */
import { execFile } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import type { CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const run = promisify(execFile);
const REPO_NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

/** A temp folder whose generated packages can import ajv (node_modules linked from the repository). */
export function workspace(): string {
  const dir = tempDir('funcspec-hostile-');
  symlinkSync(REPO_NODE_MODULES, join(dir, 'node_modules'), 'dir');
  return dir;
}

export function write(file: string, text: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A small valid document; `paths` and `schemas` replace its parts (YAML, indented as in the default). */
export function spec(parts: { head?: string; paths?: string; schemas?: string } = {}): string {
  return `${parts.head ?? 'openapi: 3.1.0\ninfo: {title: T, version: "1"}'}
paths:
${
  parts.paths ??
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
${parts.schemas ?? '    Thing: {type: object, properties: {id: {type: string}}}'}
`;
}

/**
 * Import a module of a generated package in a fresh Node process (nothing of the test's own globals
 * leaks in or out), evaluate `expression` with the module as `m`, and report it together with
 * whether any payload set `globalThis.__pwned`.
 */
export async function importInNode(file: string, expression = 'null'): Promise<{ pwned: unknown; value: unknown }> {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)});
const value = await (async () => ${expression})();
process.stdout.write(JSON.stringify({ pwned: globalThis.__pwned ?? null, value }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout) as { pwned: unknown; value: unknown };
}

/** The CLI stopped on bad input (exit 2) with one line naming file:line:column, and no stack trace. */
export function expectLocatedError(result: CliResult, file: RegExp | string, message: RegExp, code = 2): void {
  expect(result.stderr).toMatch(message);
  expect(result.stderr.split('\n')).toHaveLength(1);
  const name = typeof file === 'string' ? file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : file.source;
  expect(result.stderr).toMatch(new RegExp(`^funcspec generate: \\S*${name}:\\d+:\\d+: `));
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.code).toBe(code);
}
