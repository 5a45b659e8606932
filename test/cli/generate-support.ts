/** Shared by the `generate` CLI tests: small specs, temp projects, the CLI in a child process. */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const run = promisify(execFile);

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/funcspec.js');

/** A temp folder whose generated packages can import ajv (node_modules linked from the repository). */
export function workspace(prefix = 'funcspec-cli-'): string {
  const dir = tempDir(prefix);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function write(file: string, text: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A small valid document with one operation; `auth` names a runtime factory in an `x-funcspec-auth`. */
export function spec(options: { title?: string; operationId?: string; auth?: string } = {}): string {
  const security = options.auth ? `security: [{key: []}]\n` : '';
  const schemes = options.auth ? `  securitySchemes:\n    key: {type: apiKey, in: header, name: Authorization, x-funcspec-auth: ${options.auth}}\n` : '';
  return `openapi: 3.1.0
info: {title: ${JSON.stringify(options.title ?? 'Pet Store')}, version: "1"}
${security}paths:
  /pets/{id}:
    get:
      operationId: ${options.operationId ?? 'GetPet'}
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
components:
${schemes}  schemas:
    Pet: {type: object, properties: {id: {type: string}}}
`;
}

/** Every file under `dir` (node_modules left out), by relative path. */
export function files(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    if (name === 'node_modules') continue;
    const rel = prefix ? `${prefix}/${name}` : name;
    if (lstatSync(join(dir, rel)).isDirectory()) Object.assign(out, files(dir, rel));
    else out[rel] = readFileSync(join(dir, rel), 'utf8');
  }
  return out;
}

const home = process.cwd();
afterEach(() => process.chdir(home));

/** `funcspec generate ARGS` in-process, from `folder`. */
export async function generateIn(folder: string, args: string[]): Promise<CliResult> {
  process.chdir(folder);
  try {
    return await runCli(['generate', ...args]);
  } finally {
    process.chdir(home);
  }
}

/** The summary line of a run that wrote the output. */
export const WROTE = /^funcspec: wrote \d+ files to \S+\/ \(\d+ specs?\) in \d+\.\d s$/;

export interface Child {
  process: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr matches `pattern` (rejects after `timeoutMs`). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

/** `funcspec ARGS` in a child process (bin/funcspec.js runs the sources through tsx), in `cwd`. */
export function startCli(args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv } = {}): Child {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...options.env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ pattern: RegExp; done: () => void }> = [];
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    for (const w of [...waiters]) if (w.pattern.test(stderr)) w.done();
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    process: child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      if (pattern.test(stderr)) return Promise.resolve();
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`timed out waiting for ${pattern} in stderr:\n${stderr}`)), timeoutMs);
        const waiter = {
          pattern,
          done: () => {
            clearTimeout(timer);
            waiters.splice(waiters.indexOf(waiter), 1);
            done();
          },
        };
        waiters.push(waiter);
        void exited.then(() => {
          if (waiters.includes(waiter)) fail(new Error(`exited before ${pattern} appeared in stderr:\n${stderr}`));
        });
      });
    },
  };
}

/** Run `funcspec ARGS` in a child process to the end, with `input` on its standard input. */
export async function runChild(args: string[], cwd: string, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startCli(args, cwd);
  child.process.stdin.end(input ?? '');
  const code = await child.exited;
  return { code, stdout: child.stdout(), stderr: child.stderr() };
}

/** Evaluate `expression` (with the module at `file` as `m`) in a fresh Node process, as a consumer would. */
export async function importInNode(file: string, expression: string): Promise<unknown> {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(JSON.stringify(await (async () => ${expression})()));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout) as unknown;
}
