/**
 * A schema as a client sees it, with spelling differences flattened so that only meaning is compared:
 *
 * - `$ref` is followed (3.1 `$ref` with sibling keywords is read as `allOf: [$ref] + siblings`);
 * - `allOf` is merged into one schema, so moving properties into or out of a shared base is no change;
 * - `allOf` is an intersection: a value must satisfy every branch, so the merged schema is nullable
 *   only when every branch admits null, and its types are the types all branches share (the
 *   schema's own 3.0 `nullable: true` next to the allOf still admits null, as OpenAPI tools read it);
 * - nullability has one representation whatever the spelling: 3.0 `nullable: true`, 3.1
 *   `type: [string, "null"]`, `null` in an `enum`, or a `{type: "null"}` branch of oneOf/anyOf
 *   (a oneOf/anyOf left with one branch is merged like allOf);
 * - `pattern: ''` matches everything, so it is no pattern;
 * - a schema with properties (or items) but no `type` is an object (or an array);
 * - 3.0 boolean `exclusiveMaximum: true` + `maximum: 5` becomes 3.1 `exclusiveMaximum: 5`.
 *
 * Each kept keyword remembers the pointer it came from (`at`), so changes point at the real text.
 */
import { appendPointer } from './pointer.js';
import { isObj, str, type Obj } from './json.js';
import { deref, refTarget, type Located } from './refs.js';

/** `type` as a set (sorted, without "null": nullability is its own fact) plus `format`. */
export interface TypeInfo {
  /** undefined: no `type` keyword, i.e. any type. */
  types: string[] | undefined;
  format: string | undefined;
}

export type BoundName = 'max' | 'exclusive-max' | 'min' | 'exclusive-min' | 'max-length' | 'min-length' | 'max-items' | 'min-items';

export const BOUND_KEYWORDS: Record<BoundName, string> = {
  max: 'maximum',
  'exclusive-max': 'exclusiveMaximum',
  min: 'minimum',
  'exclusive-min': 'exclusiveMinimum',
  'max-length': 'maxLength',
  'min-length': 'minLength',
  'max-items': 'maxItems',
  'min-items': 'minItems',
};

export interface Branch {
  node: Located;
  /** How branches are paired across versions: the component name of a `$ref`, else `title`, else position. */
  label: string;
}

export interface SchemaView {
  ptr: string;
  type: TypeInfo;
  nullable: boolean;
  /**
   * Null is written down as a value: `null` in `type` or `enum`, a `{type: "null"}` branch, or
   * `nullable: true` in a 3.0 document (3.1 has no `nullable` keyword, so there it lists nothing).
   */
  listsNull: boolean;
  enum: unknown[] | undefined;
  default: { value: unknown } | undefined;
  bounds: Partial<Record<BoundName, number>>;
  pattern: string | undefined;
  properties: Map<string, Located>;
  required: Set<string>;
  /** false only for `additionalProperties: false`. */
  additionalAllowed: boolean;
  /** The schema of additional properties when it is an object (a map's value type). */
  additionalSchema: Located | undefined;
  items: Located | undefined;
  oneOf: Branch[];
  anyOf: Branch[];
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  description: string | undefined;
  /** Pointer of the keyword each kept value came from (keys are JSON Schema keyword names). */
  at: Record<string, string>;
}

function emptyView(ptr: string): SchemaView {
  return {
    ptr,
    type: { types: undefined, format: undefined },
    nullable: false,
    listsNull: false,
    enum: undefined,
    default: undefined,
    bounds: {},
    pattern: undefined,
    properties: new Map(),
    required: new Set(),
    additionalAllowed: true,
    additionalSchema: undefined,
    items: undefined,
    oneOf: [],
    anyOf: [],
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    description: undefined,
    at: {},
  };
}

/**
 * Views are pure functions of (document, schema object); caching them keeps shared components cheap.
 * Keyed by object identity, not pointer, so synthetic nodes (an absent `items` read as `{}`) never collide.
 */
const cache = new WeakMap<object, WeakMap<object, { view: SchemaView; contextFree: boolean }>>();

/** How many schemas deep allOf/anyOf/oneOf are merged into one view (real documents: a handful). */
export const MAX_EXPANSION = 64;
/** How many schemas one top-level view may merge in all: layers of shared allOf parts fan out exponentially otherwise. */
export const MAX_VIEW_WORK = 10_000;

