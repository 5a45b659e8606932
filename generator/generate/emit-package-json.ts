/** package.json of the generated package: one subpath export per spec, plus the runtime. */
import type { PackageInfo, SpecModel } from './model.js';

/** Versions the generated code is compiled against; the package's only runtime dependencies. */
const RUNTIME_DEPENDENCIES = { ajv: '^8.17.1', 'ajv-formats': '^3.0.1' };

export function emitPackageJson(info: PackageInfo, models: SpecModel[], needsAjv: boolean): string {
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
    ...(needsAjv ? { dependencies: RUNTIME_DEPENDENCIES } : {}),
  };
  return JSON.stringify(pkg, null, 2) + '\n';
}
