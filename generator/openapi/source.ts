/**
 * Reading a spec given on the command line (diff's two sides, drift's specs): a YAML/JSON file,
 * `REF:PATH` read with `git show REF:PATH` (so `funcspec diff main:spec/x.yaml spec/x.yaml` compares
 * against the committed version), an `http(s)://` URL, or `-` for standard input. Whatever goes
 * wrong is a FuncspecError with exit code 2 naming the input and, where known, line:column.
 *
 * Command-line text reaches git only as one `REF:PATH` argument after `--end-of-options`, and only
 * once REF has passed `checkGitRef`: no argument can be read as a git option.
 */
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FuncspecError } from '../errors.js';
import { displayPath, parseText, type LoadedDocument } from './document.js';
import type { LintProblem } from './lint.js';
import { checkOpenApiVersion } from './version.js';

export const INPUT_ERROR = 2;

/** Where a spec came from. `path` is the file (for git, the path inside the repository) when there is one. */
export type SpecOrigin = { kind: 'file'; path: string } | { kind: 'git'; ref: string; path: string } | { kind: 'url'; url: string } | { kind: 'stdin' };

export interface SpecSource {
  /** What messages call it: the file path, `REF:PATH` as given, the URL (without credentials), or `stdin`. */
  label: string;
  doc: LoadedDocument;
  origin: SpecOrigin;
  /** Lint problems tolerated because the input was read with `lenient` (always empty otherwise). */
  problems: readonly LintProblem[];
}

export interface ReadOptions {
  /** Directory files and git refs are read relative to (default: the working directory). */
  cwd?: string;
  /** Run Redocly's structural checks (default true). */
  lint?: boolean;
  /**
   * Accept a document with validity faults (a response without `description`, an operation without
   * `responses`...): the problems are returned in `problems` instead of failing. References that
   * cannot be followed (dangling or external) are still refused: there would be nothing to compare.
   */
  lenient?: boolean;
  /** What `-` reads (default: process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** URL inputs: give up after this many milliseconds (default 30 s) for the whole transfer. */
  timeoutMs?: number;
  /** URL and stdin inputs: refuse more than this many bytes (default 64 MiB). */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function fail(message: string, where: { file?: string; line?: number; column?: number }): FuncspecError {
  return new FuncspecError(message, where, INPUT_ERROR);
}

/** `REF:PATH`, but not a Windows drive (`C:\x`) and not something that exists as a file. */
export function gitSpec(arg: string): { ref: string; path: string } | undefined {
  const m = /^([^:]+):(.+)$/.exec(arg);
  if (!m || /^[A-Za-z]:[\\/]/.test(arg)) return undefined;
  return { ref: m[1]!, path: m[2]! };
}

/**
 * Why `ref` is not a revision funcspec passes to git, or undefined when it is. Accepted: a branch,
 * tag, remote-tracking name or object id as `git check-ref-format` allows them (letters, digits and
 * `._/+@-`, no component starting with `.`, no `..`, `//`, trailing `/`, `.` or `.lock`), optionally
 * followed by `~N`/`^N` ancestry steps. Refused: anything starting with `-` (git would read an
 * option), control characters, and revision syntax whose target cannot be vetted here
 * (`A..B` ranges, `@{...}` reflog and upstream lookups, `:/text` searches, `^{type}` peeling).
 */
export function checkGitRef(ref: string): string | undefined {
  if (ref === '') return 'the revision is empty';
  if (ref.startsWith('-')) return "a revision cannot start with '-' (git would read it as an option)";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(ref)) return 'the revision contains a control character';
  const m = /^([^~^]+)((?:[~^]\d*)*)$/.exec(ref);
  if (!m) return "only a name followed by '~N' or '^N' steps is accepted as a revision";
  const name = m[1]!;
  if (!/^[A-Za-z0-9._/+@-]+$/.test(name)) return "the revision may only use letters, digits and '._/+@-'";
  if (name.includes('..')) return "'..' (a range) is not a single revision";
  if (name.includes('//') || name.startsWith('/') || name.endsWith('/')) return "the revision has an empty '/' component";
  if (name.endsWith('.') || name.endsWith('.lock') || name.split('/').some((c) => c.startsWith('.')))
    return "a revision component cannot start or end with '.' or end with '.lock'";
  return undefined;
}

function checkGitPath(path: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'the path contains a control character';
  return undefined;
}

async function gitShow(ref: string, path: string, cwd: string, label: string): Promise<string> {
  const bad = checkGitRef(ref) ?? checkGitPath(path);
  if (bad !== undefined) throw fail(`not a git revision and path (REF:PATH): ${bad}`, { file: label });
  return new Promise((done, reject) => {
    const args = ['show', '--no-textconv', '--end-of-options', `${ref}:${path}`];
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return done(stdout);
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : (stderr.trim().split('\n')[0] ?? String(err)).replace(/^fatal: /, '');
      reject(fail(`cannot read from git (git show ${ref}:${path}): ${why}`, { file: label }));
    });
  });
}

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** The URL as messages may show it: user name and password replaced. */
export function urlLabel(arg: string): string {
  try {
    const u = new URL(arg);
    if (u.username === '' && u.password === '') return u.href;
    u.username = '***';
    u.password = '';
    return u.href;
  } catch {
    return arg;
  }
}

