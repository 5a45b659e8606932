/**
 * Writing the package, or listing what would change (--check), without ever leaving half an output
 * or touching anything generate did not write: the output folder is checked before it is replaced,
 * symbolic links are never followed, and a node_modules/ inside it is carried over.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path';
import { FuncspecError } from '../errors.js';

/** The file that marks a folder as funcspec output: only such a folder (or an empty one) is replaced. */
export const OUTPUT_MARKER = '.funcspec-output';
export const OUTPUT_MARKER_TEXT =
  'This folder is written by `funcspec generate`, which replaces everything in it except node_modules/ on every run.\n' +
  'generate replaces a non-empty folder only when it holds this file, so keep nothing else here.\n';

/** Never part of the output, never removed: a consumer may have installed or linked packages there. */
const KEPT = 'node_modules';
const PROJECT_MARKERS = ['.git', 'funcspec.config.json', 'funcspec.config.ts', 'funcspec.config.mjs'];

/** Output problems (a refused folder, a file-system error) exit with 2, bad input with 1. */
const OUTPUT_ERROR = 2;

function outputError(path: string, message: string): FuncspecError {
  return new FuncspecError(message, { file: path }, OUTPUT_ERROR);
}

/** A file-system failure as one line naming the path. */
function fsError(path: string, doing: string, err: unknown): FuncspecError {
  if (err instanceof FuncspecError) return err;
  const e = err as NodeJS.ErrnoException;
  return outputError(path, `cannot ${doing}: ${e.code ?? 'error'}${e.syscall ? ` (${e.syscall})` : ''}`);
}

async function attempt<T>(path: string, doing: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (err) {
    throw fsError(path, doing, err);
  }
}

async function lstatOrUndefined(path: string): Promise<Awaited<ReturnType<typeof lstat>> | undefined> {
  try {
    return await lstat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The real path of `path`, which need not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realPathOf(path: string): Promise<string> {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(at) === at) throw err;
      rest.push(basename(at));
      at = dirname(at);
    }
  }
}

const isWithin = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

export interface OutputTarget {
  /** The folder as given, resolved against the working folder. */
  path: string;
  exists: boolean;
}

/**
 * The rules an output folder must pass before generate writes (or, with `write: false`, compares)
 * it: never the file-system root, the home folder, the working folder or one of its parents, a
 * folder holding a repository or a funcspec config, a folder holding one of the files generate reads,
 * a file, or a symbolic link; and a non-empty folder only when it is marked as funcspec output.
 */
export async function checkOutputTarget(outDir: string, options: { inputs?: string[]; write?: boolean } = {}): Promise<OutputTarget> {
  const path = resolve(outDir);
  const stat = await attempt(outDir, 'read it', () => lstatOrUndefined(path));
  if (stat?.isSymbolicLink()) throw outputError(outDir, 'is a symbolic link; generate never writes through one (give the folder it points to, if that is meant)');
  if (stat && !stat.isDirectory()) throw outputError(outDir, 'is a file, not a folder; generate writes a whole folder');

  const real = await attempt(outDir, 'resolve it', () => realPathOf(path));
  const [home, cwd] = await Promise.all([realPathOf(homedir()).catch(() => homedir()), realPathOf(process.cwd())]);
  if (parse(real).root === real) throw outputError(outDir, 'is the root of the file system; generate replaces the whole output folder');
  if (real === home) throw outputError(outDir, 'is your home folder; generate replaces the whole output folder');
  if (isWithin(cwd, real)) throw outputError(outDir, 'is the folder generate runs in, or one of its parents; generate replaces the whole output folder');
  for (const input of options.inputs ?? []) {
    const inputReal = await realPathOf(resolve(input)).catch(() => resolve(input));
    if (isWithin(inputReal, real)) throw outputError(outDir, `holds ${input}, which generate reads; choose an output folder of its own`);
  }
  if (!stat) return { path, exists: false };

  const entries = await attempt(outDir, 'list it', () => readdir(path));
  const project = PROJECT_MARKERS.find((m) => entries.includes(m));
  if (project) throw outputError(outDir, `holds ${project}: it is a project, not an output folder`);
  if (options.write !== false && !entries.includes(OUTPUT_MARKER) && entries.some((e) => e !== KEPT)) {
    throw outputError(
      outDir,
      `is not empty and has no ${OUTPUT_MARKER}, so it is not funcspec output; generate only replaces a folder it wrote (choose another, or, if it is output of an earlier funcspec, delete it first)`,
    );
  }
  return { path, exists: true };
}

