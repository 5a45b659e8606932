/**
 * What generate prints: off a terminal, one summary line (what was written, the time); on a terminal,
 * a line per step with its time, then the summary; with --silent, nothing but errors.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Progress } from '../../generator/generate/progress.js';
import { generateIn, ROOT, runChild, spec, workspace, write, WROTE } from './generate-support.js';

const root = workspace();
write(join(root, 'a.yaml'), spec({ title: 'A' }));
write(join(root, 'b.yaml'), spec({ title: 'B' }));

/** `script` runs a command on a pseudo-terminal (util-linux); the TTY case in a child process needs it. */
const hasScript = ((): boolean => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('off a terminal', () => {
  it('one summary line on stderr: files, folder, specs, time', async () => {
    const result = await generateIn(root, ['--spec', 'a.yaml', '--spec', 'b.yaml', '--out', 'two']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(WROTE);
    expect(result.stderr).toMatch(/^funcspec: wrote \d+ files to two\/ \(2 specs\) in \d+\.\d s$/);
    const check = await generateIn(root, ['--spec', 'a.yaml', '--spec', 'b.yaml', '--out', 'two', '--check']);
    expect(check.stderr).toMatch(/^funcspec: two\/ is up to date \(\d+ files, 2 specs\) in \d+\.\d s$/);
  });

  it('--silent prints nothing (and still prints errors)', async () => {
    expect(await generateIn(root, ['--spec', 'a.yaml', '--out', 'quiet', '--silent'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const failed = await generateIn(root, ['--spec', 'missing.yaml', '--out', 'quiet', '--silent']);
    expect(failed).toMatchObject({ code: 2, stderr: 'funcspec generate: missing.yaml: file not found' });
  });

  it('in a child process whose stderr is a pipe: only the summary line', async () => {
    const result = await runChild(['generate', '--spec', 'a.yaml', '--out', 'piped'], root);
    expect(result.code).toBe(0);
    expect(result.stderr.trimEnd()).toMatch(WROTE);
  });
});

describe('on a terminal', () => {
  const PHASES = ['load a.yaml', 'types a', 'clients a', 'validators a', 'load b.yaml', 'types b', 'clients b', 'validators b', 'compile', 'write tty/'];

  it('a line per step with its time, then the summary (stderr.isTTY set in-process)', async () => {
    const written: string[] = [];
    const isTTY = process.stderr.isTTY;
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (written.push(String(s)), true));
    process.stderr.isTTY = true;
    try {
      const result = await generateIn(root, ['--spec', 'a.yaml', '--spec', 'b.yaml', '--out', 'tty']);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(WROTE);
    } finally {
      process.stderr.isTTY = isTTY;
      write.mockRestore();
    }
    const lines = written.join('').split('\n').filter(Boolean);
    expect(lines.map((l) => l.replace(/ … \d+(\.\d)? m?s$/, ''))).toEqual(PHASES.map((p) => `funcspec: ${p}`));
    for (const line of lines) expect(line).toMatch(/ … \d+(\.\d)? m?s$/);
  });

  it.skipIf(!hasScript)('a line per step in a child process on a pseudo-terminal', () => {
    const bin = join(ROOT, 'bin/funcspec.js');
    const output = execFileSync('script', ['-qec', `"${process.execPath}" "${bin}" generate --spec a.yaml --spec b.yaml --out pty`, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
    });
    const lines = output.split(/\r?\n/).filter(Boolean);
    expect(lines.slice(0, -1).map((l) => l.replace(/ … \d+(\.\d)? m?s$/, ''))).toEqual(PHASES.map((p) => `funcspec: ${p.replace('tty/', 'pty/')}`));
    expect(lines.at(-1)).toMatch(WROTE);
  });

  it('--silent on a terminal: nothing', () => {
    const written: string[] = [];
    const progress = new Progress({ tty: true, silent: true, write: (t) => written.push(t), line: (t) => written.push(t), now: () => 0 });
    progress.phase('load', 'a.yaml');
    progress.summary('wrote 1 files to x/ (1 spec)');
    expect(written).toEqual([]);
  });
});
