/** client.ts of a spec: one typed method per operation over the runtime's `send`. */
import { jsDocText, jsLiteral } from './escape.js';
import { apiText } from './jsdoc.js';
import type { OperationModel, SpecModel } from './model.js';
import { renderTemplate } from './render.js';

/** Headers the transport fills in itself; the caller may still override them. */
const TRANSPORT_HEADERS = new Set(['content-type', 'accept', 'content-length']);

interface InputField {
  key: string;
  optional: boolean;
  type: string;
  /** The generated type it refers to, for the import list. */
  uses?: string;
}

function inputFields(op: OperationModel, writableNames: Set<string>): InputField[] {
  const fields: InputField[] = [];
  const groups = [
    ['path', 'PathParams'],
    ['query', 'Query'],
    ['header', 'Headers'],
  ] as const;
  for (const [where, suffix] of groups) {
    const params = op.parameters.filter((p) => p.in === where);
    if (params.length === 0) continue;
    const typeName = `${op.typeName}${suffix}`;
    const loosened = where === 'header' ? params.filter((p) => TRANSPORT_HEADERS.has(p.name.toLowerCase())).map((p) => p.name) : [];
    const keys = loosened.map((n) => jsLiteral(n)).join(' | ');
    const type = loosened.length > 0 ? `Omit<${typeName}, ${keys}> & Partial<Pick<${typeName}, ${keys}>>` : typeName;
    const required = params.some((p) => p.required && !loosened.includes(p.name));
    fields.push({ key: where === 'header' ? 'headers' : where, optional: !required, type, uses: typeName });
  }
  if (op.requestBody) {
    const typed = op.requestBody.schemaPointer !== undefined;
    // A component reused as a request body is sent in its write view (read-only members removed).
    const writable = writableNames.has(op.requestBody.typeName) ? `${op.requestBody.typeName}Writable` : op.requestBody.typeName;
    fields.push({ key: 'body', optional: !op.requestBody.required, type: typed ? writable : 'unknown', ...(typed ? { uses: writable } : {}) });
  }
  return fields;
}

function resultType(op: OperationModel): string {
  const success = op.responses.filter((r) => r.success);
  if (success.length === 0) return 'ApiResponse<number, unknown>';
  return success
    .map((r) => {
      const status = /^\d+$/.test(r.status) ? r.status : 'number';
      return `ApiResponse<${status}, ${r.body?.schemaPointer ? r.body.typeName : 'undefined'}>`;
    })
    .join(' | ');
}

/** What an operation's security requirements ask of the caller, in a sentence. */
function securityLine(security: string[][] | undefined): string | undefined {
  if (security === undefined) return undefined;
  const alternatives = security.filter((r) => r.length > 0).map((r) => r.map((k) => `\`${k.replace(/`/g, '')}\``).join(' and '));
  if (alternatives.length === 0) return 'Authentication: none (no `auth` is applied).';
  const optional = security.some((r) => r.length === 0) ? ', or none' : '';
  return `Authentication: ${alternatives.join(', or ')}${optional}.`;
}

/** The method's JSDoc, one entry per line (the template escapes each as comment text). */
function docLines(op: OperationModel): string[] {
  const lines: string[] = [];
  const text = [op.summary, op.description]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map((t) => jsDocText(apiText(t)).trim())
    .join('\n\n');
  if (text) lines.push(...text.split('\n'), '');
  lines.push(`\`${op.method} ${op.path}\` (operationId \`${op.operationId}\`)`);
  const security = securityLine(op.security);
  if (security) lines.push('', security);
  if (op.deprecated) lines.push('@deprecated');
  return lines;
}

/**
 * The client's options type: the runtime's, with `serverVariables` narrowed to the first server's
 * variables (an enum becomes a union, so a misspelt name or value does not compile, where the
 * runtime's `Record<string, string>` let it through to a call of the default server) and `auth`
 * also taking one `Auth` per security scheme of the spec.
 */
