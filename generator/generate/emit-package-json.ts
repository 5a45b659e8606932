import type { SpecModel } from './model.js';
import { render } from './render.js';

export interface PackageInfo {
  name: string;
  version: string;
  description?: string;
}

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

export function emitReadme(info: PackageInfo, models: SpecModel[]): string {
  const specs = models.map((m) => {
    const first = m.operations[0];
    return {
      name: m.name,
      title: m.title,
      version: m.version,
      file: m.file,
      clientName: m.clientName,
      importPath: `${info.name}/${m.name}`,
      operations: m.operations.map((op) => ({ ...op, summary: (op.summary ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ') })),
      firstMethod: first?.methodName,
      ...authExample(m),
      schemaCount: m.schemas.length,
    };
  });
  return render('README.md', { packageName: info.name, specs });
}

/** The README's `auth:` line: the spec's first security scheme, through its runtime factory when named. */
function authExample(model: SpecModel): { authImport?: string; authCode: string } {
  const scheme = model.securitySchemes[0];
  if (!scheme) return { authCode: 'undefined /* this API declares no authentication */' };
  if (scheme.auth) return { authImport: scheme.auth, authCode: `${scheme.auth}(/* credentials, see its options */)` };
  if (scheme.type === 'http' && scheme.scheme === 'bearer') return { authImport: 'bearerToken', authCode: 'bearerToken(process.env.API_TOKEN!)' };
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { authImport: 'headerToken', authCode: `headerToken(${JSON.stringify(scheme.name)}, process.env.API_KEY!)` };
  return { authCode: '/* an Auth: { apply(request) { … } } */ undefined' };
}
