/** `generate` end to end: each spec loaded, checked and modelled, every output file emitted, the whole compiled. */
import { FuncspecError } from '../errors.js';
import { loadDocument } from '../openapi/document.js';
import { invalidDocumentError, lintOpenApi } from '../openapi/lint.js';
import { checkOpenApiVersion } from '../openapi/version.js';
import { buildModel } from './build-model.js';
import { compilePackage } from './compile.js';
import { emitClient } from './emit-client.js';
import { emitIndex } from './emit-index.js';
import { emitPackageJson } from './emit-package-json.js';
import { emitReadme } from './emit-readme.js';
import { emitTypes } from './emit-types.js';
import { emitValidatorCode } from './emit-validator-code.js';
import { emitValidatorDeclarations } from './emit-validator-declarations.js';
import { emitValidatorWrappers } from './emit-validator-wrappers.js';
import type { PackageInfo, SpecModel } from './model.js';
import { runtimeAuthFactories, runtimeExportNames, runtimeSources } from './runtime-sources.js';

/** One spec of the package, as funcspec.config.json or `--spec` lists it. */
export interface SpecEntry {
  /** Path of the OpenAPI document. */
  file: string;
  /** Subpath in the package, e.g. `huaweicloud/functiongraph`. */
  name: string;
  /** Class name of the generated client; derived from `name` when absent. */
  clientName?: string;
}

export interface GenerateOptions {
  specs: SpecEntry[];
  package: PackageInfo;
  /** Called once per spec as it starts (the CLI prints progress on a TTY). */
  onProgress?: (spec: SpecEntry, index: number) => void;
}

/** Load → check → model. Any problem is a FuncspecError naming file:line:column. */
export async function loadSpec(entry: SpecEntry): Promise<SpecModel> {
  const loaded = await loadDocument(entry.file);
  checkOpenApiVersion(loaded);
  const problems = await lintOpenApi(loaded.text, entry.file);
  if (problems.length > 0) throw invalidDocumentError(problems, loaded);
  const runtimeNames = runtimeExportNames();
  const model = buildModel(loaded, entry.name, { reservedNames: runtimeNames, ...(entry.clientName ? { clientName: entry.clientName } : {}) });
  // `x-funcspec-auth` names the runtime factory that implements a security scheme; a typo would
  // otherwise only surface as wrong documentation.
  for (const scheme of model.securitySchemes) {
    if (scheme.auth !== undefined && !runtimeNames.includes(scheme.auth)) {
      throw loaded.errorAt(
        `/components/securitySchemes/${scheme.key}/x-funcspec-auth`,
        `x-funcspec-auth '${scheme.auth}' is not a runtime export (auth factories: ${runtimeAuthFactories().join(', ')})`,
      );
    }
  }
  return model;
}

/** The whole package as a map of relative path → content. Pure: writes nothing. */
export async function generatePackage(options: GenerateOptions): Promise<Map<string, string>> {
  const names = new Set<string>();
  for (const s of options.specs) {
    if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/.test(s.name))
      throw new FuncspecError(`output name '${s.name}' must be lower-case path segments (letters, digits, '.', '_', '-')`, { file: s.file });
    if (s.name === 'runtime' || names.has(s.name)) throw new FuncspecError(`output name '${s.name}' is used twice or reserved`, { file: s.file });
    names.add(s.name);
  }
  const models: SpecModel[] = [];
  const sources = new Map<string, string>();
  const rawJs = new Map<string, string>();
  for (const [i, spec] of options.specs.entries()) {
    options.onProgress?.(spec, i);
    const model = await loadSpec(spec);
    models.push(model);
    sources.set(`${model.name}/types.ts`, await emitTypes(model));
    sources.set(`${model.name}/validators.raw.d.ts`, emitValidatorDeclarations(model));
    rawJs.set(`${model.name}/validators.raw.js`, emitValidatorCode(model));
    sources.set(`${model.name}/validators.ts`, emitValidatorWrappers(model));
    sources.set(`${model.name}/client.ts`, emitClient(model));
    sources.set(`${model.name}/index.ts`, emitIndex(model));
  }
  for (const [path, text] of runtimeSources()) sources.set(`runtime/${path}`, text);

  const compiled = compilePackage(sources, (file) => {
    const model = models.find((m) => file.startsWith(`${m.name}/`));
    return model ? `This comes from ${model.file}; please report the construct that triggers it.` : 'This is a funcspec bug in the runtime.';
  });
  const files = new Map<string, string>();
  for (const [path, text] of compiled) files.set(path, text);
  for (const [path, text] of sources) if (path.endsWith('.d.ts')) files.set(path, text);
  for (const [path, text] of rawJs) files.set(path, text);
  const needsAjv = [...rawJs.values()].some((code) => code.includes('import '));
  files.set('package.json', emitPackageJson(options.package, models, needsAjv));
  files.set('README.md', emitReadme(options.package, models));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
