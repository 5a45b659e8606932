/** README.md of the generated package: per spec, its import path, operations and a first call. */
import type { AuthFactoryModel, PackageInfo, SpecModel } from './model.js';
import { renderTemplate } from './render.js';

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
  return renderTemplate('README.md', { packageName: info.name, specs });
}

/** What the example passes as the credential: something a reader recognises and replaces. */
const CREDENTIAL_PLACEHOLDERS: Record<AuthFactoryModel['credential'], string> = {
  options: '/* credentials, see its options */',
  token: 'process.env.API_TOKEN!',
  key: 'process.env.API_KEY!',
};

/** The README's `auth:` line: the spec's first security scheme, through its runtime factory when there is one. */
function authExample(model: SpecModel): { authImport?: string; authCode: string } {
  const scheme = model.securitySchemes[0];
  if (!scheme) return { authCode: 'undefined /* this API declares no authentication */' };
  const factory = scheme.factory;
  if (!factory) return { authCode: '/* an Auth: { apply(request) { … } } */ undefined' };
  return { authImport: factory.name, authCode: `${factory.name}(${[...factory.args, CREDENTIAL_PLACEHOLDERS[factory.credential]].join(', ')})` };
}
