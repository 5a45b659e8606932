/**
 * Reading a spec given on the command line (diff's two sides, drift's specs): a YAML/JSON file, or `REF:PATH` read with `git show REF:PATH` (so
 * `funcspec diff main:spec/x.yaml spec/x.yaml` compares against the committed version). Whatever
 * goes wrong is a FuncspecError with exit code 2 naming the input and, where known, line:column.
 */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FuncspecError } from '../errors.js';
import { displayPath, parseText, type LoadedDocument } from './document.js';
import { invalidDocumentError, lintOpenApi } from './lint.js';
import { checkOpenApiVersion } from './version.js';

export const INPUT_ERROR = 2;

export interface SpecSource {
  /** What messages call it: the file path, or `REF:PATH` as given. */
  label: string;
  doc: LoadedDocument;
}

export interface ReadOptions {
  /** Directory files and git refs are read relative to (default: the working directory). */
  cwd?: string;
  /** Run Redocly's structural checks (default true). */
  lint?: boolean;
}

function fail(message: string, where: { file?: string; line?: number; column?: number }): FuncspecError {
  return new FuncspecError(message, where, INPUT_ERROR);
}

/** `REF:PATH`, but not a Windows drive (`C:\x`) and not something that exists as a file. */
export function gitSpec(arg: string): { ref: string; path: string } | undefined {
  const m = /^([^:]+):(.+)$/.exec(arg);
  if (!m || /^[A-Za-z]:[\\/]/.test(arg)) return undefined;
  return { ref: m[1]!, path: m[2]! };
}

async function gitShow(ref: string, path: string, cwd: string, label: string): Promise<string> {
  return new Promise((done, reject) => {
    execFile('git', ['show', `${ref}:${path}`], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return done(stdout);
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : (stderr.trim().split('\n')[0] ?? String(err)).replace(/^fatal: /, '');
      reject(fail(`cannot read from git (git show ${ref}:${path}): ${why}`, { file: label }));
    });
  });
}

async function readText(arg: string, cwd: string): Promise<{ label: string; text: string; absolute: string }> {
  const absolute = resolve(cwd, arg);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) throw fail('is a directory, not a file', { file: displayPath(absolute) });
  if (info) return { label: displayPath(absolute), text: await readFile(absolute, 'utf8'), absolute };
  const git = gitSpec(arg);
  if (git) return { label: arg, text: await gitShow(git.ref, git.path, cwd, arg), absolute: resolve(cwd, git.path) };
  throw fail('file not found', { file: displayPath(absolute) });
}

export async function readSpec(arg: string, options: ReadOptions = {}): Promise<SpecSource> {
  const { label, text, absolute } = await readText(arg, options.cwd ?? process.cwd());
  let doc: LoadedDocument;
  try {
    doc = parseText(text, label);
  } catch (err) {
    if (err instanceof FuncspecError) err.exitCode = INPUT_ERROR;
    throw err;
  }
  checkOpenApiVersion(doc, INPUT_ERROR);
  if (options.lint ?? true) {
    const problems = await lintOpenApi(text, absolute);
    if (problems.length > 0) throw invalidDocumentError(problems, doc, INPUT_ERROR);
  }
  return { label, doc };
}
