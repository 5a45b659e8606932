import type { LoadedDocument } from '../openapi/document.js';
import { getAtPointer, pointer } from '../openapi/pointer.js';
import { HTTP_METHODS } from '../openapi/walk.js';
import type { BodyModel, NamedSchema, OperationModel, ParameterModel, ResponseModel, SpecModel } from './model.js';
import { camelCase, isIdentifier, pascalCase, statusSuffix } from './names.js';
import { isObj, type Obj } from '../openapi/json.js';


/**
 * Load-and-check has already happened (Redocly: structure, unresolved refs). This step reads the
 * document once into the model and enforces what code generation adds on top: names that are
 * TypeScript identifiers, operationIds that are unique, no external `$ref`s.
 */
export function buildModel(loaded: LoadedDocument, name: string, options: { reservedNames?: Iterable<string>; clientName?: string } = {}): SpecModel {
  const doc = loaded.data as Obj;
  rejectUnsupportedRefs(loaded);
  const openapi = String(doc.openapi ?? '');
  const info = isObj(doc.info) ? doc.info : {};
  const components = isObj(doc.components) ? doc.components : {};

  const resolve = (node: unknown, at: string): { node: Obj; at: string } => {
    let hops = 0;
    while (isObj(node) && typeof node.$ref === 'string') {
      if (hops++ > 32) throw loaded.errorAt(at, `$ref chain too long or circular at ${at}`);
      at = node.$ref.slice(1);
      node = getAtPointer(doc, at);
    }
    if (!isObj(node)) throw loaded.errorAt(at, `expected an object at ${at}`);
    return { node, at };
  };

  const schemas = buildSchemas(loaded, components, new Set([...RESERVED_EXPORTS, ...(options.reservedNames ?? [])]));
  const taken = new Map(schemas.map((s) => [s.typeName, s.pointer]));
  const operations: OperationModel[] = [];
  const seenIds = new Map<string, string>();

  for (const [path, rawItem] of Object.entries(isObj(doc.paths) ? doc.paths : {})) {
    const { node: item, at: itemAt } = resolve(rawItem, pointer('paths', path));
    for (const method of HTTP_METHODS) {
      if (!isObj(item[method])) continue;
      const op = item[method] as Obj;
      const opAt = pointer('paths', path, method);
      const operationId = typeof op.operationId === 'string' ? op.operationId : `${method}_${path}`;
      const previous = seenIds.get(operationId);
      if (previous !== undefined) {
        const first = loaded.locate(previous);
        throw loaded.errorAt(opAt + '/operationId', `duplicate operationId '${operationId}' (first used at line ${first.line})`);
      }
      seenIds.set(operationId, opAt + '/operationId');
      const typeName = pascalCase(operationId.replace(/[{}]/g, ''));
      if (!isIdentifier(typeName)) {
        throw loaded.errorAt(opAt, `operationId '${operationId}' cannot be turned into a TypeScript identifier (got '${typeName}')`);
      }

      const parameters = mergeParameters(
        [...asArray(item.parameters).map((p, i) => resolve(p, `${itemAt}/parameters/${i}`)), ...asArray(op.parameters).map((p, i) => resolve(p, `${opAt}/parameters/${i}`))],
      );

      const bodyName = (suffix: string, schemaPointer: string | undefined): string => {
        const wanted = `${typeName}${suffix}`;
        const clash = taken.get(wanted);
        // A component deliberately named like the body it is (e.g. CreateFunctionRequestBody) is reused.
        if (clash !== undefined && schemaPointer !== undefined) {
          const ref = getAtPointer(doc, schemaPointer);
          if (isObj(ref) && ref.$ref === `#${clash}`) return wanted;
        }
        if (clash !== undefined) throw loaded.errorAt(opAt, `generated name '${wanted}' for operation '${operationId}' clashes with component schema at ${clash}`);
        return wanted;
      };

      let requestBody: OperationModel['requestBody'];
      if (op.requestBody !== undefined) {
        const { node: rb, at: rbAt } = resolve(op.requestBody, opAt + '/requestBody');
        const body = firstBody(rb, rbAt, (sp) => bodyName('RequestBody', sp));
        if (body) requestBody = { ...body, required: rb.required === true };
      }

      const responses: ResponseModel[] = [];
      for (const [status, raw] of Object.entries(isObj(op.responses) ? op.responses : {})) {
        const { node: resp, at: respAt } = resolve(raw, `${opAt}/responses/${pointer(status).slice(1)}`);
        const body = firstBody(resp, respAt, (sp) => bodyName(`Response${statusSuffix(status)}`, sp));
        responses.push({
          status,
          success: /^2/.test(status),
          ...(body ? { body } : {}),
          headers: Object.keys(isObj(resp.headers) ? resp.headers : {}),
        });
      }

      const security = (Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : []) as Obj[];
      operations.push({
        operationId,
        methodName: camelCase(typeName),
        typeName,
        method: method.toUpperCase(),
        path,
        pointer: opAt,
        ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
        ...(typeof op.description === 'string' ? { description: op.description } : {}),
        deprecated: op.deprecated === true,
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
        security: security.map((req) => Object.keys(req)),
      });
    }
  }

  const servers = asArray(doc.servers).filter(isObj).map((s) => ({
    url: String(s.url ?? '/'),
    variables: Object.entries(isObj(s.variables) ? s.variables : {}).map(([vname, v]) => {
      const vo = isObj(v) ? v : {};
      return { name: vname, default: String(vo.default ?? ''), ...(Array.isArray(vo.enum) ? { enum: vo.enum.map(String) } : {}) };
    }),
  }));

  const securitySchemes = Object.entries(isObj(components.securitySchemes) ? components.securitySchemes : {}).map(([key, raw]) => {
    const s = resolve(raw, pointer('components', 'securitySchemes', key)).node;
    return {
      key,
      type: String(s.type ?? ''),
      ...(typeof s.in === 'string' ? { in: s.in } : {}),
      ...(typeof s.name === 'string' ? { name: s.name } : {}),
      ...(typeof s.scheme === 'string' ? { scheme: s.scheme } : {}),
      ...(typeof s['x-funcspec-auth'] === 'string' ? { auth: s['x-funcspec-auth'] } : {}),
    };
  });

  const title = typeof info.title === 'string' ? info.title : name;
  const lastSegment = name.split('/').pop() ?? name;
  return {
    name,
    file: loaded.file,
    source: loaded,
    document: doc,
    openapiVersion: openapi.startsWith('3.0') ? '3.0' : '3.1',
    title,
    version: typeof info.version === 'string' ? info.version : '',
    clientName: options.clientName ?? `${pascalCase(lastSegment.replace(/[^A-Za-z0-9_-]/g, '-'))}Client`,
    servers,
    securitySchemes,
    schemas,
    operations,
  };

  function firstBody(holder: Obj, at: string, nameFor: (schemaPointer: string | undefined) => string): BodyModel | undefined {
    if (!isObj(holder.content)) return undefined;
    const entries = Object.entries(holder.content);
    // Prefer JSON when a body is offered in several media types: it is what the client speaks.
    const chosen = entries.find(([ct]) => bodyKind(ct) === 'json') ?? entries[0];
    if (!chosen) return undefined;
    const [contentType, media] = chosen;
    const schemaPointer = isObj(media) && media.schema !== undefined ? `${at}/content/${pointer(contentType).slice(1)}/schema` : undefined;
    return { contentType, typeName: nameFor(schemaPointer), kind: bodyKind(contentType), ...(schemaPointer ? { schemaPointer } : {}) };
  }
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function bodyKind(contentType: string): BodyModel['kind'] {
  const ct = contentType.toLowerCase().split(';')[0]!.trim();
  if (ct === 'application/json' || ct.endsWith('+json') || ct === '*/*') return 'json';
  if (ct.startsWith('text/')) return 'text';
  if (ct === 'multipart/form-data' || ct === 'application/x-www-form-urlencoded') return 'form';
  return 'binary';
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(resolved: Array<{ node: Obj; at: string }>): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const { node, at } of resolved) {
    const where = String(node.in) as ParameterModel['in'];
    const param: ParameterModel = {
      name: String(node.name),
      in: where,
      required: where === 'path' || node.required === true,
      pointer: at,
      ...(node.schema !== undefined ? { schemaPointer: `${at}/schema` } : {}),
      ...(typeof node.style === 'string' ? { style: node.style } : {}),
      ...(typeof node.explode === 'boolean' ? { explode: node.explode } : {}),
    };
    byKey.set(`${where}:${where === 'header' ? param.name.toLowerCase() : param.name}`, param);
  }
  return [...byKey.values()];
}

