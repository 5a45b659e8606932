/** The one read of an OpenAPI document into the generator's model (./model.ts); emitters read nothing else. */
import type { LoadedDocument } from '../openapi/document.js';
import { isObj, someObject, str, type Obj } from '../openapi/json.js';
import { baseMediaType, isJsonMediaType } from '../openapi/media.js';
import { getAtPointer, parsePointer, pointer } from '../openapi/pointer.js';
import { child, deref, entries, refTarget, type Located } from '../openapi/refs.js';
import { operationsOf, parameterList, pathItems, requestBodyOf, responsesOf } from '../openapi/walk.js';
import type { AuthFactoryModel, BodyModel, NamedSchema, OperationModel, ParameterModel, ResponseModel, SecuritySchemeModel, SpecModel, ValidatorModel } from './model.js';
import { claimExportedNames, FIXED_NAMES, GLOBAL_NAMES, type ClientNameSource } from './exported-names.js';
import { clientNameFor, isIdentifier, methodNameFor, pascalCase, statusSuffix } from './names.js';

/** A node that `$ref`s have been followed to, known to be an object. */
type ObjectNode = Located & { value: Obj };

/** The dialect a document's schemas are written in: OpenAPI 3.0's, or 3.1's (JSON Schema 2020-12). */
export function openapiVersionOf(document: unknown): '3.0' | '3.1' {
  return String(isObj(document) ? (document.openapi ?? '') : '').startsWith('3.0') ? '3.0' : '3.1';
}

/**
 * Load-and-check has already happened (Redocly: structure, unresolved refs). This step reads the
 * document once into the model and enforces what code generation adds on top: names that are
 * TypeScript identifiers, operationIds that are unique, no external `$ref`s.
 */