function optionFields(model: SpecModel): Array<{ key: string; type: string; doc: string }> {
  const server = model.servers[0];
  const variables = server?.variables ?? [];
  const variableType =
    variables.length === 0
      ? 'Readonly<Record<string, never>>'
      : `{ ${variables.map((v) => `readonly ${jsLiteral(v.name)}?: ${v.enum && v.enum.length > 0 ? v.enum.map((e) => jsLiteral(e)).join(' | ') : 'string'}`).join('; ')} }`;
  const defaults = variables.map((v) => `${v.name} = ${v.default}`).join(', ');
  const fields = [
    {
      key: 'serverVariables',
      type: variableType,
      doc:
        variables.length === 0
          ? "The spec's server has no variables."
          : `Values for the variables of \`${server!.url.replace(/`/g, '')}\` when \`baseUrl\` is not given (defaults: ${defaults}).`,
    },
  ];
  const schemes = model.securitySchemes.map((sc) => `readonly ${jsLiteral(sc.key)}?: Auth`);
  fields.push({
    key: 'auth',
    type: schemes.length === 0 ? 'Auth' : `Auth | { ${schemes.join('; ')} }`,
    doc:
      schemes.length === 0
        ? 'Applied to every call (the spec declares no security schemes).'
        : "One `Auth` for every operation that needs authentication, or one per security scheme by its key: each call then uses the first of its operation's requirements they meet (see each method).",
  });
  return fields;
}

export function emitClient(model: SpecModel): string {
  const typeImports = new Set<string>();
  const writableNames = new Set(model.schemas.filter((s) => s.hasReadWrite).map((s) => s.typeName));
  const operations = model.operations.map((op) => {
    const fields = inputFields(op, writableNames);
    for (const f of fields) if (f.uses) typeImports.add(f.uses);
    for (const r of op.responses) if (r.success && r.body?.schemaPointer) typeImports.add(r.body.typeName);
    const descriptor = {
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      headerParams: op.parameters.filter((p) => p.in === 'header').map((p) => p.name),
      ...(op.requestBody ? { bodyKind: op.requestBody.kind, contentType: op.requestBody.contentType } : {}),
      ...(model.version ? { apiVersion: model.version } : {}),
      ...(op.security ? { security: op.security } : {}),
    };
    return {
      operationId: op.operationId,
      methodName: op.methodName,
      descriptorName: `${op.methodName}Operation`,
      descriptor,
      inputName: `${op.typeName}Input`,
      inputDoc: `Input of {@link ${model.clientName}.${op.methodName}}.`,
      resultDoc: `What {@link ${model.clientName}.${op.methodName}} resolves to, by HTTP status.`,
      resultName: `${op.typeName}Result`,
      inputFields: fields,
      inputOptional: fields.every((f) => f.optional),
      resultType: resultType(op),
      docLines: docLines(op),
    };
  });
  const server = model.servers[0];
  const baseUrl = server ? server.url.replace(/\{([^}]+)\}/g, (_m, v: string) => server.variables.find((x) => x.name === v)?.default ?? v) : '';
  // The template too, so `serverVariables: { region }` can pick another region without a baseUrl.
  const serverTemplate = server ? { url: server.url, variables: Object.fromEntries(server.variables.map((v) => [v.name, v.default])) } : { url: '' };
  const authLines = model.securitySchemes.map((sc) => {
    const how = sc.factory ? `${sc.factory.name}(${[...sc.factory.args.map((a) => jsLiteral(a)), '…'].join(', ')})` : 'a custom Auth';
    // A backtick inside would end the code span early.
    return `- ${sc.key.replace(/`/g, '')}: \`${how.replace(/`/g, '')}\``;
  });
  return renderTemplate('client.ts', {
    authLines,
    file: model.origin,
    runtimeHttp: `${model.runtimeImport}/http.js`,
    runtimeAuth: `${model.runtimeImport}/auth.js`,
    clientName: model.clientName,
    optionsName: `${model.clientName}Options`,
    optionsDoc: `Options of {@link ${model.clientName}}: the runtime's \`ClientOptions\`, with this API's server variables and security schemes.`,
    optionFields: optionFields(model),
    titleDoc: `Client for ${model.title}${model.version ? ` (${model.version})` : ''}.`,
    typeImports: [...typeImports].sort(),
    operations,
    defaultBaseUrl: baseUrl,
    serverTemplate,
  });
}