/** viewSchema calls on the stack; the budget of nested views left to the outermost one. */
let active = 0;
let budget = 0;
/** Views cut short so far (a cycle, the depth, the budget). A view whose making cut nothing is context-free, so cached. */
let cuts = 0;

export function viewSchema(root: unknown, node: Located, expanding: ReadonlySet<string> = new Set()): SchemaView {
  if (active === 0) budget = MAX_VIEW_WORK;
  active++;
  try {
    return view(root, node, expanding);
  } finally {
    active--;
  }
}

function view(root: unknown, node: Located, expanding: ReadonlySet<string>): SchemaView {
  const raw = node.value;
  // 3.1: `$ref` next to other keywords means "this and that"; read it as allOf so both count.
  if (isObj(raw) && '$ref' in raw && Object.keys(raw).length > 1 && refTarget(raw.$ref) !== undefined) {
    const { $ref, ...siblings } = raw;
    const own = readOwn(root, { value: siblings, ptr: node.ptr }, expanding);
    return mergeInto(own, viewSchema(root, { value: { $ref }, ptr: node.ptr }, expanding));
  }
  const target = deref(root, node);
  // allOf that (indirectly) contains itself: stop expanding rather than loop. A chain of distinct
  // schemas each including the next (3000 `allOf: [$ref]` in a row), or layers of shared parts
  // (8 parts of 8 parts of ... 12 deep), stop too, at sizes no real document reaches.
  if (expanding.has(target.ptr) || expanding.size >= MAX_EXPANSION || budget-- <= 0) {
    cuts++;
    return emptyView(target.ptr);
  }
  const memo = isObj(root) && isObj(target.value) ? memoFor(root) : undefined;
  const hit = memo?.get(target.value as object);
  // A view made with cuts holds only for the context it was made in: the top level.
  if (hit && (hit.contextFree || expanding.size === 0)) return hit.view;
  const before = cuts;
  const made = readOwn(root, target, new Set([...expanding, target.ptr]));
  const contextFree = cuts === before;
  if (contextFree || expanding.size === 0) memo?.set(target.value as object, { view: made, contextFree });
  return made;
}

function memoFor(root: object): WeakMap<object, { view: SchemaView; contextFree: boolean }> {
  let memo = cache.get(root);
  if (!memo) cache.set(root, (memo = new WeakMap()));
  return memo;
}

