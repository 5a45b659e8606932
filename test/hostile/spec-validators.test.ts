/**
 * The generated validators against hostile payloads (issue "Safe with a stranger's input", section 4):
 * data nested 10^4 deep under a recursive schema is a validation error, not a RangeError, and
 * `uniqueItems` over 10^5 objects answers at once. The package is generated once and exercised in a
 * child process with a deadline (before the change, the second case never returned).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFuncspec, workDir, PAYLOADS_SPEC } from './spec-support.js';

const { dir, write } = workDir();
const out = join(dir, 'package');

/** Runs `body` (an async function of the spec module `m`) in a fresh node; returns what it printed as JSON. */
function inChild(body: string): unknown {
  const [name] = readdirSync(out).filter((f) => f !== 'runtime' && !f.includes('.'));
  const script = `const m = await import(${JSON.stringify(join(out, name!, 'index.js'))});\nconsole.log(JSON.stringify(await (${body})(m)));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(child.signal).toBeNull();
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as unknown;
}

beforeAll(async () => {
  const run = await runFuncspec(['generate', '--silent', '--spec', write('payloads.yaml', PAYLOADS_SPEC), '--out', out], 100_000);
  expect(run.stderr).toBe('');
}, 120_000);

describe('generated validators on hostile payloads', () => {
  it('JSON nested 10^4 deep under a recursive schema is invalid, with one issue', () => {
    // Before: validatePostTreeRequestBody threw RangeError: Maximum call stack size exceeded.
    const result = inChild(`async (m) => {
      let deep = {};
      for (let i = 0; i < 10000; i++) deep = { child: deep };
      const v = Object.entries(m).find(([k]) => /^validate.*Tree.*Request/.test(k))[1];
      return [v(deep), v({ child: { child: {} } }).valid];
    }`);
    expect(result).toEqual([{ valid: false, issues: [{ path: '', rule: 'maxDepth', message: 'nests too deeply to validate', params: {} }] }, true]);
  });

  it('uniqueItems over 10^5 objects answers at once', () => {
    // Before: Ajv compared every pair (5·10^9 deep-equals): killed at the 30 s deadline.
    const result = inChild(`async (m) => {
      const v = Object.entries(m).find(([k]) => /^validate.*Set.*Request/.test(k))[1];
      const items = Array.from({ length: 100000 }, (_, i) => ({ id: i, tags: ['a'] }));
      const dup = v({ items: [...items, { tags: ['a'], id: 7 }] });
      return [v({ items }).valid, dup.valid, dup.issues.map((i) => i.message)];
    }`);
    expect(result).toEqual([true, false, ['must NOT have duplicate items (items ## 7 and 100000 are identical)']]);
  });
});
