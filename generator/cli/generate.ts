/** `funcspec generate`: flags and config in, the package (or a staleness report with --check) out; --watch regenerates on change. */
import { statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { FINDINGS, FuncspecError, USAGE_ERROR } from '../errors.js';
import { commandLine, type Invocation } from '../generate/command-line.js';
import { findConfig, loadConfig, missingConfig } from '../generate/config.js';
import { isLocalSpec, readInput, type InputOptions } from '../generate/inputs.js';
import { isIdentifier, specNameProblem } from '../generate/names.js';
import type { PackageInfo } from '../generate/model.js';
import type { SpecEntry, Where } from '../generate/pipeline.js';
import { inputsHash, upToDate } from '../generate/fingerprint.js';
import { Progress } from '../generate/progress.js';
import { watchFiles, type FileWatcher } from '../generate/watch.js';
import { checkOutputTarget, staleFiles, writeAtomically } from '../generate/write.js';
import { urlLabel } from '../openapi/source.js';
import { parseCommandArgs, usageError } from './args.js';

const HELP = `Usage: funcspec generate [--config FILE] [--out DIR] [--name NAME] [--check | --watch] [--force] [--typecheck] [--silent]
       funcspec generate --spec FILE|URL|- [--subpath PATH] [--client NAME] [--spec ...] --out DIR [--name NAME]
                         [--check | --watch] [--force] [--typecheck] [--silent]

Writes an npm package with types, precompiled validators and clients for each OpenAPI 3.0/3.1 document.

  --config FILE     the settings file; default: the first funcspec.config.json, .ts or .mjs found in
                    this folder or above it, up to the repository root (the folder holding .git)
  --spec FILE|URL|- an OpenAPI document: a file, an https:// URL (30 s, 64 MiB at most) or - for
                    standard input (repeatable); replaces the config's specs; needs --out
  --subpath PATH    the subpath export of each --spec, in the same order (once per --spec);
                    default: from the document's info.title, e.g. swagger-petstore
  --client NAME     the client class of each --spec, in the same order (once per --spec);
                    default: from info.title, e.g. SwaggerPetstoreClient
  --out DIR         output folder: replaced as a whole, atomically, keeping its node_modules/; must be
                    new, empty or earlier funcspec output (marked by its .funcspec-output file)
  --name NAME       npm name of the package (default: the config's package.name, else generated-api)
  --check           write nothing; exit 1 listing the files that differ from what would be written
  --watch           generate, then again whenever a spec or the config changes; errors are printed
                    and watching goes on; Ctrl-C stops (exit 0)
  --force           regenerate even when the output's .funcspec-output records the same inputs
                    (specs, settings, funcspec) and its files are unchanged, which is otherwise a no-op
  --typecheck       also type-check the whole generated package under TypeScript's strictest flags
                    before writing it, and report a construct that does not compile against the spec
                    (off by default: files are compiled one by one, and funcspec's tests hold the
                    output to the strict check; this costs a TypeScript program, seconds on big specs)
  --silent          print nothing but errors (no progress, no summary line)
  -h, --help        show this help

Exit codes: 0 written (or up to date with --check); 1 --check found stale files; 2 usage or input
errors (a bad flag or config, a spec that cannot be read or generated, a refused output folder).
`;

const OPTIONS = {
  config: { type: 'string' },
  spec: { type: 'string', multiple: true },
  subpath: { type: 'string', multiple: true },
  client: { type: 'string', multiple: true },
  out: { type: 'string' },
  name: { type: 'string' },
  check: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  typecheck: { type: 'boolean', default: false },
  silent: { type: 'boolean', default: false },
} as const;

type Flags = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** What one run generates, settled from the flags and the config. */
interface Plan {
  out: string;
  package: PackageInfo;
  packageAt?: Where;
  specs: SpecEntry[];
  /** The README's regenerate command, and --check's (as run from the working folder). */
  regenerate: string;
  rerun: string;
  /** The local files generate reads: watched with --watch, never inside the output. */
  inputs: string[];
}

export async function generateCommand(args: string[], io: InputOptions = {}): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS, HELP);
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  checkFlags(values);
  try {
    return values.watch ? await watchLoop(values, io) : await runOnce(values, io, new Set());
  } catch (err) {
    // Every refusal of generate's is about its input: a flag, the config, a spec or the output folder.
    if (err instanceof FuncspecError) err.exitCode = USAGE_ERROR;
    throw err;
  }
}