function readOwn(root: unknown, node: Located, expanding: ReadonlySet<string>): SchemaView {
  const view = emptyView(node.ptr);
  const s: Obj = isObj(node.value) ? node.value : {};
  const at = (kw: string): string => appendPointer(node.ptr, kw);

  if (typeof s.type === 'string' || Array.isArray(s.type)) {
    const listed = (Array.isArray(s.type) ? s.type : [s.type]).filter((t): t is string => typeof t === 'string');
    const types = listed.filter((t) => t !== 'null');
    if (listed.includes('null')) {
      view.nullable = true;
      view.listsNull = true;
      view.at.nullable = at('type');
    }
    view.type.types = types.length > 0 ? [...new Set(types)].sort() : listed.length > 0 ? ['null'] : undefined;
    if (types.length === 0 && listed.length > 0) view.nullable = view.listsNull = false;
    view.at.type = at('type');
  }
  if (str(s.format) !== undefined) {
    view.type.format = str(s.format);
    view.at.format = at('format');
  }
  if (s.nullable === true) {
    view.nullable = true;
    if (!isOpenApi31(root)) view.listsNull = true;
    view.at.nullable = at('nullable');
  }
  if (Array.isArray(s.enum)) {
    if (s.enum.includes(null)) {
      view.nullable = true;
      view.listsNull = true;
      view.at.nullable ??= at('enum');
    }
    view.enum = s.enum.filter((v) => v !== null);
    view.at.enum = at('enum');
  }
  if ('default' in s) {
    view.default = { value: s.default };
    view.at.default = at('default');
  }
  for (const [name, kw] of Object.entries(BOUND_KEYWORDS) as Array<[BoundName, string]>) {
    const v = s[kw];
    if (typeof v === 'number') {
      view.bounds[name] = v;
      view.at[kw] = at(kw);
    }
  }
  // 3.0 spells "exclusive" as a boolean flag on maximum/minimum; 3.1 as a number of its own.
  for (const [flag, plain, excl] of [
    ['exclusiveMaximum', 'max', 'exclusive-max'],
    ['exclusiveMinimum', 'min', 'exclusive-min'],
  ] as const) {
    if (s[flag] === true && view.bounds[plain] !== undefined) {
      view.bounds[excl] = view.bounds[plain];
      delete view.bounds[plain];
      view.at[flag] = at(flag);
    }
  }
  // An empty pattern matches every string: it is no pattern (oasdiff reads it the same way).
  if (str(s.pattern) !== undefined && s.pattern !== '') {
    view.pattern = str(s.pattern);
    view.at.pattern = at('pattern');
  }
  if (isObj(s.properties)) {
    for (const name of Object.keys(s.properties)) view.properties.set(name, { value: s.properties[name], ptr: appendPointer(node.ptr, 'properties', name) });
    view.at.properties = at('properties');
  }
  if (Array.isArray(s.required)) {
    for (const r of s.required) if (typeof r === 'string') view.required.add(r);
    view.at.required = at('required');
  }
  if ('additionalProperties' in s) {
    view.at.additionalProperties = at('additionalProperties');
    if (s.additionalProperties === false) view.additionalAllowed = false;
    else if (isObj(s.additionalProperties)) view.additionalSchema = { value: s.additionalProperties, ptr: at('additionalProperties') };
  }
  if (isObj(s.items)) {
    view.items = { value: s.items, ptr: at('items') };
    view.at.items = at('items');
  }
  view.readOnly = s.readOnly === true;
  view.writeOnly = s.writeOnly === true;
  view.deprecated = s.deprecated === true;
  if (view.deprecated) view.at.deprecated = at('deprecated');
  if (str(s.description) !== undefined) {
    view.description = str(s.description);
    view.at.description = at('description');
  }

  let merged = view;
  for (const kw of ['oneOf', 'anyOf'] as const) {
    const list = Array.isArray(s[kw]) ? (s[kw] as unknown[]) : [];
    const branches: Branch[] = [];
    list.forEach((value, i) => {
      const b: Located = { value, ptr: appendPointer(node.ptr, kw, i) };
      if (isNullSchema(root, b)) {
        merged.nullable = true;
        merged.listsNull = true;
        merged.at.nullable ??= b.ptr;
      } else branches.push({ node: b, label: branchLabel(value, i) });
    });
    // `anyOf: [X, {type: "null"}]` is how 3.1 says "nullable X": treat it exactly like X.
    if (branches.length === 1 && list.length > 1) merged = mergeInto(merged, viewSchema(root, branches[0]!.node, expanding));
    else if (branches.length > 0) {
      merged[kw] = branches;
      merged.at[kw] = at(kw);
    }
  }
  if (Array.isArray(s.allOf)) {
    const own = merged;
    const branches = s.allOf.map((value, i) => viewSchema(root, { value, ptr: appendPointer(node.ptr, 'allOf', i) }, expanding));
    for (const b of branches) merged = mergeInto(merged, b);
    merged = intersect(merged, own, branches, at('allOf'), s.nullable === true);
  }
  // No `type` but properties or items: every client reads that as an object or an array, so adding
  // the missing `type: object` to such a schema must not look like a type change.
  if (merged.type.types === undefined) {
    if (merged.properties.size > 0 || merged.required.size > 0 || merged.at.additionalProperties !== undefined) merged.type = { ...merged.type, types: ['object'] };
    else if (merged.items) merged.type = { ...merged.type, types: ['array'] };
  }
  return merged;
}

function isOpenApi31(root: unknown): boolean {
  return isObj(root) && typeof root.openapi === 'string' && root.openapi.startsWith('3.1');
}

/** A `type` the schema itself (or what it references) writes, rather than one read from its `properties`. */
const explicitType = (v: SchemaView): string[] | undefined => (v.at.type !== undefined ? v.type.types : undefined);

/** Does this conjunct let null through? Explicitly nullable, or no `type`/`enum` to reject it. */
const admitsNull = (v: SchemaView): boolean => v.nullable || (explicitType(v) === undefined && v.enum === undefined);

function intersectTypes(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const t of a) {
    if (b.includes(t)) out.add(t);
    else if (t === 'integer' && b.includes('number')) out.add('integer');
    else if (t === 'number' && b.includes('integer')) out.add('integer');
  }
  return [...out].sort();
}

