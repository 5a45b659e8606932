/**
 * The generate config, funcspec.config.{json,ts,mjs}: which specs, where the package goes, what it is
 * called. Found by walking up from the working folder; checked against funcspec.config.schema.json
 * whatever its form, then setting by setting, so a bad one is reported at its line in the config.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { FuncspecError, USAGE_ERROR } from '../errors.js';
import { displayPath, loadDocument, parseText } from '../openapi/document.js';
import { isObj } from '../openapi/json.js';
import { isUrl, readText, urlLabel } from '../openapi/source.js';
import { configSchemaProblem } from './config-schema.js';
import { loadModuleConfig } from './config-module.js';
import type { PackageInfo } from './model.js';
import { isIdentifier, packageNameProblem, packageVersionProblem, specNameProblem, subpathFromTitle } from './names.js';
import type { SpecEntry, Where } from './pipeline.js';

/** The names a config may have, in the order they are looked for; one folder may hold only one of them. */
export const CONFIG_FILES = ['funcspec.config.json', 'funcspec.config.ts', 'funcspec.config.mjs'] as const;
export const CONFIG_FILE = CONFIG_FILES[0];

export interface GenerateConfig {
  /** The config file's absolute path. */
  path: string;
  out: string;
  package: PackageInfo;
  /** Where the config sets `package`. */
  packageAt?: Where;
  specs: SpecEntry[];
  /** What the README and --check name as the way to regenerate (`regenerateCommand`). */
  regenerateCommand?: string;
}

/**
 * The config generate reads when given none: a funcspec.config.{json,ts,mjs} in `from`, else in its
 * parent, and so on up to the first folder holding `.git` (the repository root, searched itself) or
 * the file-system root. A folder holding two of them is an error: which one is meant is unclear.
 */
export function findConfig(from = process.cwd()): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const found = CONFIG_FILES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 1) throw new FuncspecError(`${found.join(' and ')} are in the same folder; keep one`, { file: displayPath(join(dir, found[0]!)) }, USAGE_ERROR);
    if (found.length === 1) return join(dir, found[0]!);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

export function configExists(path: string = CONFIG_FILE): boolean {
  return existsSync(path);
}

export function missingConfig(): FuncspecError {
  return new FuncspecError(`no ${CONFIG_FILES.join(', ')} in this folder or above it (up to the repository root); pass --spec FILE --out DIR, or --config PATH`, {}, USAGE_ERROR);
}

/** The raw value and how to locate a pointer in it, whatever the form. */
async function readRaw(path: string, file: string): Promise<{ data: unknown; where: (ptr: string) => Where }> {
  if (/\.(ts|mjs)$/.test(path)) {
    const loaded = await loadModuleConfig(path, file);
    return { data: loaded.data, where: (ptr) => ({ file, ...loaded.locate(ptr) }) };
  }
  const loaded = await loadDocument(path);
  return { data: loaded.data, where: (ptr) => ({ file: loaded.file, ...loaded.locate(ptr) }) };
}

/**
 * Read a config; paths in it are relative to the file. Every setting is checked here, so a bad one is
 * reported at its line in the config, and a later problem with a spec's `subpath` or `client` (e.g. a
 * clash with a schema name) can be too. A spec's `subpath` is left unset when the config does not set
 * it: generate takes it from the document's `info.title`.
 */
export async function loadConfig(path: string): Promise<GenerateConfig> {
  const absolute = resolve(path);
  const file = displayPath(absolute);
  if (!existsSync(absolute)) throw new FuncspecError('file not found', { file }, USAGE_ERROR);
  const { data, where } = await readRaw(absolute, file);
  const fail = (ptr: string, message: string): FuncspecError => new FuncspecError(message, where(ptr));
  const problem = configSchemaProblem(data);
  if (problem) throw fail(problem.pointer, problem.message);
  const raw = data as {
    out?: string;
    package?: { name?: string; version?: string; description?: string };
    specs: Array<{ spec: string; subpath?: string; client?: string }>;
    regenerateCommand?: string;
  };

  const base = dirname(absolute);
  const rel = (p: string): string => relative(process.cwd(), resolve(base, p)) || '.';
  const specs = raw.specs.map((s, i): SpecEntry => {
    const at = `/specs/${i}`;
    if (s.spec === '-') throw fail(`${at}/spec`, 'standard input (`-`) is for the command line (--spec -); a config names files or URLs');
    if (s.subpath !== undefined) {
      const bad = specNameProblem(s.subpath);
      if (bad) throw fail(`${at}/subpath`, bad);
    }
    if (s.client !== undefined && !isIdentifier(s.client))
      throw fail(`${at}/client`, `client '${s.client}' is not a TypeScript identifier (letters, digits, '_' and '$', not starting with a digit, not a reserved word)`);
    const url = isUrl(s.spec);
    return {
      file: url ? s.spec : rel(s.spec),
      ...(s.subpath !== undefined ? { name: s.subpath } : {}),
      ...(s.client !== undefined ? { clientName: s.client } : {}),
      // Written into the output: relative to this file, so the same from any working folder.
      source: url ? urlLabel(s.spec) : relative(base, resolve(base, s.spec)).split(sep).join('/'),
      configAt: { name: where(s.subpath === undefined ? at : `${at}/subpath`), ...(s.client !== undefined ? { client: where(`${at}/client`) } : {}) },
    };
  });
  const seen = new Map<string, number>();
  for (const [i, s] of specs.entries()) {
    if (s.name === undefined) continue;
    if (seen.has(s.name)) throw fail(`/specs/${i}/subpath`, `subpath '${s.name}' is used twice (first by specs[${seen.get(s.name)}])`);
    seen.set(s.name, i);
  }
  const pkg = raw.package ?? {};
  const name = pkg.name ?? 'generated-api';
  const nameProblem = packageNameProblem(name);
  if (nameProblem) throw fail('/package/name', nameProblem);
  const version = pkg.version ?? '0.0.0';
  const versionProblem = packageVersionProblem(version);
  if (versionProblem) throw fail('/package/version', versionProblem);
  return {
    path: absolute,
    out: rel(raw.out ?? 'generated'),
    package: { name, version, ...(pkg.description !== undefined ? { description: pkg.description } : {}) },
    packageAt: where(raw.package === undefined ? '' : '/package'),
    specs,
    ...(raw.regenerateCommand !== undefined ? { regenerateCommand: raw.regenerateCommand } : {}),
  };
}

/**
 * A config with every spec's subpath settled, for commands and tests that need the names without
 * generating (drift, the conformance suite): a subpath the config leaves out is read from the
 * document's `info.title`, as generate does.
 */
export async function readConfig(path: string): Promise<GenerateConfig & { specs: Array<SpecEntry & { name: string }> }> {
  const config = await loadConfig(path);
  const specs = await Promise.all(
    config.specs.map(async (s) => {
      if (s.name !== undefined) return { ...s, name: s.name };
      const doc = isUrl(s.file) ? parseText((await readText(s.file, {})).text, urlLabel(s.file)) : await loadDocument(s.file);
      const info = isObj(doc.data) && isObj(doc.data.info) ? doc.data.info : {};
      return { ...s, name: subpathFromTitle(typeof info.title === 'string' ? info.title : '') };
    }),
  );
  return { ...config, specs };
}
