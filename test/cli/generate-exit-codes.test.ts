/** generate's one exit-code convention (0 ok, 1 --check found stale output, 2 usage or input errors), its -h, and "did you mean". */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { generateIn, spec, workspace, write } from './generate-support.js';

const root = workspace();
const project = join(root, 'project');
write(join(project, 'api.yaml'), spec());
write(join(project, 'broken.yaml'), 'openapi: 3.1.0\ninfo: {title: T\n');

describe('exit codes', () => {
  it('0 written, 0 up to date, 1 stale', async () => {
    expect((await generateIn(project, ['--spec', 'api.yaml', '--out', 'client'])).code).toBe(0);
    expect((await generateIn(project, ['--spec', 'api.yaml', '--out', 'client', '--check'])).code).toBe(0);
    write(join(project, 'client/stray.js'), '');
    const stale = await generateIn(project, ['--spec', 'api.yaml', '--out', 'client', '--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('  client/stray.js');
  });

  it.each([
    ['an unknown flag', ['--frobnicate'], /unknown option '--frobnicate'/],
    ['--spec without --out', ['--spec', 'api.yaml'], /--spec needs --out/],
    ['--check with --watch', ['--spec', 'api.yaml', '--out', 'x', '--check', '--watch'], /--check and --watch do not go together/],
    ['--watch on standard input', ['--spec', '-', '--out', 'x', '--watch'], /--watch cannot watch standard input/],
    ['a missing spec', ['--spec', 'nope.yaml', '--out', 'x'], /nope\.yaml: file not found/],
    ['a missing spec, with --check', ['--spec', 'nope.yaml', '--out', 'client', '--check'], /nope\.yaml: file not found/],
    ['a spec that is not valid YAML', ['--spec', 'broken.yaml', '--out', 'x'], /broken\.yaml:\d+:\d+: not valid YAML\/JSON/],
    ['a refused output folder', ['--spec', 'api.yaml', '--out', '.'], /is the folder generate runs in/],
    ['a missing config', ['--config', 'nope.json'], /nope\.json: file not found/],
  ])('2 for %s', async (_what, args, message) => {
    const result = await generateIn(project, args);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
  });

  it('2 when no config is found and no --spec is given', async () => {
    write(join(root, 'empty/.git/HEAD'), '');
    const result = await generateIn(join(root, 'empty'), []);
    expect(result.stderr).toMatch(/no funcspec\.config\.json, funcspec\.config\.ts, funcspec\.config\.mjs in this folder or above it/);
    expect(result.code).toBe(2);
  });
});

describe('help', () => {
  it('-h and --help list every flag and the exit codes', async () => {
    for (const flag of ['-h', '--help']) {
      const result = await runCli(['generate', flag]);
      expect(result.code).toBe(0);
      for (const option of ['--config', '--spec', '--subpath', '--client', '--out', '--name', '--check', '--watch', '--silent', '-h, --help'])
        expect(result.stdout, option).toMatch(new RegExp(`^ {2}${option.replace(/[-|]/g, '\\$&')}\\b`, 'm'));
      expect(result.stdout).toMatch(/Exit codes: 0 .*; 1 --check found stale files; 2 usage or input/s);
    }
  });

  it.each([
    ['--sepc', '--spec'],
    ['--outt', '--out'],
    ['--chek', '--check'],
    ['--silnet', '--silent'],
    ['--subpaths', '--subpath'],
  ])('%s: did you mean %s', async (typo, meant) => {
    const result = await runCli(['generate', typo]);
    expect(result.stderr.split('\n')[0]).toBe(`funcspec generate: unknown option '${typo}' (did you mean '${meant}'?)`);
    expect(result.code).toBe(2);
  });
});