/**
 * allOf is "all of these at once": the merged view (mergeInto, which unites properties, required
 * and the first of each annotation) gets the intersection of the conjuncts' types and admits null
 * only when every conjunct does. The schema's own `nullable: true` beside an allOf still admits null
 * (`{nullable: true, allOf: [$ref]}` is the usual 3.0 spelling of "nullable reference", and OpenAPI
 * validators accept null for it before looking at the allOf). An empty intersection (string and
 * integer: nothing validates) keeps the first type rather than inventing a type for "never".
 */
function intersect(merged: SchemaView, own: SchemaView, branches: readonly SchemaView[], allOfPtr: string, ownNullableKeyword: boolean): SchemaView {
  const conjuncts = [own, ...branches];
  const out: SchemaView = { ...merged, type: { ...merged.type }, at: { ...merged.at } };
  let types: string[] | undefined;
  for (const c of conjuncts) {
    const t = explicitType(c);
    if (t === undefined) continue;
    types = types === undefined ? t : intersectTypes(types, t);
  }
  if (types !== undefined && types.length > 0 && types.join('|') !== (out.type.types ?? []).join('|')) {
    out.type.types = types;
    out.at.type = allOfPtr;
  }
  const nullable = ownNullableKeyword || (conjuncts.every(admitsNull) && conjuncts.some((c) => c.nullable));
  if (nullable !== out.nullable) {
    out.nullable = nullable;
    if (!nullable) out.at.nullable = allOfPtr;
  }
  out.listsNull = nullable && conjuncts.some((c) => c.nullable && c.listsNull);
  return out;
}

function isNullSchema(root: unknown, node: Located): boolean {
  const v = deref(root, node).value;
  if (!isObj(v)) return false;
  if (v.type === 'null') return true;
  return Array.isArray(v.enum) && v.enum.length === 1 && v.enum[0] === null;
}

function branchLabel(value: unknown, index: number): string {
  if (isObj(value)) {
    const target = refTarget(value.$ref);
    if (target !== undefined) return target.split('/').pop() ?? target;
    if (typeof value.title === 'string') return value.title;
  }
  return `#${index}`;
}

/** allOf semantics, simplified to what a client can observe: the first value of each keyword wins, sets are united. */
function mergeInto(into: SchemaView, from: SchemaView): SchemaView {
  const out: SchemaView = {
    ...into,
    type: { ...into.type },
    bounds: { ...into.bounds },
    properties: new Map(into.properties),
    required: new Set(into.required),
    at: { ...into.at },
  };
  if (out.type.types === undefined && from.type.types !== undefined) {
    out.type.types = from.type.types;
    if (from.at.type) out.at.type = from.at.type;
  }
  if (out.type.format === undefined && from.type.format !== undefined) {
    out.type.format = from.type.format;
    if (from.at.format) out.at.format = from.at.format;
  }
  if (!out.nullable && from.nullable) {
    out.nullable = true;
    if (from.at.nullable) out.at.nullable = from.at.nullable;
  }
  out.listsNull ||= from.listsNull;
  if (out.enum === undefined && from.enum !== undefined) out.enum = from.enum;
  if (out.default === undefined && from.default !== undefined) out.default = from.default;
  if (out.pattern === undefined && from.pattern !== undefined) out.pattern = from.pattern;
  if (out.description === undefined && from.description !== undefined) out.description = from.description;
  for (const [k, v] of Object.entries(from.bounds) as Array<[BoundName, number]>) if (out.bounds[k] === undefined) out.bounds[k] = v;
  for (const [k, v] of from.properties) if (!out.properties.has(k)) out.properties.set(k, v);
  for (const r of from.required) out.required.add(r);
  if (into.at.additionalProperties === undefined && from.at.additionalProperties !== undefined) {
    out.additionalAllowed = from.additionalAllowed;
    out.additionalSchema = from.additionalSchema;
  }
  out.items ??= from.items;
  if (out.oneOf.length === 0) out.oneOf = from.oneOf;
  if (out.anyOf.length === 0) out.anyOf = from.anyOf;
  out.readOnly ||= from.readOnly;
  out.writeOnly ||= from.writeOnly;
  out.deprecated ||= from.deprecated;
  for (const [k, v] of Object.entries(from.at)) if (out.at[k] === undefined) out.at[k] = v;
  return out;
}