function checkFlags(values: Flags): void {
  const specs = values.spec ?? [];
  if (specs.length > 0 && !values.out) throw usageError('--spec needs --out DIR (so a one-off run never overwrites the configured output)', HELP);
  for (const flag of ['subpath', 'client'] as const) {
    const given = values[flag] ?? [];
    if (given.length > 0 && given.length !== specs.length)
      throw usageError(`--${flag} is given once per --spec, in the same order (${specs.length} --spec, ${given.length} --${flag}); a config sets it per spec`, HELP);
  }
  for (const subpath of values.subpath ?? []) {
    const problem = specNameProblem(subpath);
    if (problem) throw usageError(`--subpath: ${problem}`, HELP);
  }
  for (const client of values.client ?? []) if (!isIdentifier(client)) throw usageError(`--client: '${client}' is not a TypeScript identifier`, HELP);
  if (specs.filter((s) => s === '-').length > 1) throw usageError('standard input (-) can be read only once', HELP);
  if (values.check && values.watch) throw usageError('--check and --watch do not go together', HELP);
  if (values.watch && specs.includes('-')) throw usageError('--watch cannot watch standard input; give the spec as a file', HELP);
}

/** Settle what to generate; `watched` learns each local file read, even when a later one fails. */
async function plan(values: Flags, watched: Set<string>): Promise<Plan> {
  const cwd = process.cwd();
  const flagSpecs = values.spec ?? [];
  const configPath = values.config !== undefined ? resolve(values.config) : flagSpecs.length > 0 ? undefined : findConfig();
  if (configPath === undefined && flagSpecs.length === 0) throw missingConfig();
  if (configPath !== undefined) watched.add(configPath);
  const config = configPath !== undefined ? await loadConfig(configPath) : undefined;

  const subpathOf = (i: number): string | undefined => values.subpath?.[i];
  const clientOf = (i: number): string | undefined => values.client?.[i];
  const specs: SpecEntry[] =
    flagSpecs.length > 0
      ? flagSpecs.map((file, i) => ({
          file,
          ...optional('name', subpathOf(i)),
          ...optional('clientName', clientOf(i)),
          // Without a config, the output names each spec by its file name alone: the same from any working folder.
          source: file === '-' ? 'stdin' : isLocalSpec(file) ? basename(file) : urlLabel(file),
        }))
      : config!.specs;
  const inputs = [...(configPath ? [configPath] : []), ...specs.filter((s) => isLocalSpec(s.file)).map((s) => s.file)];
  for (const input of inputs) watched.add(resolve(input));
  const out = values.out ?? config!.out;
  const pkg: PackageInfo = { ...(config?.package ?? { name: 'generated-api', version: '0.0.0' }), ...(values.name !== undefined ? { name: values.name } : {}) };

  const invocation: Invocation = {
    specs: flagSpecs.map((file, i) => ({
      file: isLocalSpec(file) ? resolve(file) : file === '-' ? file : urlLabel(file),
      ...optional('subpath', subpathOf(i)),
      ...optional('client', clientOf(i)),
    })),
    ...(values.out !== undefined ? { out: resolve(values.out) } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
  };
  // Relative to the config's folder, or else to the output's parent: the same from any working folder.
  const anchor = configPath ? dirname(configPath) : dirname(resolve(out));
  const withConfig = (from: string): Invocation => (configPath ? { ...invocation, config: { path: configPath, named: findsConfig(from) !== configPath } } : invocation);
  return {
    out,
    package: pkg,
    ...(config?.packageAt && values.name === undefined ? { packageAt: config.packageAt } : {}),
    specs,
    regenerate: config?.regenerateCommand ?? commandLine(withConfig(anchor), anchor),
    rerun: config?.regenerateCommand ?? commandLine(withConfig(cwd), cwd),
    inputs,
  };
}

/** `{ [key]: value }`, or nothing when value is undefined (optional properties stay absent). */
function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** The config a plain `funcspec generate` would find from `folder`, or undefined when it would stop on an error. */
function findsConfig(folder: string): string | undefined {
  try {
    return findConfig(folder);
  } catch {
    return undefined;
  }
}

/**
 * After each full collection V8 lets a heap grow up to four times what survived it before the next.
 * generate builds two large heaps of short-lived values at once (types on this thread, validators on
 * the other): on GitHub's description the garbage of both made peak memory nearly twice
 * openapi-typescript's. Growing 30% at a time collects sooner, and `npm run bench` shows no cost in
 * time. A V8 flag is the whole process's: the command sets it, `generatePackage` does not.
 */
export function collectGarbageSooner(): void {
  setFlagsFromString('--heap-growing-percent=30');
}

async function runOnce(values: Flags, io: InputOptions, watched: Set<string>): Promise<number> {
  const progress = new Progress({
    tty: process.stderr.isTTY === true,
    silent: values.silent,
    write: (text) => void process.stderr.write(text),
    line: (text) => console.error(text),
    now: () => performance.now(),
  });
  try {
    const p = await plan(values, watched);
    // Checked before the (slow) generation, so a refused folder is reported at once.
    await checkOutputTarget(p.out, { inputs: p.inputs, write: !values.check });
    const specs: SpecEntry[] = [];
    for (const spec of p.specs) specs.push(await readInput(spec, io, (label) => progress.phase('load', label)));
    const folder = `${p.out.replace(/[\\/]+$/, '')}/`;
    const count = `${p.specs.length} spec${p.specs.length === 1 ? '' : 's'}`;
    const hash = await inputsHash({ specs, package: p.package, regenerate: p.regenerate });
    // --check always compares the files' contents; a write skips when the marker says nothing changed.
    const same = values.check || values.force || values.typecheck ? undefined : await upToDate(p.out, hash);
    if (same) {
      progress.summary(`${folder} is up to date, nothing changed (${same.files} files, ${count})`);
      return 0;
    }
    // A large document's validator thread starts loading now, on the other core, while this one loads the pipeline and reads.
    const threads = await import('../generate/validator-thread.js');
    const validatorThread = (await threads.worthWarming(specs)) ? threads.warmThread() : undefined;
    let files: Map<string, string>;
    try {
      const { generatePackage } = await import('../generate/pipeline.js');
      collectGarbageSooner();
      files = await generatePackage({
        specs,
        package: p.package,
        ...(p.packageAt ? { packageAt: p.packageAt } : {}),
        regenerate: p.regenerate,
        inputsHash: hash,
        typeCheck: values.typecheck,
        onWarning: (line) => progress.warning(line),
        onPhase: (phase, spec) => progress.phase(phase, phase === 'load' ? spec?.file : spec?.name),
        ...(validatorThread ? { validatorThread } : {}),
      });
    } finally {
      validatorThread?.cancel();
    }
    if (values.check) {
      progress.phase('check', folder);
      const stale = await staleFiles(p.out, files);
      progress.done();
      if (stale.length > 0) {
        console.error(`${folder} is stale; run \`${p.rerun}\`. Files that differ:\n${stale.map((f) => `  ${p.out}/${f}`).join('\n')}`);
        return FINDINGS;
      }
      progress.summary(`${folder} is up to date (${files.size} files, ${count})`);
      return 0;
    }
    progress.phase('write', folder);
    await writeAtomically(p.out, files, { inputs: p.inputs });
    progress.summary(`wrote ${files.size} files to ${folder} (${count})`);
    return 0;
  } finally {
    progress.done();
  }
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Whether `file` was written at or after `since` (ms); a file that cannot be read counts as not. */
function modifiedSince(file: string, since: number): boolean {
  try {
    return statSync(file).mtimeMs >= since - 1;
  } catch {
    return false;
  }
}

/**
 * Generate, then again each time a watched file changes (debounced), until Ctrl-C, which ends with
 * exit 0 once a run in progress has finished (its write is atomic either way). What is watched is
 * settled again on every run, so a config that now names other specs is followed.
 */
function watchLoop(values: Flags, io: InputOptions): Promise<number> {
  return new Promise((done) => {
    let watcher: FileWatcher | undefined;
    let watched = new Set<string>();
    let running = false;
    let again = false;
    let stopping = false;

    const cycle = async (): Promise<void> => {
      if (running) {
        // A change during a run: run again once it is over.
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        const learned = new Set<string>();
        const started = Date.now();
        let ok = false;
        try {
          await runOnce(values, io, learned);
          ok = true;
        } catch (err) {
          // Printed as the command would print it, and watching goes on; a bug too, with its stack.
          console.error(err instanceof FuncspecError ? `funcspec generate: ${err.format()}` : err);
        }
        // A run that failed early may not have learned every file: keep watching the earlier ones too.
        const next = ok ? learned : new Set([...watched, ...learned]);
        if (!stopping && !sameSet(next, watched)) {
          // The watcher stays open across runs; a new one (other files) opens before the old one closes,
          // and a file written before it opened, while this run read it, makes another run.
          const previous = watcher;
          watcher = watchFiles(next, () => void cycle());
          previous?.close();
          const fresh = [...next].filter((f) => !watched.has(f));
          watched = next;
          if (fresh.some((f) => modifiedSince(f, started))) again = true;
        }
      } while (again && !stopping);
      running = false;
      if (stopping) finish();
    };

    const finish = (): void => {
      watcher?.close();
      process.removeListener('SIGINT', onInterrupt);
      done(0);
    };
    const onInterrupt = (): void => {
      // A second Ctrl-C while a run finishes: stop at once, as a shell expects.
      if (stopping) process.exit(130);
      stopping = true;
      watcher?.close();
      if (!running) finish();
    };
    process.on('SIGINT', onInterrupt);
    if (!values.silent) console.error('funcspec: watching for changes (Ctrl-C to stop)');
    void cycle();
  });
}
