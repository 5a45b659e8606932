/**
 * The document rewritten as Ajv 2020 reads it, for compiling validators; never for types. The walks
 * here recurse once per level: documents are at most MAX_DEPTH (limits.ts) levels deep.
 */
import { isObj, type Obj } from '../openapi/json.js';
import { escapeToken, parsePointer } from '../openapi/pointer.js';
import { refTarget } from '../openapi/refs.js';

/** Keywords whose value is one subschema (`items` also takes the draft-04 list form). */
const SCHEMA_ONE = new Set([
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'additionalProperties',
  'additionalItems',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
  'items',
]);
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
/** Keywords whose value maps names to subschemas (`dependencies` entries may also be lists of names). */
const SCHEMA_MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);
/** Where 2020-12 (and the older `dependencies`) put subschemas: one, a list, or a map of them. */
export const SUBSCHEMA_KEYWORDS: { readonly one: ReadonlySet<string>; readonly list: ReadonlySet<string>; readonly map: ReadonlySet<string> } = {
  one: SCHEMA_ONE,
  list: SCHEMA_LIST,
  map: SCHEMA_MAP,
};
/** Members of OpenAPI objects that are values, never schemas or other OpenAPI objects. */
const OPENAPI_DATA = new Set(['example', 'examples', 'default', 'value', 'const', 'enum']);

type Edit = (schema: Obj, at: string) => Obj;

/** Defined, not assigned: a property named `__proto__` must stay a property, not become the prototype. */
function put(out: Obj, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of an OpenAPI document where every schema object, in schema position only, has passed
 * through `edit` (parents first; `edit` gets a fresh shallow copy it may change and returns the
 * schema to continue with). Example data, `const` and `enum` values and extension values are copied
 * as they are, however much they look like schemas.
 */
function rebuildSchemas(document: unknown, edit: Edit): unknown {
  const copyData = (v: unknown): unknown => (v !== null && typeof v === 'object' ? structuredClone(v) : v);
  const schema = (node: unknown, at: string): unknown => {
    if (!isObj(node)) return copyData(node); // `true`/`false`, or something the linter let through
    const edited = edit({ ...node }, at);
    const out: Obj = {};
    for (const [k, v] of Object.entries(edited)) {
      const here = `${at}/${escapeToken(k)}`;
      if (SCHEMA_LIST.has(k) && Array.isArray(v))
        put(
          out,
          k,
          v.map((s, i) => schema(s, `${here}/${i}`)),
        );
      else if (SCHEMA_ONE.has(k)) put(out, k, schema(v, here));
      else if (SCHEMA_MAP.has(k) && isObj(v)) put(out, k, named(v, here));
      else put(out, k, copyData(v));
    }
    return out;
  };
  const named = (map: Obj, at: string): Obj => {
    const out: Obj = {};
    for (const [name, s] of Object.entries(map)) put(out, name, Array.isArray(s) ? copyData(s) : schema(s, `${at}/${escapeToken(name)}`));
    return out;
  };
  const openapi = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((v, i) => openapi(v, `${at}/${i}`));
    if (!isObj(node)) return node;
    const out: Obj = {};
    for (const [k, v] of Object.entries(node)) {
      const here = `${at}/${escapeToken(k)}`;
      if (k === 'schema') put(out, k, schema(v, here));
      else if (k === 'schemas' && at === '/components' && isObj(v)) put(out, k, named(v, here));
      else if (OPENAPI_DATA.has(k) || k.startsWith('x-')) put(out, k, copyData(v));
      else put(out, k, openapi(v, here));
    }
    return out;
  };
  return openapi(document, '');
}

/**
 * OpenAPI 3.0 schemas are a dialect of draft-04/05; Ajv2020 reads 3.1 (2020-12) directly. Two 3.0
 * constructs read differently in 2020-12 and are rewritten here: boolean `exclusiveMinimum` /
 * `exclusiveMaximum` become the numeric form, and `nullable: true` becomes a `null` member of `type`
 * (and of `enum`), or, with no `type` to extend, an `anyOf` with `{type: 'null'}`. In either
 * version an empty `enum`, which no value satisfies but Ajv refuses to compile, becomes `false`.
 * Returns a copy.
 */
export function toJsonSchema2020(document: unknown, version: '3.0' | '3.1'): unknown {
  return rebuildSchemas(document, (node) => {
    if (Array.isArray(node.enum) && node.enum.length === 0) {
      delete node.enum;
      node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), false];
    }
    if (version === '3.1') return node;
    for (const [bound, limit] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof node[bound] === 'boolean') {
        if (node[bound] === true && typeof node[limit] === 'number') {
          node[bound] = node[limit];
          delete node[limit];
        } else delete node[bound];
      }
    }
    if (!('nullable' in node)) return node;
    const nullable = node.nullable === true;
    delete node.nullable;
    if (nullable && typeof node.type === 'string') {
      node.type = [node.type, 'null'];
      if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    } else if (nullable && node.type === undefined && node.$ref === undefined) {
      return { anyOf: [node, { type: 'null' }] };
    }
    return node;
  });
}

/** Every `format` name used in the document, so unknown ones can be declared (as annotations). */
export function collectFormats(document: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    if (typeof node.format === 'string') found.add(node.format);
    Object.values(node).forEach(walk);
  };
  walk(document);
  return [...found].sort();
}

/** Keywords that never affect validation. Ajv copies schema objects into standalone code, so they are dropped. */
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'example', 'examples', 'externalDocs', 'xml', '$comment', 'deprecated']);

/**
 * A copy whose schemas carry no annotations and no `x-` extensions: validators compiled from it
 * carry smaller schema constants and behave identically. Only schema positions lose them: a `const`
 * or `enum` value that has a `description` member keeps it, and so does anything a `$ref` points
 * into (2020-12 lets a reference name any location, `#/$defs/a/examples/0` included).
 */
export function stripAnnotations(document: unknown): unknown {
  const referenced = refPrefixes(document);
  return rebuildSchemas(document, (node, at) => {
    for (const k of Object.keys(node)) {
      if ((ANNOTATIONS.has(k) || k.startsWith('x-')) && !referenced.has(`${at}/${escapeToken(k)}`)) delete node[k];
    }
    return node;
  });
}

/** Every local `$ref` target of the document and each of its ancestors, as plain pointers. */
function refPrefixes(document: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (isObj(node)) {
      const target = refTarget(node.$ref);
      if (target !== undefined) {
        let prefix = '';
        for (const token of parsePointer(target)) out.add((prefix += `/${escapeToken(token)}`));
      }
      stack.push(...Object.values(node));
    }
  }
  return out;
}
