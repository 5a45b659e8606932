/**
 * The document rewritten as Ajv 2020 reads it, for compiling validators; never for types. The walks
 * here recurse once per level: documents are at most MAX_DEPTH (limits.ts) levels deep.
 */
import { isObj, someObject, type Obj } from '../openapi/json.js';
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
export const OPENAPI_DATA: ReadonlySet<string> = new Set(['example', 'examples', 'default', 'value', 'const', 'enum']);

/** An edit of one schema object (a fresh shallow copy it may change), returning the schema to continue with. */
type Edit = (schema: Obj, at: string | undefined) => Obj;

/** Defined, not assigned, for `__proto__`: a property of that name must stay a property, not become the prototype. */
function put(out: Obj, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * A copy of an OpenAPI document where every schema object, in schema position only, has passed
 * through `edit` (parents first). Example data, `const` and `enum` values and extension values are
 * the document's own, shared, however much they look like schemas: nothing compiles or changes them.
 * `edit` gets the schema's JSON pointer only while it is a prefix of one of `tracked` (below that,
 * building pointers for every key of GitHub's description cost a quarter of a second).
 */
function rebuildSchemas(document: unknown, edit: Edit, tracked: ReadonlySet<string>): unknown {
  const child = (at: string | undefined, key: string | number): string | undefined => {
    if (at === undefined) return undefined;
    const here = `${at}/${typeof key === 'number' ? key : escapeToken(key)}`;
    return tracked.has(here) ? here : undefined;
  };
  const schema = (node: unknown, at: string | undefined): unknown => {
    if (!isObj(node)) return node; // `true`/`false`, or something the linter let through
    const edited = edit({ ...node }, at);
    const out: Obj = {};
    for (const [k, v] of Object.entries(edited)) {
      if (SCHEMA_LIST.has(k) && Array.isArray(v)) {
        const here = child(at, k);
        put(
          out,
          k,
          v.map((s, i) => schema(s, child(here, i))),
        );
      } else if (SCHEMA_ONE.has(k)) put(out, k, schema(v, child(at, k)));
      else if (SCHEMA_MAP.has(k) && isObj(v)) put(out, k, named(v, child(at, k)));
      else put(out, k, v);
    }
    return out;
  };
  const named = (map: Obj, at: string | undefined): Obj => {
    const out: Obj = {};
    for (const [name, s] of Object.entries(map)) put(out, name, Array.isArray(s) ? s : schema(s, child(at, name)));
    return out;
  };
  // OpenAPI objects down to the schemas; `depth` and `parent` find components.schemas without pointers.
  const openapi = (node: unknown, at: string | undefined, parent: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((v, i) => openapi(v, child(at, i), undefined));
    if (!isObj(node)) return node;
    const out: Obj = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === 'schema') put(out, k, schema(v, child(at, k)));
      else if (k === 'schemas' && parent === 'components' && isObj(v)) put(out, k, named(v, child(at, k)));
      else if (OPENAPI_DATA.has(k) || k.startsWith('x-')) put(out, k, v);
      else put(out, k, openapi(v, child(at, k), node === document && k === 'components' ? k : undefined));
    }
    return out;
  };
  return openapi(document, '', undefined);
}

/** Keywords that never affect validation. Ajv copies schema objects into standalone code, so they are dropped. */
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'example', 'examples', 'externalDocs', 'xml', '$comment', 'deprecated']);

/**
 * The document as Ajv 2020 reads it, for compiling validators; a copy (values the schemas hold as
 * data are shared, see rebuildSchemas).
 *
 * OpenAPI 3.0 schemas are a dialect of draft-04/05; Ajv2020 reads 3.1 (2020-12) directly. Two 3.0
 * constructs read differently in 2020-12 and are rewritten: boolean `exclusiveMinimum` /
 * `exclusiveMaximum` become the numeric form, and `nullable: true` becomes a `null` member of `type`
 * (and of `enum`), or, with no `type` to extend, an `anyOf` with `{type: 'null'}`. In either
 * version an empty `enum`, which no value satisfies but Ajv refuses to compile, becomes `false`.
 *
 * Schemas lose their annotations and `x-` extensions: validators compiled from them carry smaller
 * schema constants and behave identically. Only schema positions lose them: a `const` or `enum`
 * value that has a `description` member keeps it, and so does anything a `$ref` points into
 * (2020-12 lets a reference name any location, `#/$defs/a/examples/0` included).
 */
export function validatorDocument(document: unknown, version: '3.0' | '3.1'): unknown {
  const referenced = refPrefixes(document);
  return rebuildSchemas(
    document,
    (node, at) => {
      for (const k of Object.keys(node)) {
        if ((ANNOTATIONS.has(k) || k.startsWith('x-')) && (at === undefined || !referenced.has(`${at}/${escapeToken(k)}`))) delete node[k];
      }
      return version === '3.0' ? from30(node) : emptyEnum(node);
    },
    referenced,
  );
}

function emptyEnum(node: Obj): Obj {
  if (Array.isArray(node.enum) && node.enum.length === 0) {
    delete node.enum;
    node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), false];
  }
  return node;
}

function from30(node: Obj): Obj {
  emptyEnum(node);
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
}

/** Every `format` name used in the document, so unknown ones can be declared (as annotations). */
export function collectFormats(document: unknown): string[] {
  const found = new Set<string>();
  someObject(document, (node) => {
    if (typeof node.format === 'string') found.add(node.format);
  });
  return [...found].sort();
}

/** Every local `$ref` target of the document and each of its ancestors, as plain pointers. */
function refPrefixes(document: unknown): Set<string> {
  const out = new Set<string>();
  // A large document names the same few targets tens of thousands of times.
  const seen = new Set<string>();
  someObject(document, (node) => {
    const target = refTarget(node.$ref);
    if (target === undefined || seen.has(target)) return;
    seen.add(target);
    let prefix = '';
    for (const token of parsePointer(target)) out.add((prefix += `/${escapeToken(token)}`));
  });
  return out;
}
