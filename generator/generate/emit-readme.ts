/** README.md of the generated package: per spec, its import path, operations and a first call. */
import { jsIdentifier, jsLiteral } from './escape.js';
import type { AuthFactoryModel, PackageInfo, SpecModel } from './model.js';
import { renderTemplate } from './render.js';

/** `regenerate` is the command the README tells a reader to run, e.g. `funcspec generate --spec api.yaml --out client`. */
export function emitReadme(info: PackageInfo, models: SpecModel[], regenerate = 'funcspec generate'): string {
  const specs = models.map((m) => {
    const first = m.operations[0];
    return {
      name: m.name,
      title: m.title,
      version: m.version,
      file: m.origin,
      clientName: m.clientName,
      importPath: `${info.name}/${m.name}`,
      // Values are escaped by the template's helpers (Markdown text, code spans): see render.ts.
      operations: m.operations.map((op) => ({ methodName: op.methodName, http: `${op.method} ${op.path}`, operationId: op.operationId, summary: op.summary ?? '' })),
      firstMethod: first?.methodName,
      ...authExample(m),
      // With several schemes, `auth` may also be one per scheme; each call picks what its operation accepts.
      ...(m.securitySchemes.length > 1 ? { authSchemes: `auth: { ${m.securitySchemes.map((sc) => `${jsLiteral(sc.key)}: …`).join(', ')} }` } : {}),
      schemaCount: m.schemas.length,
    };
  });
  return renderTemplate('README.md', { packageName: info.name, regenerate, specs });
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
  // HTML-safe literals: the example is code in a Markdown fence, where a renderer may still meet `<`.
  const args = factory.args.map((a) => jsLiteral(a, { htmlSafe: true }));
  return { authImport: factory.name, authCode: `${jsIdentifier(factory.name)}(${[...args, CREDENTIAL_PLACEHOLDERS[factory.credential]].join(', ')})` };
}
