/**
 * Lists the nodes of an OpenAPI document where they are defined (the audits and drift read these): operations,
 * parameters, security schemes, response headers and every schema (with, for a property, its
 * name and the schema that holds it). `$ref`s are not followed: every node is visited once, where it
 * is defined.
 */
import { isObj, type Obj } from './json.js';
import { pointer } from './pointer.js';
import { deref } from './refs.js';
import { HTTP_METHODS, pathItems as pathItemEntries } from './walk.js';

const isRef = (v: unknown): boolean => isObj(v) && typeof v.$ref === 'string';

export interface OperationSite {
  pointer: string;
  path: string;
  method: string;
  operation: Obj;
}

export interface ParameterSite {
  pointer: string;
  parameter: Obj;
}

export interface SecuritySchemeSite {
  pointer: string;
  key: string;
  scheme: Obj;
}

export interface ResponseHeaderSite {
  /** Where the header is used (`.../responses/200/headers/X-Request-Id`). */
  pointer: string;
  name: string;
  /** The header object, `$ref` resolved within the document. */
  header: Obj;
}

export interface SchemaSite {
  pointer: string;
  schema: Obj;
  /**
   * Set when the schema is `properties[name]` of another schema. `restates` is true when that
   * schema is a subschema in applicator position (allOf/anyOf/oneOf/not/if/then/else/
   * dependentSchemas) of an object that defines `name` itself: the property is then a condition
   * on a field defined elsewhere (`anyOf: [{not: {properties: {code_type: {const: obs}}}}, ...]`),
   * not a field definition.
   */
  property?: { name: string; parent: Obj; parentPointer: string; restates: boolean };
  /** Set for `components/schemas/<name>`. */
  componentName?: string;
}

/** Keywords whose subschemas describe other values (properties, items, ...): new owners. */
const SUB_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;
const SUB_ONES = ['additionalProperties', 'items', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames', 'contentSchema'] as const;
const SUB_LISTS = ['prefixItems'] as const;
/** Keywords whose subschemas apply to the same value as their parent (in-place applicators). */
const IN_PLACE_ONES = ['not', 'if', 'then', 'else'] as const;
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const IN_PLACE_MAPS = ['dependentSchemas'] as const;

/** Whether `owner` defines property `name` in its own `properties`. */
function defines(owner: Obj, name: string): boolean {
  return isObj(owner.properties) && Object.prototype.hasOwnProperty.call(owner.properties, name);
}

/**
 * `owner` is the schema whose value `node` applies to: `node` itself, or for a subschema in
 * applicator position, the schema it was reached from.
 */
function walkSchema(node: unknown, at: string, out: SchemaSite[], extra: Omit<SchemaSite, 'pointer' | 'schema'> = {}, owner?: Obj): void {
  if (!isObj(node)) return; // boolean schemas carry nothing
  out.push({ pointer: at, schema: node, ...extra });
  const self = owner ?? node;
  for (const k of SUB_MAPS) {
    const m = node[k];
    if (!isObj(m)) continue;
    for (const [name, sub] of Object.entries(m)) {
      const restates = self !== node && defines(self, name);
      walkSchema(sub, at + pointer(k, name), out, k === 'properties' ? { property: { name, parent: node, parentPointer: at, restates } } : {});
    }
  }
  for (const k of SUB_ONES) {
    const sub = node[k];
    if (Array.isArray(sub)) sub.forEach((s, i) => walkSchema(s, at + pointer(k, i), out));
    else walkSchema(sub, at + pointer(k), out);
  }
  for (const k of SUB_LISTS) {
    const list = node[k];
    if (Array.isArray(list)) list.forEach((s, i) => walkSchema(s, at + pointer(k, i), out));
  }
  for (const k of IN_PLACE_ONES) walkSchema(node[k], at + pointer(k), out, {}, self);
  for (const k of IN_PLACE_LISTS) {
    const list = node[k];
    if (Array.isArray(list)) list.forEach((s, i) => walkSchema(s, at + pointer(k, i), out, {}, self));
  }
  for (const k of IN_PLACE_MAPS) {
    const m = node[k];
    if (isObj(m)) for (const [name, sub] of Object.entries(m)) walkSchema(sub, at + pointer(k, name), out, {}, self);
  }
}

function pathItems(doc: Obj): Array<{ pointer: string; path: string; item: Obj }> {
  return pathItemEntries(doc, 'defined').map(({ path, item }) => ({ pointer: item.ptr, path, item: item.value as Obj }));
}

export function listOperationSites(doc: unknown): OperationSite[] {
  if (!isObj(doc)) return [];
  const out: OperationSite[] = [];
  for (const { pointer: at, path, item } of pathItems(doc))
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObj(op)) out.push({ pointer: at + pointer(method), path, method, operation: op });
    }
  return out;
}

/** Parameter objects where they are defined: components and inline (not `$ref`s to them). */
export function listParameters(doc: unknown): ParameterSite[] {
  if (!isObj(doc)) return [];
  const out: ParameterSite[] = [];
  const comps = isObj(doc.components) && isObj(doc.components.parameters) ? doc.components.parameters : {};
  for (const [k, p] of Object.entries(comps)) if (isObj(p) && !isRef(p)) out.push({ pointer: pointer('components', 'parameters', k), parameter: p });
  for (const { pointer: at, item } of pathItems(doc)) {
    const lists: Array<[string, unknown]> = [[at + pointer('parameters'), item.parameters]];
    for (const m of HTTP_METHODS) if (isObj(item[m])) lists.push([at + pointer(m, 'parameters'), (item[m] as Obj).parameters]);
    for (const [base, list] of lists)
      if (Array.isArray(list))
        list.forEach((p, i) => {
          if (isObj(p) && !isRef(p)) out.push({ pointer: `${base}/${i}`, parameter: p });
        });
  }
  return out;
}

