/**
 * Running funcspec against hostile specs: in a child process with a deadline wherever the code under
 * test could hang (a hang then fails the test instead of stalling the run), plus the shapes every
 * answer must have: exit 1, one `file:line:column: why` line, no stack trace.
 */
import { spawn } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const BIN = resolve('bin/funcspec.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the deadline. */
  timedOut: boolean;
}

/** `funcspec ARGS` in a fresh process, killed after `timeoutMs`. */
export function runFuncspec(args: string[], timeoutMs = 45_000): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout = (stdout + c.toString()).slice(-200_000)));
    child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-200_000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, timedOut });
    });
  });
}

export interface MockProcess {
  /** Set once the mock has printed the URL it serves. */
  url?: string;
  /** Set when the process ended before serving (a refused document). */
  exited?: Run;
  stop(): Promise<void>;
}

/** `funcspec mock --spec FILE --port 0` in a child process: serving, or the way it refused. */
export function startMock(spec: string, timeoutMs = 45_000): Promise<MockProcess> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'mock', '--spec', spec, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const closed = new Promise<number | null>((r) => child.on('close', r));
    const stop = async (): Promise<void> => {
      child.kill('SIGKILL');
      await closed;
    };
    const timer = setTimeout(() => void stop().then(() => done({ exited: { code: null, stdout, stderr, timedOut: true }, stop })), timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      const m = / at (http:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        done({ url: m[1]!, stop });
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    void closed.then((code) => {
      clearTimeout(timer);
      done({ exited: { code, stdout, stderr, timedOut: false }, stop });
    });
  });
}

/** Exit 2 (input error) with `funcspec CMD: FILE:LINE:COL: message` and no stack trace; returns the message. */
export function expectLocated(run: Pick<Run, 'code' | 'stderr'> & { timedOut?: boolean }, file: string, message: RegExp): string {
  expect(run.timedOut ?? false).toBe(false);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  const name = file.split('/').pop()!;
  const line = run.stderr.split('\n').find((l) => l.includes(`${name}:`)) ?? run.stderr;
  expect(line).toMatch(new RegExp(`^funcspec [\\w-]+: \\S*${name.replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
  return line;
}

/** A temp directory whose files can import the project's packages (the generated validators need `re2js`, `ajv`). */
export function workDir(): { dir: string; write(name: string, text: string): string } {
  const dir = tempDir('funcspec-hostile-');
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    write(name, text) {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    },
  };
}

/** A small valid document around the given `paths` and `components` (YAML text, indented two spaces). */
export function spec({ paths, components = '' }: { paths: string; components?: string }): string {
  return `openapi: 3.1.0\ninfo: {title: Hostile, version: '1'}\npaths:\n${paths}\ncomponents:\n${components || '  schemas: {}'}\n`;
}

/** A recursive body and a uniqueItems body: the payloads the mock and the generated validators must bound. */
export const PAYLOADS_SPEC = `openapi: 3.1.0
info: {title: Payloads, version: '1'}
paths:
  /trees:
    post:
      operationId: PostTree
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
      responses: {'204': {description: done}}
  /sets:
    post:
      operationId: PostSet
      requestBody: {required: true, content: {application/json: {schema: {type: object, properties: {items: {type: array, uniqueItems: true}}}}}}
      responses: {'204': {description: done}}
components:
  schemas:
    Node: {type: object, properties: {child: {$ref: '#/components/schemas/Node'}}}
`;