/**
 * Names the generated modules declare besides the schemas (the runtime's exports are added by the
 * caller), and globals a schema type must not shadow. A schema with such a name gets a `Schema` suffix.
 */
const RESERVED_EXPORTS = new Set([
  'paths', 'components', 'operations', 'webhooks', '$defs', 'Readable', 'Writable', '$Read', '$Write',
  'validators', 'defaultBaseUrl', 'Error', 'Headers', 'Response', 'Request', 'Promise', 'Record', 'Partial',
  'Pick', 'Omit', 'NonNullable', 'URL', 'Date', 'Map', 'Set', 'Array', 'Object', 'String', 'Number', 'Boolean',
]);

function buildSchemas(loaded: LoadedDocument, components: Obj, reserved: Set<string>): NamedSchema[] {
  const out: NamedSchema[] = [];
  const byName = new Map<string, string>();
  for (const [key, schema] of Object.entries(isObj(components.schemas) ? components.schemas : {})) {
    const at = pointer('components', 'schemas', key);
    const pascal = pascalCase(key);
    // Keep clear of the names every generated module exports itself.
    const typeName = reserved.has(pascal) ? `${pascal}Schema` : pascal;
    if (!isIdentifier(typeName)) {
      throw loaded.errorAt(at, `schema name '${key}' cannot be turned into a TypeScript identifier (got '${typeName}'); rename it to letters, digits, '_', '-' or '.'`);
    }
    const clash = byName.get(typeName);
    if (clash !== undefined) throw loaded.errorAt(at, `schema name '${key}' and '${clash}' both become the TypeScript name '${typeName}'`);
    byName.set(typeName, key);
    out.push({
      key,
      typeName,
      pointer: at,
      deprecated: isObj(schema) && schema.deprecated === true,
      hasReadWrite: containsReadWrite(schema, components),
    });
  }
  return out;
}

