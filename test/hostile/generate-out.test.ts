/**
 * `generate --out` (and the config's `out`) never loses data it did not write: every unusual target
 * is refused with one line naming it (exit 2) or written without touching anything else, a
 * node_modules/ inside the output survives every path, failures included. Each case runs against a
 * temp project, and says what happened before.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import type * as fsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../../generator/generate/write.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { spec, write } from './generate-helpers.js';

/** Faults the file system can be told to raise, to see what a failure midway leaves behind. */
const faults = vi.hoisted(() => ({
  rename: undefined as undefined | ((from: string, to: string) => boolean),
  writeFile: undefined as undefined | ((file: string) => boolean),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  const fault = (code: string, syscall: string): Error => Object.assign(new Error(`${code}: injected by the test`), { code, syscall });
  const rename: typeof real.rename = async (from, to) => {
    if (faults.rename?.(String(from), String(to))) throw fault('EIO', 'rename');
    return real.rename(from, to);
  };
  const writeFile = (async (file: Parameters<typeof real.writeFile>[0], ...rest: [never, never]) => {
    if (faults.writeFile?.(String(file))) throw fault('ENOSPC', 'write');
    return real.writeFile(file, ...rest);
  }) as typeof real.writeFile;
  return { ...real, rename, writeFile, default: { ...real, rename, writeFile } };
});

const root = tempDir('funcspec-out-');
const cwd = process.cwd();
const home = process.env.HOME;

afterEach(() => {
  process.chdir(cwd);
  process.env.HOME = home;
  faults.rename = undefined;
  faults.writeFile = undefined;
});

/** A project as a user has it: a repository, sources, installed packages, a spec and a config. */
function project(name: string): string {
  const dir = join(root, name);
  write(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  write(join(dir, 'src', 'main.ts'), 'export {};\n');
  write(join(dir, 'node_modules', 'left-pad', 'index.js'), 'module.exports = 1;\n');
  write(join(dir, 'spec', 'api.yaml'), spec());
  write(join(dir, 'funcspec.config.json'), JSON.stringify({ out: 'generated', package: { name: 'p', version: '1.0.0' }, specs: [{ spec: 'spec/api.yaml', subpath: 'api' }] }));
  return dir;
}

/** Everything under `dir` (links as their target, never followed): what must not change. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = prefix + name;
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
      else if (stat.isDirectory()) walk(full, `${rel}/`);
      else out[rel] = readFileSync(full, 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/** A previous funcspec output with a consumer's node_modules (a real package and a linked one) inside. */
function previousOutput(dir: string): void {
  write(join(dir, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  write(join(dir, 'old-file.js'), 'stale\n');
  write(join(dir, 'node_modules', 'ajv', 'package.json'), '{"name":"ajv"}');
  mkdirSync(join(dir, 'node_modules', '@scope'), { recursive: true });
  symlinkSync('../../old-file.js', join(dir, 'node_modules', '@scope', 'linked'));
}

async function generateIn(folder: string, args: string[]): Promise<CliResult> {
  process.chdir(folder);
  try {
    return await runCli(['generate', ...args, '--silent']);
  } finally {
    process.chdir(cwd);
  }
}

/** Refused: exit 2, one line naming the target, no stack trace. */
function expectRefused(result: CliResult, target: string, why: RegExp): void {
  expect(result.stderr).toMatch(why);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr.startsWith(`funcspec generate: ${target}: `)).toBe(true);
  expect(result.code).toBe(2);
}

describe('targets that are refused, leaving everything as it was', () => {
  it('the working folder (`--out .`)', async () => {
    // Was: the project's node_modules was deleted (the whole folder was swapped for the output).
    const dir = project('dot');
    const before = snapshot(dir);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', '.']), '.', /is the folder generate runs in/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a parent of the working folder (the project root, from src/)', async () => {
    // Was: the project root was swapped for the output: .git and the sources were gone.
    const dir = project('parent');
    const before = snapshot(dir);
    expectRefused(await generateIn(join(dir, 'src'), ['--spec', '../spec/api.yaml', '--out', '..']), '..', /is the folder generate runs in, or one of its parents/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('another project (a folder holding .git), even one marked as output', async () => {
    // Was: replaced as a whole, .git included.
    const dir = project('elsewhere');
    const other = project('other-repo');
    write(join(other, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    const before = snapshot(other);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', other]), other, /holds \.git: it is a project/);
    expect(snapshot(other)).toEqual(before);
  });

  it('a folder holding a funcspec config, even one marked as output', async () => {
    const dir = project('config-holder');
    const other = join(root, 'config-only');
    write(join(other, 'funcspec.config.json'), '{}');
    write(join(other, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    const before = snapshot(other);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', other]), other, /holds funcspec\.config\.json: it is a project/);
    expect(snapshot(other)).toEqual(before);
  });

  it('the file-system root', async () => {
    // Was: an attempt to rename `/`, failing with a stack trace.
    const dir = project('root');
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', '/']), '/', /is the root of the file system/);
  });

  it('the home folder', async () => {
    // Was: replaced as a whole.
    const dir = project('home');
    const fakeHome = join(root, 'home-of-user');
    write(join(fakeHome, '.bashrc'), 'export A=1\n');
    process.env.HOME = fakeHome;
    const before = snapshot(fakeHome);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', fakeHome]), fakeHome, /is your home folder/);
    expect(snapshot(fakeHome)).toEqual(before);
  });

  it('a file', async () => {
    // Was: the file was replaced by a folder.
    const dir = project('file');
    const before = snapshot(dir);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'src/main.ts']), 'src/main.ts', /is a file, not a folder/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a path under a file', async () => {
    // Was: ENOTDIR from mkdir, printed with its stack.
    const dir = project('under-file');
    const before = snapshot(dir);
    const result = await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'src/main.ts/out']);
    expectRefused(result, 'src/main.ts/out', /cannot|not a folder|ENOTDIR/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a symbolic link to a folder (even a previous output)', async () => {
    // Was: the link was followed, and the target's node_modules removed.
    const dir = project('link');
    const target = join(root, 'link-target');
    previousOutput(target);
    symlinkSync(target, join(dir, 'out'));
    const before = snapshot(target);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'out']), 'out', /is a symbolic link/);
    expect(snapshot(target)).toEqual(before);
    expect(readlinkSync(join(dir, 'out'))).toBe(target);
  });

  it('a dangling symbolic link', async () => {
    const dir = project('dangling');
    symlinkSync(join(root, 'nowhere'), join(dir, 'out'));
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'out']), 'out', /is a symbolic link/);
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });

  it('a non-empty folder that is not funcspec output', async () => {
    // Was: replaced as a whole.
    const dir = project('unmarked');
    write(join(dir, 'docs', 'notes.md'), '# mine\n');
    const before = snapshot(dir);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'docs']), 'docs', /is not empty and has no \.funcspec-output/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an output folder that holds the spec being read', async () => {
    const dir = project('holds-input');
    write(join(dir, 'spec', OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    const before = snapshot(dir);
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'spec']), 'spec', /holds spec\/api\.yaml, which generate reads/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("the config's `out` by the same rules", async () => {
    // Was: `"out": "."` replaced the project folder.
    const dir = project('config-out');
    write(join(dir, 'funcspec.config.json'), JSON.stringify({ out: '.', package: { name: 'p', version: '1.0.0' }, specs: [{ spec: 'spec/api.yaml', subpath: 'api' }] }));
    const before = snapshot(dir);
    expectRefused(await generateIn(dir, []), '.', /is the folder generate runs in/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--check against a file: one line, not a stack trace', async () => {
    // Was: ENOTDIR from readdir, printed with its stack.
    const dir = project('check-file');
    expectRefused(await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'src/main.ts', '--check']), 'src/main.ts', /is a file, not a folder/);
  });
});

describe('targets that are written', () => {
  it('a new nested folder', async () => {
    const dir = project('nested');
    const result = await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'a/b/out']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'a/b/out', OUTPUT_MARKER), 'utf8').startsWith(OUTPUT_MARKER_TEXT)).toBe(true); // then the hashes (fingerprint.ts)
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['out']); // no temporary folder left beside it
  });

  it('a previous output holding a link out of it: never read through, dropped, never followed', async () => {
    // Was: --check read the generated files through the link (here: copies of them, so it said
    // "fresh"); writing then swapped the folder, which at least did not follow the link.
    const dir = project('inner-link');
    const scratch = join(root, 'inner-link-scratch');
    expect((await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', scratch])).code).toBe(0);
    const out = join(dir, 'out');
    previousOutput(out);
    const outside = join(root, 'outside-data');
    for (const [name, text] of Object.entries(snapshot(join(scratch, 't')))) write(join(outside, name), text);
    write(join(outside, 'precious.txt'), 'keep me\n');
    const kept = snapshot(outside);
    symlinkSync(outside, join(out, 't'));
    const check = await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'out', '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('out/t/index.d.ts'); // missing here: the link is not read through
    const result = await generateIn(dir, ['--spec', 'spec/api.yaml', '--out', 'out']);
    expect(result.code).toBe(0);
    expect(lstatSync(join(out, 't')).isDirectory()).toBe(true);
    expect(snapshot(outside)).toEqual(kept);
  });
});