/** Chunks into one buffer, failing as soon as they exceed `maxBytes`. */
async function collect(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number, tooBig: () => FuncspecError): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buf.length;
    if (size > maxBytes) throw tooBig();
    parts.push(buf);
  }
  return Buffer.concat(parts).toString('utf8');
}

async function fetchText(url: string, label: string, timeoutMs: number, maxBytes: number): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const tooBig = (): FuncspecError => fail(`larger than ${maxBytes} bytes: refused`, { file: label });
  // fetch refuses URLs with credentials; send them as HTTP basic authentication, as curl and oasdiff do.
  const target = new URL(url);
  const headers: Record<string, string> = { accept: 'application/yaml, application/json;q=0.9, */*;q=0.5' };
  if (target.username !== '' || target.password !== '') {
    const user = `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`;
    headers.authorization = `Basic ${Buffer.from(user, 'utf8').toString('base64')}`;
    target.username = target.password = '';
  }
  try {
    const res = await fetch(target, { signal: controller.signal, redirect: 'follow', headers });
    if (!res.ok) throw fail(`cannot fetch: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { file: label });
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) throw tooBig();
    if (!res.body) return '';
    return await collect(res.body as unknown as AsyncIterable<Uint8Array>, maxBytes, tooBig);
  } catch (err) {
    if (err instanceof FuncspecError) throw err;
    if (controller.signal.aborted) throw fail(`cannot fetch: no complete answer within ${timeoutMs / 1000} s`, { file: label });
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw fail(`cannot fetch: ${cause?.code ?? cause?.message ?? (err as Error).message}`, { file: label });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

/** A spec's text as read, before parsing (exported for `generate`, which parses and checks it in its own order). */
export interface Text {
  label: string;
  text: string;
  /** What the linter is told the document is called; it resolves relative references against it. */
  absolute: string;
  origin: SpecOrigin;
}

/** Where the linter believes a URL's or stdin's document lives: nowhere, so nothing local is read relative to it. */
const NOWHERE = '/nonexistent/funcspec-input.yaml';

export async function readText(arg: string, options: ReadOptions): Promise<Text> {
  const cwd = options.cwd ?? process.cwd();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (arg === '-') {
    const text = await collect(options.stdin ?? process.stdin, maxBytes, () => fail(`larger than ${maxBytes} bytes: refused`, { file: 'stdin' }));
    return { label: 'stdin', text, absolute: NOWHERE, origin: { kind: 'stdin' } };
  }
  if (isUrl(arg)) {
    const label = urlLabel(arg);
    const text = await fetchText(arg, label, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes);
    return { label, text, absolute: NOWHERE, origin: { kind: 'url', url: label } };
  }
  const absolute = resolve(cwd, arg);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) throw fail('is a directory, not a file', { file: displayPath(absolute) });
  if (info) return { label: displayPath(absolute), text: await readFile(absolute, 'utf8'), absolute, origin: { kind: 'file', path: displayPath(absolute) } };
  const git = gitSpec(arg);
  if (git) return { label: arg, text: await gitShow(git.ref, git.path, cwd, arg), absolute: resolve(cwd, git.path), origin: { kind: 'git', ref: git.ref, path: git.path } };
  throw fail('file not found', { file: displayPath(absolute) });
}

/** Reference problems (lint.ts and references.ts): dangling, external (never read), or a cycle that never reaches a value. */
const REFERENCE_RULES = new Set(['no-unresolved-refs', 'no-external-refs', 'no-ref-cycles']);

/**
 * Lint problems that stay fatal with `lenient`: a reference that cannot be followed (dangling, to
 * another file or URL, which funcspec refuses to read, or a cycle) leaves nothing to compare.
 */
export function refusedEvenWhenLenient(problem: LintProblem): boolean {
  return REFERENCE_RULES.has(problem.ruleId) || /external/i.test(problem.ruleId);
}

export async function readSpec(arg: string, options: ReadOptions = {}): Promise<SpecSource> {
  const { label, text, absolute, origin } = await readText(arg, options);
  let doc: LoadedDocument;
  try {
    doc = parseText(text, label);
  } catch (err) {
    if (err instanceof FuncspecError) err.exitCode = INPUT_ERROR;
    throw err;
  }
  checkOpenApiVersion(doc, INPUT_ERROR);
  if (!(options.lint ?? true)) return { label, doc, origin, problems: [] };
  // Redocly loads with the first lint, not with this module: generate reads its inputs through here.
  const { invalidDocumentError, lintOpenApi } = await import('./lint.js');
  const problems = await lintOpenApi(text, absolute, { parsed: doc.data });
  const fatal = options.lenient ? problems.filter(refusedEvenWhenLenient) : problems;
  if (fatal.length > 0) throw invalidDocumentError(fatal, doc, INPUT_ERROR);
  return { label, doc, origin, problems };
}
