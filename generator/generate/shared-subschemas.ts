/**
 * Identical subschemas of the validator document made into one: each becomes a `$ref` to a single copy, so Ajv compiles it once.
 *
 * GitHub's description inlines the same large objects (a pull request, a repository) hundreds of times
 * inside its webhook schemas; Ajv writes the validation code out again at every place, which made most
 * of the 32 MB of validators.raw.js and most of the time spent compiling them. A subschema that occurs
 * more than once, and is large enough to be worth a function call, is compiled once and called from
 * every place. Validation is unchanged: 2020-12 gives a schema that is only a `$ref` exactly the meaning
 * of its target. What changes is an error's `schemaPath`, which, as for any `$ref`, becomes relative to
 * the shared schema.
 *
 * The walk recurses once per schema level: the document is at most MAX_DEPTH (limits.ts) levels deep.
 */
import { isObj, type Obj } from '../openapi/json.js';
import { parsePointer, pointer, uriFragment } from '../openapi/pointer.js';
import { refTarget } from '../openapi/refs.js';
import { OPENAPI_DATA, SUBSCHEMA_KEYWORDS } from './json-schema.js';

/** Where shared copies go in the validator document (a private copy; nothing else reads it). */
export const SHARED_KEY = 'x-funcspec-shared';
/**
 * How many keywords a subschema holds, nested ones included, before sharing it pays: smaller ones cost
 * less inline than as a call (and keep their errors' `schemaPath` whole).
 */
const MIN_KEYWORDS = 12;
/** Keywords that give a schema an identity or a scope of its own: a subschema that holds one stays where it is. */
const SCOPED = new Set(['$id', 'id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveAnchor', '$recursiveRef', '$schema']);

interface Shape {
  /** Equal for subschemas that are equal, keyword order included (it orders the errors). */
  id: number;
  keywords: number;
  /** Holds something that must not move: a scoped keyword, a `$ref` that is not local. */
  fixed: boolean;
}

/**
 * Rewrites `document` (validatorDocument's output: fresh schema objects, shared data values, which are
 * never changed) in place. Roots (component schemas, operations' schemas) stay where they are; a
 * subschema equal to a component schema refers to that component, any other repeated one to a copy
 * under `#/x-funcspec-shared`. Schemas on the way to a `$ref` target stay, so every target still resolves.
 */
