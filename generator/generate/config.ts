/** funcspec.config.json: which specs, where the package goes, what it is called. */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { FuncspecError } from '../errors.js';
import { loadDocument } from '../openapi/document.js';
import type { PackageInfo } from './model.js';
import type { SpecEntry, Where } from './pipeline.js';
import { isObj } from '../openapi/json.js';
import { isIdentifier, packageNameProblem, packageVersionProblem, specNameProblem } from './names.js';

export const CONFIG_FILE = 'funcspec.config.json';

export interface GenerateConfig {
  out: string;
  package: PackageInfo;
  /** Where the config sets `package` (absent for --spec runs). */
  packageAt?: Where;
  specs: SpecEntry[];
}

/** `specs/Pet Store.v2.yaml` → `pet-store.v2`: a default subpath for a spec given on the command line. */
export function defaultSpecName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return (
    base
      .replace(/\.(ya?ml|json)$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'api'
  );
}

/**
 * Read funcspec.config.json; paths in it are relative to the file. Every setting is checked here, so
 * a bad one is reported at its line in the config, and a later problem with a spec's `name` or
 * `client` (e.g. a clash with a schema name) can be too.
 */
export async function readConfig(path: string): Promise<GenerateConfig> {
  const loaded = await loadDocument(path);
  const raw = loaded.data;
  if (!isObj(raw)) throw loaded.errorAt('', 'the config must be a JSON object');
  const base = dirname(path);
  const rel = (p: string): string => relative(process.cwd(), resolve(base, p)) || '.';
  const where = (ptr: string): Where => ({ file: loaded.file, ...loaded.locate(ptr) });
  const text = (ptr: string, value: unknown, what: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '') throw loaded.errorAt(ptr, `${what} must be a non-empty string`);
    return value;
  };
  const check = (ptr: string, problem: string | undefined): void => {
    if (problem) throw loaded.errorAt(ptr, problem);
  };

  if (!Array.isArray(raw.specs) || raw.specs.length === 0) throw loaded.errorAt('/specs', '`specs` must be a non-empty list of {spec, name}');
  const specs = raw.specs.map((s, i): SpecEntry => {
    const at = `/specs/${i}`;
    if (!isObj(s) || typeof s.spec !== 'string' || s.spec === '')
      throw loaded.errorAt(at, 'each entry needs `spec` (a path) and optionally `name` (the subpath export) and `client` (the client class name)');
    const name = text(`${at}/name`, s.name, '`name`') ?? defaultSpecName(s.spec);
    check(`${at}/name`, specNameProblem(name));
    const client = text(`${at}/client`, s.client, '`client`');
    if (client !== undefined && !isIdentifier(client))
      throw loaded.errorAt(`${at}/client`, `client '${client}' is not a TypeScript identifier (letters, digits, '_' and '$', not starting with a digit, not a reserved word)`);
    return {
      file: rel(s.spec),
      name,
      ...(client !== undefined ? { clientName: client } : {}),
      // Written into the output: relative to this file, so the same from any working folder.
      source: relative(resolve(base), resolve(base, s.spec)).split(sep).join('/'),
      configAt: { name: where(s.name === undefined ? at : `${at}/name`), ...(client !== undefined ? { client: where(`${at}/client`) } : {}) },
    };
  });
  const seen = new Map<string, number>();
  for (const [i, s] of specs.entries()) {
    if (seen.has(s.name)) throw loaded.errorAt(`/specs/${i}`, `output name '${s.name}' is used twice (first by specs[${seen.get(s.name)}])`);
    seen.set(s.name, i);
  }
  if (raw.package !== undefined && !isObj(raw.package)) throw loaded.errorAt('/package', '`package` must be an object {name, version, description}');
  const pkg = isObj(raw.package) ? raw.package : {};
  const name = text('/package/name', pkg.name, '`package.name`') ?? 'generated-api';
  check('/package/name', packageNameProblem(name));
  const version = text('/package/version', pkg.version, '`package.version`') ?? '0.0.0';
  check('/package/version', packageVersionProblem(version));
  const description = text('/package/description', pkg.description, '`package.description`');
  return {
    out: rel(text('/out', raw.out, '`out`') ?? 'generated'),
    package: { name, version, ...(description !== undefined ? { description } : {}) },
    packageAt: where(raw.package === undefined ? '' : '/package'),
    specs,
  };
}

export function configExists(path = CONFIG_FILE): boolean {
  return existsSync(path);
}

export function missingConfig(): FuncspecError {
  return new FuncspecError(`no ${CONFIG_FILE} here; pass --spec FILE --out DIR, or --config PATH`);
}