export function buildModel(
  loaded: LoadedDocument,
  name: string,
  options: { reservedNames?: Iterable<string>; clientName?: string; clientSource?: ClientNameSource; source?: string } = {},
): SpecModel {
  const doc = loaded.data as Obj;
  rejectUnsupportedRefs(loaded);
  const info = isObj(doc.info) ? doc.info : {};
  const components = isObj(doc.components) ? doc.components : {};
  const root: Located = { value: doc, ptr: '' };

  // Every node the model reads must be an object once its `$ref`s are followed; say where it is not.
  const resolve = (node: Located): ObjectNode => {
    const found = deref(doc, node);
    if (isObj(found.value) && '$ref' in found.value) {
      // deref stops at a reference to nothing and at a loop (lint reports both first; say which).
      const target = refTarget(found.value.$ref);
      if (target !== undefined && getAtPointer(doc, target) !== undefined) throw loaded.errorAt(found.ptr, `$ref chain too long or circular at ${found.ptr}`);
      const at = target ?? found.ptr;
      throw loaded.errorAt(at, `expected an object at ${at}`);
    }
    if (!isObj(found.value)) throw loaded.errorAt(found.ptr, `expected an object at ${found.ptr}`);
    return { value: found.value, ptr: found.ptr };
  };

  const runtimeNames = [...(options.reservedNames ?? [])];
  // A schema named like something every module declares (or a global it uses) gets a `Schema` suffix.
  const schemas = buildSchemas(loaded, components, new Set([...FIXED_NAMES, ...GLOBAL_NAMES, ...runtimeNames]));
  const taken = new Map(schemas.map((s) => [s.typeName, s.pointer]));
  const operations: OperationModel[] = [];
  const seenIds = new Map<string, string>();
  const seenTypeNames = new Map<string, { operationId: string; at: string }>();

  for (const { path, item } of pathItems(doc)) {
    resolve(item); // a path item that is not an object is a mistake, not an empty path
    for (const [method, operation] of operationsOf(item)) {
      const op = operation.value as Obj;
      const opAt = operation.ptr;
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
      const sameName = seenTypeNames.get(typeName);
      if (sameName !== undefined) {
        throw loaded.errorAt(
          opAt + '/operationId',
          `operationIds '${operationId}' and '${sameName.operationId}' (line ${loaded.locate(sameName.at).line}) both become the name '${typeName}'; give one of them another operationId`,
        );
      }
      seenTypeNames.set(typeName, { operationId, at: opAt });

      const parameters = mergeParameters([...parameterList(doc, child(item, 'parameters')), ...parameterList(doc, child(operation, 'parameters'))].map(resolve));

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
      const rawBody = requestBodyOf(doc, operation);
      if (rawBody) {
        const rb = resolve(rawBody);
        const body = firstBody(rb, (sp) => bodyName('RequestBody', sp));
        if (body) requestBody = { ...body, required: rb.value.required === true };
      }

      const responses: ResponseModel[] = [];
      for (const [status, raw] of responsesOf(doc, operation)) {
        const resp = resolve(raw);
        const body = firstBody(resp, (sp) => bodyName(`Response${statusSuffix(status)}`, sp));
        responses.push({
          status,
          success: /^2/.test(status),
          ...(body ? { body } : {}),
          headers: Object.keys(isObj(resp.value.headers) ? resp.value.headers : {}),
        });
      }

      // The operation's requirements replace the document's; neither declaring any is not the same as `[]`.
      const security = (Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : undefined) as unknown[] | undefined;
      operations.push({
        operationId,
        methodName: methodNameFor(typeName),
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
        ...(security ? { security: security.map((req) => Object.keys(isObj(req) ? req : {})) } : {}),
      });
    }
  }

  const servers = asArray(doc.servers)
    .filter(isObj)
    .map((s) => ({
      url: String(s.url ?? '/'),
      variables: Object.entries(isObj(s.variables) ? s.variables : {}).map(([vname, v]) => {
        const vo = isObj(v) ? v : {};
        return { name: vname, default: String(vo.default ?? ''), ...(Array.isArray(vo.enum) ? { enum: vo.enum.map(String) } : {}) };
      }),
    }));

  const securitySchemes = entries(child(root, 'components'), 'securitySchemes').map(([key, raw]) => securityScheme(key, resolve(raw).value));

  const title = typeof info.title === 'string' ? info.title : name;
  const model: SpecModel = {
    name,
    file: loaded.file,
    origin: options.source ?? loaded.file.split(/[\\/]/).pop() ?? loaded.file,
    source: loaded,
    document: doc,
    openapiVersion: openapiVersionOf(doc),
    title,
    version: typeof info.version === 'string' ? info.version : '',
    clientName: options.clientName ?? clientNameFor(title),
    runtimeImport: `${'../'.repeat(name.split('/').length)}runtime`,
    servers,
    securitySchemes,
    schemas,
    operations,
    validators: validatorTargets(schemas, operations),
    exportedNames: new Set(),
  };
  model.exportedNames = claimExportedNames(model, loaded, runtimeNames, options.clientSource);
  return model;

  function firstBody(holder: Located, nameFor: (schemaPointer: string | undefined) => string): BodyModel | undefined {
    const offered = entries(holder, 'content');
    // Prefer JSON when a body is offered in several media types: it is what the client speaks.
    const chosen = offered.find(([ct]) => bodyKind(ct) === 'json') ?? offered[0];
    if (!chosen) return undefined;
    const [contentType, media] = chosen;
    const schemaPointer = isObj(media.value) && media.value.schema !== undefined ? child(media, 'schema').ptr : undefined;
    return { contentType, typeName: nameFor(schemaPointer), kind: bodyKind(contentType), ...(schemaPointer ? { schemaPointer } : {}) };
  }
}

function securityScheme(key: string, s: Obj): SecuritySchemeModel {
  const auth = str(s['x-funcspec-auth']);
  const scheme: SecuritySchemeModel = {
    key,
    type: String(s.type ?? ''),
    ...(typeof s.in === 'string' ? { in: s.in } : {}),
    ...(typeof s.name === 'string' ? { name: s.name } : {}),
    ...(typeof s.scheme === 'string' ? { scheme: s.scheme } : {}),
    ...(auth !== undefined ? { auth } : {}),
  };
  const factory = authFactory(scheme);
  return factory ? { ...scheme, factory } : scheme;
}

/** The runtime factory a client passes as `auth` for a scheme: the one the spec names, else the generic one its type calls for. */
function authFactory(scheme: SecuritySchemeModel): AuthFactoryModel | undefined {
  if (scheme.auth) return { name: scheme.auth, args: [], credential: 'options' };
  if (scheme.type === 'http' && scheme.scheme === 'bearer') return { name: 'bearerToken', args: [], credential: 'token' };
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { name: 'headerToken', args: [scheme.name], credential: 'key' };
  return undefined;
}

/**
 * Every component schema gets a validator, then every request and response body that has a schema,
 * named after its type. A body reusing a component under the component's own name is the component's.
 */