describe('failures midway leave the previous output, node_modules included', () => {
  const failing = async (name: string, arm: (out: string) => void): Promise<{ dir: string; out: string; before: Record<string, string>; result: CliResult }> => {
    const dir = project(name);
    const out = join(dir, 'out');
    previousOutput(out);
    const before = snapshot(out);
    arm(out);
    const result = await generateIn(dir, ['--spec', 'spec/api.yaml', '--subpath', 'api', '--out', 'out']);
    return { dir, out, before, result };
  };

  it('a write that fails (disk full)', async () => {
    const { dir, out, before, result } = await failing('disk-full', () => {
      faults.writeFile = (file) => file.endsWith('index.js');
    });
    expectRefused(result, 'out/api/index.js', /cannot write it: ENOSPC/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.includes('funcspec-'))).toEqual([]);
  });

  it('the swap that fails', async () => {
    // Was: node_modules had already been moved into the temporary folder, which the failure deleted.
    const { out, before, result } = await failing('swap', (target) => {
      faults.rename = (from, to) => from.endsWith('/new') && to === target;
    });
    expectRefused(result, 'out', /cannot move the new output into place: EIO/);
    expect(snapshot(out)).toEqual(before);
  });

  it('carrying node_modules over that fails', async () => {
    const { out, before, result } = await failing('carry', () => {
      faults.rename = (from) => from.endsWith('/previous/node_modules');
    });
    expectRefused(result, 'out/node_modules', /cannot carry it over to the new output: EIO/);
    expect(snapshot(out)).toEqual(before);
  });
});