/** Every entry under `dir` as relative POSIX paths, sorted, with its kind; symbolic links are listed, never followed. */
async function walk(dir: string): Promise<Map<string, 'file' | 'other'>> {
  const out = new Map<string, 'file' | 'other'>();
  if (!(await attempt(dir, 'read it', () => lstatOrUndefined(dir)))?.isDirectory()) return out;
  const pending = [dir];
  while (pending.length > 0) {
    const d = pending.pop()!;
    for (const entry of await attempt(d, 'list it', () => readdir(d, { withFileTypes: true }))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== KEPT) pending.push(full);
      } else out.set(relative(dir, full).split('\\').join('/'), entry.isFile() ? 'file' : 'other');
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every file under `dir`, as relative POSIX paths, sorted (node_modules/ left out, links listed but not followed). */
export async function listFiles(dir: string): Promise<string[]> {
  return [...(await walk(dir)).keys()];
}

/** Files that would change: added, modified or removed. A symbolic link is never read through, so it always differs. */
export async function staleFiles(outDir: string, files: Map<string, string>): Promise<string[]> {
  const present = await walk(outDir);
  const stale = new Set<string>();
  for (const [path, text] of files) {
    const current = present.get(path) === 'file' ? await attempt(join(outDir, path), 'read it', () => readFile(join(outDir, path), 'utf8')) : undefined;
    if (current !== text) stale.add(path);
  }
  for (const path of present.keys()) if (!files.has(path)) stale.add(path);
  return [...stale].sort();
}

/**
 * Write the whole output into a fresh folder beside it, then swap it in with renames, so a failure at
 * any point leaves the previous output as it was. A node_modules/ of the previous output moves into
 * the new one after the swap, and back again if that fails. `inputs` are the files generate read:
 * an output folder that holds one of them is refused. Every failure is a FuncspecError (exit 2).
 */
export async function writeAtomically(outDir: string, files: Map<string, string>, options: { inputs?: string[] } = {}): Promise<void> {
  const target = await checkOutputTarget(outDir, { ...options, write: true });
  const parent = dirname(target.path);
  await attempt(parent, 'create the folder', () => mkdir(parent, { recursive: true }));
  const staging = await attempt(parent, 'create a temporary folder in it', () => mkdtemp(join(parent, `.${basename(target.path)}.funcspec-`)));
  const fresh = join(staging, 'new');
  const previous = join(staging, 'previous');
  let movedPrevious = false;
  let swapped = false;
  try {
    const all = new Map(files);
    if (!all.has(OUTPUT_MARKER)) all.set(OUTPUT_MARKER, OUTPUT_MARKER_TEXT);
    for (const [path, text] of [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = join(fresh, path);
      if (!isWithin(file, fresh) || path.split('/').includes(KEPT)) throw outputError(outDir, `refusing to write '${path}': outside the output folder, or in its node_modules`);
      await attempt(join(outDir, path), 'write it', async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text, { flag: 'wx' });
      });
    }
    if (target.exists) {
      await attempt(outDir, 'move the previous output aside', () => rename(target.path, previous));
      movedPrevious = true;
    }
    await attempt(outDir, 'move the new output into place', () => rename(fresh, target.path));
    swapped = true;
    if (movedPrevious && (await lstatOrUndefined(join(previous, KEPT)))) {
      await attempt(join(outDir, KEPT), 'carry it over to the new output', () => rename(join(previous, KEPT), join(target.path, KEPT)));
    }
  } catch (err) {
    await restore();
    throw fsError(outDir, 'write it', err);
  }
  await rm(staging, { recursive: true, force: true }).catch(() => undefined);

  /** Put the previous output (with its node_modules) back; keep the staging folder if that fails, since it holds it. */
  async function restore(): Promise<void> {
    try {
      if (swapped) await rename(target.path, join(staging, 'failed'));
      if (movedPrevious) await rename(previous, target.path);
    } catch (err) {
      throw outputError(outDir, `writing failed and the previous output could not be put back (${(err as NodeJS.ErrnoException).code ?? 'error'}); it is in ${previous}`);
    }
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
