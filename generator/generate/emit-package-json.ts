/** package.json of the generated package: one subpath export per spec, plus the runtime. */
import type { PackageInfo, SpecModel } from './model.js';

/** Versions the generated code is compiled against: the only packages generated code may import. */
const RUNTIME_DEPENDENCIES: Readonly<Record<string, string>> = { ajv: '^8.17.1', 'ajv-formats': '^3.0.1', re2js: '^2.10.0' };

/** The packages the generated JavaScript imports (`import … from "ajv/dist/runtime/…"` → `ajv`), as package.json dependencies. */
export function dependenciesOf(code: Iterable<string>): Record<string, string> {
  const used = new Set<string>();
  for (const text of code)
    for (const m of text.matchAll(/^import\b[^'"]*['"]([^'"./][^'"]*)['"]/gm)) {
      const spec = m[1]!;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      const version = RUNTIME_DEPENDENCIES[name];
      if (version === undefined) throw new Error(`generated code imports ${name}, which is not a declared runtime dependency`);
      used.add(name);
    }
  return Object.fromEntries([...used].sort().map((name) => [name, RUNTIME_DEPENDENCIES[name]!]));
}

export function emitPackageJson(info: PackageInfo, models: SpecModel[], dependencies: Record<string, string>): string {
  const exports: Record<string, { types: string; default: string }> = {};
  for (const m of models) exports[`./${m.name}`] = { types: `./${m.name}/index.d.ts`, default: `./${m.name}/index.js` };
  exports['./runtime'] = { types: './runtime/index.d.ts', default: './runtime/index.js' };
  const pkg = {
    name: info.name,
    version: info.version,
    description: info.description ?? `Typed clients, types and validators for ${models.map((m) => m.title).join(', ')}`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    exports: { ...exports, './package.json': './package.json' },
    files: ['**/*.js', '**/*.d.ts', 'README.md'],
    engines: { node: '>=20' },
    ...(Object.keys(dependencies).length > 0 ? { dependencies } : {}),
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}