function containsReadWrite(schema: unknown, components: Obj): boolean {
  const schemas = isObj(components.schemas) ? components.schemas : {};
  const stack = [schema];
  const seen = new Set<unknown>();
  while (stack.length) {
    const node = stack.pop();
    if (!isObj(node) && !Array.isArray(node)) continue;
    if (seen.has(node)) continue;
    seen.add(node);
    if (isObj(node) && (node.readOnly === true || node.writeOnly === true)) return true;
    if (isObj(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
      stack.push(schemas[decodeURIComponent(node.$ref.slice('#/components/schemas/'.length)).replace(/~1/g, '/').replace(/~0/g, '~')]);
    }
    stack.push(...Object.values(node));
  }
  return false;
}

function rejectUnsupportedRefs(loaded: LoadedDocument): void {
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${at}/${i}`));
    else if (isObj(node)) {
      if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
        throw loaded.errorAt(`${at}/$ref`, `external $ref '${node.$ref}' is not supported; bundle the document into one file first (e.g. \`redocly bundle\`)`);
      }
      // openapi-typescript renders these as indexed access into `paths` that does not type-check.
      if (typeof node.$ref === 'string' && /^#\/paths\/.*\/schema(\/|$)/.test(node.$ref)) {
        throw loaded.errorAt(`${at}/$ref`, `$ref '${node.$ref}' points into a schema inside /paths, which is not supported; move that schema to components/schemas and reference it from both places`);
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}${pointer(k)}`);
    }
  };
  walk(loaded.data, '');
}