function validatorTargets(schemas: NamedSchema[], operations: OperationModel[]): ValidatorModel[] {
  const out = new Map<string, ValidatorModel>();
  for (const s of schemas) out.set(s.typeName, { typeName: s.typeName, schemaPointer: s.pointer, role: 'schema' });
  for (const op of operations) {
    const rb = op.requestBody;
    if (rb?.schemaPointer && rb.kind === 'json' && !out.has(rb.typeName)) {
      out.set(rb.typeName, { typeName: rb.typeName, schemaPointer: rb.schemaPointer, operationId: op.operationId, role: 'request' });
    }
    for (const r of op.responses) {
      if (r.body?.schemaPointer && r.body.kind === 'json' && !out.has(r.body.typeName)) {
        out.set(r.body.typeName, { typeName: r.body.typeName, schemaPointer: r.body.schemaPointer, operationId: op.operationId, role: 'response', status: r.status });
      }
    }
  }
  return [...out.values()];
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** How a client sends or reads a body; the wildcard type is sent as JSON, the one body every API accepts. */
export function bodyKind(contentType: string): BodyModel['kind'] {
  const ct = baseMediaType(contentType);
  if (isJsonMediaType(ct) || ct === '*/*') return 'json';
  if (ct.startsWith('text/')) return 'text';
  if (ct === 'multipart/form-data' || ct === 'application/x-www-form-urlencoded') return 'form';
  return 'binary';
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(resolved: ObjectNode[]): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const { value: node, ptr: at } of resolved) {
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

function buildSchemas(loaded: LoadedDocument, components: Obj, reserved: Set<string>): NamedSchema[] {
  const out: NamedSchema[] = [];
  const byName = new Map<string, string>();
  const all = isObj(components.schemas) ? components.schemas : {};
  const hasReadWrite = readWriteSchemas(all);
  for (const [key, schema] of Object.entries(all)) {
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
      hasReadWrite: hasReadWrite(key),
    });
  }
  return out;
}

/**
 * Whether a component schema, or a component schema it refers to at any remove, marks anything
 * readOnly or writeOnly. Only whole component schemas are followed; a `$ref` into part of one is walked
 * where it is written. Each schema's own tree is walked once, then the answers follow the references
 * between schemas (walking every closure from each schema was quadratic on large documents).
 */
function readWriteSchemas(schemas: Obj): (key: string) => boolean {
  const own = new Map<string, { marks: boolean; refers: Set<string> }>();
  const ownOf = (key: string): { marks: boolean; refers: Set<string> } => {
    let found = own.get(key);
    if (found) return found;
    const refers = new Set<string>();
    const marks = someObject(schemas[key], (node) => {
      if (node.readOnly === true || node.writeOnly === true) return true;
      const target = refTarget(node.$ref);
      const tokens = target === undefined ? [] : parsePointer(target);
      if (tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas' && Object.hasOwn(schemas, tokens[2]!)) refers.add(tokens[2]!);
    });
    found = { marks, refers };
    own.set(key, found);
    return found;
  };
  const answers = new Map<string, boolean>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    const seen = new Set([key]);
    const stack = [key];
    let marks = false;
    while (stack.length > 0 && !marks) {
      const { marks: m, refers } = ownOf(stack.pop()!);
      marks = m || [...refers].some((k) => answers.get(k) === true);
      for (const k of refers) {
        if (seen.has(k) || answers.get(k) === false) continue;
        seen.add(k);
        stack.push(k);
      }
    }
    answers.set(key, marks);
    return marks;
  };
}

function rejectUnsupportedRefs(loaded: LoadedDocument): void {
  // The walk below builds a pointer for every value, to say where the first offender is: only worth it when there is one.
  if (!someObject(loaded.data, (node) => typeof node.$ref === 'string' && unsupportedRef(node.$ref))) return;
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${at}/${i}`));
    else if (isObj(node)) {
      if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
        throw loaded.errorAt(`${at}/$ref`, `external $ref '${node.$ref}' is not supported; bundle the document into one file first (e.g. \`redocly bundle\`)`);
      }
      // openapi-typescript renders these as indexed access into `paths` that does not type-check.
      if (typeof node.$ref === 'string' && INTO_PATH_SCHEMA.test(node.$ref)) {
        throw loaded.errorAt(
          `${at}/$ref`,
          `$ref '${node.$ref}' points into a schema inside /paths, which is not supported; move that schema to components/schemas and reference it from both places`,
        );
      }
      for (const [k, v] of Object.entries(node)) walk(v, `${at}${pointer(k)}`);
    }
  };
  walk(loaded.data, '');
}

/** A `$ref` into a schema written inside /paths. */
const INTO_PATH_SCHEMA = /^#\/paths\/.*\/schema(\/|$)/;

/** What rejectUnsupportedRefs refuses: an external `$ref`, or one into a schema inside /paths. */
const unsupportedRef = (ref: string): boolean => !ref.startsWith('#') || INTO_PATH_SCHEMA.test(ref);