export function listSecuritySchemes(doc: unknown): SecuritySchemeSite[] {
  if (!isObj(doc) || !isObj(doc.components) || !isObj(doc.components.securitySchemes)) return [];
  return Object.entries(doc.components.securitySchemes)
    .filter(([, s]) => isObj(s) && !isRef(s))
    .map(([key, s]) => ({ pointer: pointer('components', 'securitySchemes', key), key, scheme: s as Obj }));
}

/** Every response header by the name it is sent under, wherever a response declares it. */
export function listResponseHeaders(doc: unknown): ResponseHeaderSite[] {
  if (!isObj(doc)) return [];
  const out: ResponseHeaderSite[] = [];
  const fromResponse = (resp: unknown, at: string): void => {
    if (!isObj(resp) || !isObj(resp.headers)) return;
    for (const [name, h] of Object.entries(resp.headers)) {
      const header = deref(doc, { value: h, ptr: '' }).value;
      if (isObj(header)) out.push({ pointer: at + pointer('headers', name), name, header });
    }
  };
  for (const op of listOperationSites(doc))
    if (isObj(op.operation.responses)) for (const [status, r] of Object.entries(op.operation.responses)) if (!isRef(r)) fromResponse(r, op.pointer + pointer('responses', status));
  const comps = isObj(doc.components) && isObj(doc.components.responses) ? doc.components.responses : {};
  for (const [k, r] of Object.entries(comps)) if (!isRef(r)) fromResponse(r, pointer('components', 'responses', k));
  return out;
}

/** Every schema of the document, components and inline, depth first. */
export function listSchemas(doc: unknown): SchemaSite[] {
  if (!isObj(doc)) return [];
  const out: SchemaSite[] = [];
  const media = (content: unknown, at: string): void => {
    if (!isObj(content)) return;
    for (const [mt, m] of Object.entries(content)) if (isObj(m)) walkSchema(m.schema, at + pointer(mt, 'schema'), out);
  };
  const paramLike = (p: unknown, at: string): void => {
    if (!isObj(p) || isRef(p)) return;
    walkSchema(p.schema, at + pointer('schema'), out);
    media(p.content, at + pointer('content'));
  };
  const response = (r: unknown, at: string): void => {
    if (!isObj(r) || isRef(r)) return;
    media(r.content, at + pointer('content'));
    if (isObj(r.headers)) for (const [n, h] of Object.entries(r.headers)) paramLike(h, at + pointer('headers', n));
  };
  const comps = isObj(doc.components) ? doc.components : {};
  if (isObj(comps.schemas)) for (const [name, s] of Object.entries(comps.schemas)) walkSchema(s, pointer('components', 'schemas', name), out, { componentName: name });
  if (isObj(comps.parameters)) for (const [n, p] of Object.entries(comps.parameters)) paramLike(p, pointer('components', 'parameters', n));
  if (isObj(comps.headers)) for (const [n, h] of Object.entries(comps.headers)) paramLike(h, pointer('components', 'headers', n));
  if (isObj(comps.requestBodies))
    for (const [n, b] of Object.entries(comps.requestBodies)) if (isObj(b) && !isRef(b)) media(b.content, pointer('components', 'requestBodies', n, 'content'));
  if (isObj(comps.responses)) for (const [n, r] of Object.entries(comps.responses)) response(r, pointer('components', 'responses', n));
  for (const { pointer: at, item } of pathItems(doc)) {
    if (Array.isArray(item.parameters)) item.parameters.forEach((p, i) => paramLike(p, at + pointer('parameters', i)));
    for (const m of HTTP_METHODS) {
      const op = item[m];
      if (!isObj(op)) continue;
      const opAt = at + pointer(m);
      if (Array.isArray(op.parameters)) op.parameters.forEach((p, i) => paramLike(p, opAt + pointer('parameters', i)));
      if (isObj(op.requestBody) && !isRef(op.requestBody)) media(op.requestBody.content, opAt + pointer('requestBody', 'content'));
      if (isObj(op.responses)) for (const [s, r] of Object.entries(op.responses)) response(r, opAt + pointer('responses', s));
    }
  }
  return out;
}

/** Keys whose values are maps from user-chosen names to nodes. */
export const NAME_MAPS: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'schemas',
  'parameters',
  'headers',
  'responses',
  'requestBodies',
  'securitySchemes',
  'paths',
  'webhooks',
  'pathItems',
  'callbacks',
  'links',
  'content',
  'variables',
  'encoding',
]);

/** Every `x-source` key anywhere in the document, with its raw value. */
export function listXSourceValues(doc: unknown): Array<{ pointer: string; value: unknown }> {
  const out: Array<{ pointer: string; value: unknown }> = [];
  // Example data is not spec: skip `example(s)` values, except where the key is a property name.
  const walk = (node: unknown, at: string, inNameMap: boolean): void => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`, false));
    else if (isObj(node))
      for (const [k, v] of Object.entries(node)) {
        if (k === 'x-source' && !inNameMap) out.push({ pointer: at + pointer(k), value: v });
        else if (inNameMap || (k !== 'examples' && k !== 'example')) walk(v, at + pointer(k), !inNameMap && NAME_MAPS.has(k));
      }
  };
  walk(doc, '', false);
  return out;
}
