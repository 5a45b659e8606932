/** funcspec.config.json: which specs, where the package goes, what it is called. */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { FuncspecError } from '../errors.js';
import { loadDocument } from '../openapi/document.js';
import type { PackageInfo } from './model.js';
import type { SpecEntry } from './pipeline.js';
import { isObj } from '../openapi/json.js';

export const CONFIG_FILE = 'funcspec.config.json';

export interface GenerateConfig {
  out: string;
  package: PackageInfo;
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

/** Read funcspec.config.json; paths in it are relative to the file. */
export async function readConfig(path: string): Promise<GenerateConfig> {
  const loaded = await loadDocument(path);
  const raw = loaded.data;
  if (!isObj(raw)) throw loaded.errorAt('', 'the config must be a JSON object');
  const base = dirname(path);
  const rel = (p: string): string => relative(process.cwd(), resolve(base, p)) || '.';
  if (!Array.isArray(raw.specs) || raw.specs.length === 0) throw loaded.errorAt('/specs', '`specs` must be a non-empty list of {spec, name}');
  const specs = raw.specs.map((s, i) => {
    if (!isObj(s) || typeof s.spec !== 'string')
      throw loaded.errorAt(`/specs/${i}`, 'each entry needs `spec` (a path) and optionally `name` (the subpath export) and `client` (the client class name)');
    return {
      file: rel(s.spec),
      name: typeof s.name === 'string' ? s.name : defaultSpecName(s.spec),
      ...(typeof s.client === 'string' ? { clientName: s.client } : {}),
    };
  });
  const pkg = isObj(raw.package) ? raw.package : {};
  return {
    out: rel(typeof raw.out === 'string' ? raw.out : 'generated'),
    package: {
      name: typeof pkg.name === 'string' ? pkg.name : 'generated-api',
      version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
      ...(typeof pkg.description === 'string' ? { description: pkg.description } : {}),
    },
    specs,
  };
}

export function configExists(path = CONFIG_FILE): boolean {
  return existsSync(path);
}

export function missingConfig(): FuncspecError {
  return new FuncspecError(`no ${CONFIG_FILE} here; pass --spec FILE --out DIR, or --config PATH`);
}