export function shareSubschemas(document: unknown): void {
  if (!isObj(document)) return;
  const shapes = new Map<object, Shape>();
  // Three numberings: shapes (by a key made of the numbers below), member names, and data values.
  const numbering = (): ((key: string) => number) => {
    const ids = new Map<string, number>();
    return (key) => {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      return id;
    };
  };
  const shapeId = numbering();
  const nameId = numbering();
  const valueNumber = numbering();
  const valueId = (v: unknown): number => valueNumber(typeof v === 'string' ? `s${v}` : `j${JSON.stringify(v) ?? 'undefined'}`);
  const refs: string[] = [];

  const shape = (node: unknown): Shape => {
    if (!isObj(node)) return { id: shapeId(`v${valueId(node)}`), keywords: 0, fixed: false };
    let keywords = 0;
    let fixed = false;
    let key = '{';
    const sub = (s: unknown): number => {
      const got = shape(s);
      keywords += got.keywords;
      fixed ||= got.fixed;
      return got.id;
    };
    for (const k of Object.keys(node)) {
      const v = node[k];
      keywords++;
      if (SCOPED.has(k)) fixed = true;
      if (k === '$ref') {
        if (typeof v === 'string' && refTarget(v) !== undefined) refs.push(v);
        else fixed = true;
      }
      key += `${nameId(k)}`;
      if (SUBSCHEMA_KEYWORDS.list.has(k) && Array.isArray(v)) {
        key += '[';
        for (const s of v) key += `${sub(s)},`;
        key += ']';
      } else if (SUBSCHEMA_KEYWORDS.one.has(k)) key += `:${sub(v)}`;
      else if (SUBSCHEMA_KEYWORDS.map.has(k) && isObj(v)) {
        key += '{';
        for (const name of Object.keys(v)) {
          const s = v[name];
          key += `${nameId(name)}${Array.isArray(s) ? `=${valueId(s)}` : `:${sub(s)}`},`;
        }
        key += '}';
      } else key += `=${valueId(v)}`;
      key += ',';
    }
    const got = { id: shapeId(`${key}}`), keywords, fixed };
    shapes.set(node, got);
    return got;
  };

  // The roots, in document order: component schemas first, as OpenAPI lists them, then the rest.
  const roots: Array<{ node: Obj; ref: string | undefined }> = [];
  const components = isObj(document.components) && isObj(document.components.schemas) ? document.components.schemas : {};
  for (const [name, s] of Object.entries(components)) if (isObj(s)) roots.push({ node: s, ref: uriFragment(pointer('components', 'schemas', name)) });
  collectSchemas(document, (s) => roots.push({ node: s, ref: undefined }));

  // How often each shape occurs: a component schema counts as one occurrence of its shape, an
  // operation's schema does not (it stays inline wherever it is, shared or not).
  const count = new Map<number, number>();
  const tally = (node: Obj, counted: boolean): void => {
    const { id } = shapes.get(node)!;
    if (counted) count.set(id, (count.get(id) ?? 0) + 1);
    forEachSubschema(node, (s) => tally(s, true));
  };
  for (const { node } of roots) shape(node);
  for (const { node, ref } of roots) tally(node, ref !== undefined);

  // Schemas a `$ref` goes through or to: replacing one would leave that `$ref` nowhere to go.
  const onRefPath = new Set<unknown>();
  for (const ref of refs) {
    let node: unknown = document;
    for (const token of parsePointer(refTarget(ref)!)) {
      node = Array.isArray(node) ? node[Number(token)] : isObj(node) && Object.hasOwn(node, token) ? node[token] : undefined;
      if (node === undefined) break;
      onRefPath.add(node);
    }
  }

  const home = new Map<number, string | number>();
  for (const { node, ref } of roots) if (ref && !home.has(shapes.get(node)!.id)) home.set(shapes.get(node)!.id, ref);
  const slots: Array<{ schema: Obj; sites: Array<{ ref: Obj; replace: (by: Obj) => void }> }> = [];
  const visit = (node: Obj): void => {
    forEachSubschema(node, (s, replace) => {
      const got = shapes.get(s);
      if (!got || got.fixed || onRefPath.has(s) || (count.get(got.id) ?? 0) < 2 || got.keywords < MIN_KEYWORDS) return visit(s);
      let at = home.get(got.id);
      if (at === undefined) {
        home.set(got.id, (at = slots.length));
        slots.push({ schema: s, sites: [] });
        visit(s);
      }
      const ref = { $ref: typeof at === 'string' ? at : '' };
      if (typeof at === 'number') slots[at]!.sites.push({ ref, replace });
      replace(ref);
    });
  };
  for (const { node } of roots) visit(node);
  // A subschema repeated only inside one that is now shared occurs once after all: back in its place.
  const shared: Obj[] = [];
  for (const { schema, sites } of slots) {
    if (sites.length === 1) sites[0]!.replace(schema);
    else {
      for (const { ref } of sites) ref.$ref = `#/${SHARED_KEY}/${shared.length}`;
      shared.push(schema);
    }
  }
  if (shared.length > 0) document[SHARED_KEY] = shared;
}

/** Calls `each` on every direct subschema object of `node`, with a way to put another in its place. */
function forEachSubschema(node: Obj, each: (s: Obj, replace: (by: Obj) => void) => void): void {
  for (const [k, v] of Object.entries(node)) {
    if (SUBSCHEMA_KEYWORDS.list.has(k) && Array.isArray(v)) {
      v.forEach((s, i) => {
        if (isObj(s)) each(s, (by) => (v[i] = by));
      });
    } else if (SUBSCHEMA_KEYWORDS.one.has(k)) {
      if (isObj(v)) each(v, (by) => (node[k] = by));
    } else if (SUBSCHEMA_KEYWORDS.map.has(k) && isObj(v)) {
      for (const [name, s] of Object.entries(v)) if (isObj(s)) each(s, (by) => Object.defineProperty(v, name, { value: by, enumerable: true, writable: true, configurable: true }));
    }
  }
}

/** The schemas of operations, parameters, headers and media types: every `schema` member outside components.schemas. */
function collectSchemas(document: Obj, found: (s: Obj) => void): void {
  const walk = (node: unknown, parentKey: string | undefined): void => {
    if (Array.isArray(node)) return node.forEach((v) => walk(v, undefined));
    if (!isObj(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'schema') {
        if (isObj(v)) found(v);
      } else if (k === 'schemas' && parentKey === 'components') continue;
      else if (OPENAPI_DATA.has(k) || k.startsWith('x-')) continue;
      else walk(v, k);
    }
  };
  walk(document, undefined);
}
