/** generated/ as a consumer installs it: up to date, type-checks by package name, passes publint. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, readlinkSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const PACKAGE_NAME = '@funcspec/serverless';

/** Link generated/ into the consumer project the way `npm install` would, by package name. */
function linkConsumer(): void {
  const scope = join('test/consumer/node_modules', dirname(PACKAGE_NAME));
  const link = join(scope, PACKAGE_NAME.split('/')[1]!);
  const target = '../../../../generated';
  if (existsSync(link) && readlinkSync(link) === target) return;
  rmSync(link, { force: true, recursive: true });
  mkdirSync(scope, { recursive: true });
  symlinkSync(target, link, 'dir');
}

async function node(script: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('the committed generated/ package', () => {
  it('is what `npm run generate` writes now (generate --check)', async () => {
    const result = await runCli(['generate', '--check']);
    expect(result.stderr).toMatch(/^funcspec: generated\/ is up to date \(\d+ files, 2 specs\) in \d+\.\d s$/);
    expect(result.code).toBe(0);
  });

  it('type-checks in a consumer project that imports it by name, with strict flags and @ts-expect-error cases', async () => {
    linkConsumer();
    const tsc = require.resolve('typescript/bin/tsc');
    const result = await node(tsc, ['-p', 'test/consumer/tsconfig.json', '--pretty', 'false']);
    // An unused @ts-expect-error is itself an error, so the must-not-compile cases are checked too.
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('has no publint errors', async () => {
    const { messages } = await publint({ pkgDir: 'generated', level: 'error' });
    expect(messages).toEqual([]);
  });

  it('has no problems for its ESM entry points according to @arethetypeswrong/cli', async () => {
    const attw = join(dirname(require.resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
    const result = await node(attw, ['--pack', 'generated', '--profile', 'esm-only', '--format', 'json']);
    const report = JSON.parse(result.output.slice(result.output.indexOf('{'))) as { analysis: { problems: Array<{ resolutionKind?: string }> } };
    // The JSON report lists every resolution mode; an ESM-only package is judged on node16-esm and bundler
    // (what `--profile esm-only` means), so CommonJS `require` and node10 are out of scope.
    const esmProblems = report.analysis.problems.filter((p) => p.resolutionKind !== 'node16-cjs' && p.resolutionKind !== 'node10');
    expect(esmProblems).toEqual([]);
    expect(report.analysis.problems.length).toBeGreaterThan(0); // the CJS ones exist, so the filter is doing real work
    expect(result.code).toBe(0);
  });
});
