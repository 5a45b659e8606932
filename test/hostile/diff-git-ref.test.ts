/**
 * `funcspec diff REF:PATH` passes command-line text to git. Before the fix, source.ts ran
 * `git show ${ref}:${path}` with the text as given, so `funcspec diff -- '--output=FILE:x' new.yaml`
 * handed git the argument `--output=FILE:x`, which git reads as an option: it wrote (truncated)
 * the file `FILE:x` wherever the attacker pointed. The first test shows that argument still makes
 * git write a file; the rest show funcspec no longer lets any argument reach git as an option.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/cli/main.js';
import { FuncspecError } from '../../generator/errors.js';
import { checkGitRef, readSpec } from '../../generator/openapi/source.js';

const SPEC = `openapi: 3.1.0
info: {title: t, version: 2024-01-01}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': {description: ok}
`;

let repo: string;
let loot: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'funcspec-diff-git-ref-'));
  loot = mkdtempSync(join(tmpdir(), 'funcspec-diff-git-loot-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  writeFileSync(join(repo, 'api.yaml'), SPEC);
  git('add', 'api.yaml');
  git('commit', '-q', '-m', 'v1');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(loot, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true),
    vi.spyOn(console, 'log').mockImplementation(() => undefined),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' '))),
  ];
  try {
    return { code: await main(['diff', ...args]), err: err.join('\n') };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('REF:PATH cannot smuggle git options', () => {
  it('the old attack: the argument funcspec used to build makes git write a file', () => {
    // What source.ts used to run for `funcspec diff -- '--output=<loot>/old:x' ...`: ref '--output=<loot>/old', path 'x'.
    const target = join(loot, 'old');
    spawnSync('git', ['show', `--output=${target}:x`], { cwd: repo, stdio: 'pipe' });
    expect(existsSync(`${target}:x`)).toBe(true);
  });

  it('now: the same command line is refused with exit 2 and writes nothing', async () => {
    const target = join(loot, 'new');
    const good = join(repo, 'api.yaml');
    const { code, err } = await run('--', `--output=${target}:x`, good);
    expect(code).toBe(2);
    expect(err).toContain("not a git revision and path (REF:PATH): a revision cannot start with '-' (git would read it as an option)");
    expect(readdirSync(loot).filter((f) => f.startsWith('new'))).toEqual([]);
    // Without `--` the text is an unknown funcspec option, never an input.
    expect((await run(`--output=${target}:x`, good)).code).toBe(2);
    expect(readdirSync(loot).filter((f) => f.startsWith('new'))).toEqual([]);
  });

  it('refuses revision syntax it cannot vet, before running git', async () => {
    const refused = [
      '-p',
      '--output=x',
      'HEAD..main',
      'main...HEAD',
      'HEAD@{1}',
      '@{-1}',
      'HEAD^{tree}',
      'a\u0000b',
      'a\nb',
      'x/../y',
      '.hidden',
      'a//b',
      'a.lock',
      'ma in',
      "m'ain",
      '$(id)',
    ];
    for (const ref of refused) {
      expect(checkGitRef(ref), ref).toBeDefined();
      const err = await readSpec(`${ref}:api.yaml`, { cwd: repo }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err, ref).toBeInstanceOf(FuncspecError);
      expect((err as FuncspecError).exitCode).toBe(2);
    }
    expect((await readSpec('HEAD:api.yaml\u0007', { cwd: repo }).catch((e: FuncspecError) => e)) as FuncspecError).toMatchObject({
      message: 'not a git revision and path (REF:PATH): the path contains a control character',
    });
  });

  it('still reads ordinary revisions', async () => {
    for (const ref of ['HEAD', 'HEAD~0', 'HEAD^0', 'main', 'origin/main', 'v1.2.3', 'release-2024.11', 'feature/a+b', '0123abcd']) expect(checkGitRef(ref), ref).toBeUndefined();
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    for (const ref of ['HEAD', 'HEAD~0', head]) expect((await readSpec(`${ref}:api.yaml`, { cwd: repo })).label).toBe(`${ref}:api.yaml`);
  });
});
