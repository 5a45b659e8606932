/**
 * Hostile `pattern`s (issue "Safe with a stranger's input", section 4): a pattern with catastrophic
 * backtracking answers at once in check-spec, the mock and the generated validators (RE2 matches in
 * linear time), and a pattern RE2 cannot run is refused, located at the pattern, instead of being
 * handed to a backtracking engine. Each command runs in a child process: before the change they hung.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectLocated, runFuncspec, spec, startMock, workDir } from './spec-support.js';

const { dir, write } = workDir();

const EVIL = `${'a'.repeat(40)}!`;

function patternSpec(pattern: string, example = EVIL): string {
  return spec({
    paths: `  /things:
    post:
      operationId: PostThing
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}, example: {name: '${example}'}}}}
      responses: {'204': {description: done}}`,
    components: `  schemas:
    Thing:
      type: object
      properties:
        name: {type: string, pattern: '${pattern}'}`,
  });
}

describe("catastrophic backtracking: ^(a+)+$ against 40 a's and a !", () => {
  const file = write('redos.yaml', patternSpec('^(a+)+$'));

  it('check-spec reports the failing example at once', async () => {
    // Before: the example check ran the pattern with JavaScript's backtracking engine and never returned (killed at the deadline).
    const run = await runFuncspec(['check-spec', file]);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('FAIL PostThing:example:request');
    expect(run.stdout).toContain('/name pattern: must match pattern "^(a+)+$"');
  });

  it('the mock answers the request 400 at once', async () => {
    // Before: the request validator hung the mock's only thread: no answer, and no answer to anyone else either.
    const mock = await startMock(file);
    try {
      expect(mock.url).toBeDefined();
      const post = (name: string): Promise<Response> =>
        fetch(`${mock.url}/things`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }), signal: AbortSignal.timeout(30_000) });
      const bad = await post(EVIL);
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('must match pattern');
      expect((await post('aaaa')).status).toBe(204);
    } finally {
      await mock.stop();
    }
  });

  it('the generated validator answers at once', { timeout: 120_000 }, async () => {
    // Before: validators.raw.js compiled the pattern with `new RegExp`; validating the value never returned.
    const out = join(dir, 'redos-package');
    const generated = await runFuncspec(['generate', '--silent', '--spec', file, '--out', out], 100_000);
    expect(generated.stderr).toBe('');
    const [name] = readdirSync(out).filter((f) => f !== 'runtime' && !f.includes('.'));
    const script = `const m = await import(${JSON.stringify(join(out, name!, 'index.js'))});
const v = Object.entries(m).find(([k]) => /^validate.*Request/.test(k))[1];
const bad = v({ name: ${JSON.stringify(EVIL)} });
console.log(JSON.stringify([bad.valid, bad.issues.map((i) => i.rule), v({ name: 'aaaa' }).valid]));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(child.signal).toBeNull();
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual([false, ['pattern'], true]);
  });
});

describe('patterns RE2 cannot run are refused where they are written', () => {
  const cases = {
    lookahead: '^(?=.*[0-9]).+$',
    backreference: '^(a)\\1$',
    lookbehind: '(?<=x)y',
  };
  for (const [kind, pattern] of Object.entries(cases)) {
    it(`${kind}: ${pattern}`, { timeout: 120_000 }, async () => {
      // Before: every command accepted it and ran it with the backtracking engine (check-spec said ok,
      // the mock served, generate wrote a validator with `new RegExp`).
      const file = write(`${kind}.yaml`, patternSpec(pattern, 'x1'));
      const check = await runCli(['check-spec', file]);
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(new RegExp(`${kind}\\.yaml:14:\\d+: \\[funcspec-pattern\\] pattern .* cannot be matched in linear time`));
      const mock = await startMock(file);
      await mock.stop();
      expectLocated(mock.exited ?? { code: 0, stderr: 'served' }, file, /cannot be matched in linear time/);
      expect(mock.exited!.stderr).toContain(`${kind}.yaml:14:`);
      const generate = await runCli(['generate', '--spec', file, '--out', join(dir, `${kind}-out`)]);
      expectLocated(generate, file, /cannot be matched in linear time \(RE2: /);
    });
  }
});
