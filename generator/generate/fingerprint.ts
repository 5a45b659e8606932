/**
 * A no-op regeneration in well under a second: the output marker records a hash of everything the
 * output is made from and a digest of the files written, and a run whose inputs hash the same over an
 * output whose files still match the digest has nothing to do.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackageInfo } from './model.js';
import { listFiles, OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from './write.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The libraries whose output ends up in the package: a new version of one may change it. */
const LIBRARIES = ['ajv', 'ajv-formats', 'openapi-typescript', 'typescript', 'ts-morph', 'handlebars', '@redocly/openapi-core'];

const INPUTS_LINE = 'inputs: ';
const OUTPUT_LINE = 'output: ';

/** What generatePackage is given, apart from callbacks. */
export interface FingerprintOptions {
  /** pipeline.ts's SpecEntry, as far as it matters here (pipeline imports this module). */
  specs: Array<{ file: string; name?: string; clientName?: string; source?: string; input?: { text: string } }>;
  package: PackageInfo;
  regenerate?: string;
}

/** Every file under `dir` (relative name → bytes), sorted, for the hash. */
function filesOf(dir: string): Array<[string, Buffer]> {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
  const out: Array<[string, Buffer]> = [];
  for (const name of names) {
    try {
      out.push([name, readFileSync(join(dir, name))]);
    } catch {
      // A folder.
    }
  }
  return out;
}

function libraryVersions(): string[] {
  const require = createRequire(import.meta.url);
  return LIBRARIES.map((name) => {
    try {
      return `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
    } catch {
      return `${name}@?`;
    }
  });
}

let generatorHash: string | undefined;
/** funcspec's own part: its version, its templates, its runtime, the libraries it generates with. */
function generatorPart(): string {
  if (generatorHash !== undefined) return generatorHash;
  const h = createHash('sha256');
  const add = (label: string, bytes: string | Buffer): void => {
    h.update(`${label}\0${bytes.length}\0`).update(bytes);
  };
  add('package.json', readFileSync(join(ROOT, 'package.json')));
  for (const v of libraryVersions()) add('library', v);
  for (const folder of ['templates', 'runtime']) for (const [name, bytes] of filesOf(join(ROOT, folder))) add(`${folder}/${name}`, bytes);
  return (generatorHash = h.digest('hex'));
}

/** The hash of everything the output is made from: the specs' bytes, the settings, and funcspec itself. */
export async function inputsHash(options: FingerprintOptions): Promise<string> {
  const h = createHash('sha256');
  h.update(generatorPart());
  const settings = {
    package: options.package,
    regenerate: options.regenerate ?? null,
    // Not `file`: the path as given depends on the working folder, the output must not (its bytes are hashed below).
    specs: options.specs.map((s) => ({ name: s.name ?? null, clientName: s.clientName ?? null, source: s.source ?? null })),
  };
  h.update(JSON.stringify(settings));
  for (const spec of options.specs) {
    // A spec that cannot be read hashes as such; generatePackage then reports it where it is.
    const bytes = spec.input !== undefined ? Buffer.from(spec.input.text) : await readFile(spec.file).catch(() => Buffer.from('\0unreadable'));
    h.update(`\0spec\0${bytes.length}\0`).update(bytes);
  }
  return `sha256:${h.digest('hex')}`;
}

/** One file's digest, as the output digest lists it: SHA-256 of its UTF-8 bytes, in hex. */
export function fileDigest(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Digests taken before the output is assembled, each with the text it was taken of: while this thread
 * waits for another (a file compiling, validators arriving), or on the validator thread, which hashes
 * the bytes it sends.
 */
export class FileDigests {
  readonly #taken = new Map<string, { text: string; digest: string }>();

  /** Record `digest` as that of `text` (the file at `path`), or take it now. */
  take(path: string, text: string, digest = fileDigest(text)): void {
    this.#taken.set(path, { text, digest });
  }

  /** The digest of `text` at `path`, if one was taken of this very text. */
  of(path: string, text: string): string | undefined {
    const taken = this.#taken.get(path);
    return taken !== undefined && taken.text === text ? taken.digest : undefined;
  }
}

/** A digest of the output's files, the marker aside: each file's path and digest, in path order. */
export function outputDigest(files: Iterable<[string, string | Buffer]>, taken?: FileDigests): string {
  const h = createHash('sha256');
  for (const [path, content] of [...files].filter(([p]) => p !== OUTPUT_MARKER).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A path holds no NUL, and a digest is 64 hex digits: the pairs cannot run into each other.
    const digest = (typeof content === 'string' ? taken?.of(path, content) : undefined) ?? fileDigest(content);
    h.update(`${path}\0${digest}\n`);
  }
  return `sha256:${h.digest('hex')}`;
}

/** The marker's text: the notice, then the two hashes. */
export function markerText(inputs: string, files: Map<string, string>, taken?: FileDigests): string {
  return `${OUTPUT_MARKER_TEXT}\n${INPUTS_LINE}${inputs}\n${OUTPUT_LINE}${outputDigest(files, taken)}\n`;
}

/**
 * Whether `outDir` already holds what these inputs make: its marker records `inputs`, and the files
 * beside it (node_modules/ aside) are exactly those the marker's digest was taken of. Never throws.
 */
export async function upToDate(outDir: string, inputs: string): Promise<{ files: number } | undefined> {
  try {
    const marker = await readFile(join(outDir, OUTPUT_MARKER), 'utf8');
    const field = (prefix: string): string | undefined =>
      marker
        .split('\n')
        .find((l) => l.startsWith(prefix))
        ?.slice(prefix.length);
    const recorded = field(OUTPUT_LINE);
    if (field(INPUTS_LINE) !== inputs || recorded === undefined) return undefined;
    const paths = await listFiles(outDir);
    const files: Array<[string, Buffer]> = [];
    for (const path of paths) {
      // listFiles lists symbolic links too, and readFile would follow one: generate never writes one.
      if (!(await lstat(join(outDir, path))).isFile()) return undefined;
      files.push([path, await readFile(join(outDir, path))]);
    }
    return outputDigest(files) === recorded ? { files: paths.length } : undefined;
  } catch {
    return undefined;
  }
}
