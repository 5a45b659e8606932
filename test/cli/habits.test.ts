/** The habits every command shares: --version, -h/--help, "did you mean" for commands and flags, one exit-code convention. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const COMMANDS = ['generate', 'diff', 'drift', 'mock', 'check-spec'];

describe('funcspec', () => {
  it('prints its version for --version and -v', async () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: version });
    expect(await runCli(['-v'])).toMatchObject({ code: 0, stdout: version });
  });

  it('lists the commands and the exit codes in --help, and exits 2 when run with nothing', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`  ${c}`);
    expect(help.stdout).toMatch(/0 ok; 1 findings .*\n2 usage or input errors/);
    expect((await runCli([])).code).toBe(2);
  });

  it('suggests the nearest command, and refuses names that only exist on Object.prototype', async () => {
    expect(await runCli(['gen'])).toMatchObject({ code: 2 });
    expect((await runCli(['genrate'])).stderr).toContain("unknown command 'genrate' (did you mean 'generate'?)");
    expect((await runCli(['chek-spec'])).stderr).toContain("(did you mean 'check-spec'?)");
    expect((await runCli(['constructor'])).stderr).toMatch(/^funcspec: unknown command 'constructor'\n/);
  });

  it.each(COMMANDS)('%s: -h and --help print its usage and exit 0', async (command) => {
    for (const flag of ['-h', '--help']) {
      const r = await runCli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: funcspec ${command}`);
      expect(r.stdout).toMatch(/Exit codes/i);
    }
  });

  it.each([
    ['generate', '--chek', '--check'],
    ['diff', '--fail-onn', '--fail-on'],
    ['drift', '--operatoin', '--operation'],
    ['mock', '--prot', '--port'],
    ['check-spec', '--hepl', '--help'],
  ])('%s: an unknown flag %s is a usage error naming %s', async (command, typo, meant) => {
    const r = await runCli([command, typo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`unknown option '${typo}' (did you mean '${meant}'?)`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
