/** The document as openapi-typescript should see it: simplified where its types would be wrong or would not compile. */
import { copyData, isObj, someObject, type Obj } from '../openapi/json.js';
import { getAtPointer, pointer } from '../openapi/pointer.js';
import { refTarget } from '../openapi/refs.js';
import { apiText } from './jsdoc.js';

/** Keywords that change the TypeScript shape of a value; everything else only narrows which values pass. */
const SHAPING = [
  'type',
  'properties',
  'items',
  'prefixItems',
  '$ref',
  'enum',
  'const',
  'additionalProperties',
  'patternProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'nullable',
  'discriminator',
];

function shapesType(schema: unknown): boolean {
  return isObj(schema) ? SHAPING.some((k) => k in schema) : schema === false;
}

/** Keywords whose value is data: a `$defs` key inside one is a value, not a keyword. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'default', 'enum', 'const']);
/** Keywords whose value maps names to schemas: their keys are names, not keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions']);

/** A number JSON can carry: `.inf`/`.nan` in YAML (or 1e400 in JSON) cannot be a TypeScript literal type, nor arrive in a body. */
const representable = (v: unknown): boolean => typeof v !== 'number' || Number.isFinite(v);

/**
 * The document as the type emitter should see it (the validators read the untouched document):
 * - A branch of anyOf/oneOf that only constrains (e.g. `{minLength: 3, pattern: '\.'}` or
 *   `{required: [x]}`) becomes `unknown` in openapi-typescript, and one `unknown` member swallows the
 *   whole union, so such compositions carry no type information and are dropped; allOf members that
 *   only constrain likewise.
 * - Enum members and consts that are not finite numbers are dropped (no JSON value matches them).
 * - A schema that contains itself with no object in between (`A: {items: {$ref: A}}`) would be a type
 *   that refers to itself in place, which TypeScript refuses: the reference that closes the loop is
 *   typed `unknown` (see breakTypeCycles).
 * - `$defs` inside component schemas move to the document's `$defs` (see hoistDefs).
 * - Descriptions and summaries lose the errata citations (jsdoc.ts apiText): they become the hover text.
 * The walk recurses once per level; documents are at most MAX_DEPTH (limits.ts) levels deep.
 * `aliases: false`: no value of `document` is shared (it is JSON.parse's), see copyData.
 */
export function typeView(document: unknown, { aliases = true }: { aliases?: boolean } = {}): unknown {
  const copy = copyData(document, { aliases });
  hoistDefs(copy);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    for (const key of ['description', 'summary'] as const) if (typeof node[key] === 'string') node[key] = apiText(node[key]);
    Object.values(node).forEach(walk); // children first, so nested compositions are already simplified
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches) && branches.some((b) => !shapesType(b))) delete node[key];
    }
    if (Array.isArray(node.allOf)) {
      const kept = node.allOf.filter((m) => shapesType(m) || (isObj(m) && Array.isArray(m.required)));
      if (kept.length === 0) delete node.allOf;
      else node.allOf = kept;
    }
    if (Array.isArray(node.enum) && !node.enum.every(representable)) {
      const kept = node.enum.filter(representable);
      if (kept.length === 0) delete node.enum;
      else node.enum = kept;
    }
    if ('const' in node && !representable(node.const)) delete node.const;
  };
  walk(copy);
  breakTypeCycles(copy);
  return copy;
}

/**
 * Where openapi-typescript writes a subschema in place (`A & B`, `A | B`, `A[]`, `[A, B]`, a `$ref` as
 * an indexed access) rather than inside an object type, which TypeScript resolves lazily.
 */
const IN_PLACE = ['allOf', 'anyOf', 'oneOf', 'items', 'prefixItems'];

/** The `$ref` holders reached from `schema` through in-place positions only. */
function inPlaceRefs(schema: unknown): Obj[] {
  const out: Obj[] = [];
  const stack = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    if (!isObj(node)) continue;
    if (typeof node.$ref === 'string') out.push(node);
    for (const key of IN_PLACE) if (key in node) stack.push(node[key]);
  }
  return out.reverse();
}

/**
 * Depth-first over the `$ref`s reachable in place, from each component schema in document order (then
 * any other referenced node): a reference back to a schema still being visited closes a loop and is
 * replaced by `{}` (`unknown`). Deterministic, and iterative, so any number of schemas is fine.
 */
function breakTypeCycles(document: unknown): void {
  const schemas = isObj(document) && isObj(document.components) && isObj(document.components.schemas) ? document.components.schemas : {};
  const starts = [...Object.keys(schemas).map((k) => pointer('components', 'schemas', k)), ...referencedPointers(document)];
  const state = new Map<string, 'active' | 'done'>();
  for (const start of starts) {
    if (state.has(start)) continue;
    const stack: Array<{ ptr: string; refs: Obj[]; next: number }> = [{ ptr: start, refs: inPlaceRefs(getAtPointer(document, start)), next: 0 }];
    state.set(start, 'active');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const holder = top.refs[top.next++];
      if (!holder) {
        state.set(top.ptr, 'done');
        stack.pop();
        continue;
      }
      const target = refTarget(holder.$ref);
      if (target === undefined) continue;
      const seen = state.get(target);
      if (seen === 'active') delete holder.$ref;
      else if (seen === undefined) {
        state.set(target, 'active');
        stack.push({ ptr: target, refs: inPlaceRefs(getAtPointer(document, target)), next: 0 });
      }
    }
  }
}

/** Every local `$ref` target in the document, in document order. */
function referencedPointers(document: unknown): string[] {
  const out: string[] = [];
  const stack = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...[...node].reverse());
    else if (isObj(node)) {
      const target = refTarget(node.$ref);
      if (target !== undefined) out.push(target);
      stack.push(...Object.values(node).reverse());
    }
  }
  return out;
}

/**
 * openapi-typescript renders a component's `$defs` as a member of the component's own type (a
 * `$defs` property no value has) and a `$ref` to `#/components/schemas/X/$defs/y` as an indexed access
 * into `X`; used in place (`allOf`), that is X referring to itself in its own declaration, which does
 * not compile. Every `$defs` entry under components/schemas becomes a component schema of its own,
 * keyed by its old location (`X/$defs/y`: unique, as no schema name holds a `/` that is not escaped
 * in the pointer), and every `$ref` into one is pointed at its new place. The document's own `$defs`
 * cannot take them: openapi-typescript renders that as one schema, not as a map of them.
 */
function hoistDefs(document: unknown): void {
  if (!isObj(document) || !isObj(document.components) || !isObj(document.components.schemas)) return;
  const schemas = document.components.schemas;
  // The walk below keeps every value's path: only worth it when a `$defs` key is there at all.
  if (!someObject(schemas, (node) => '$defs' in node)) return;
  const moved = new Map<string, string>(); // old pointer -> new pointer
  const hoisted: Obj = {};
  // `names`: the node maps names to schemas (its keys are not keywords).
  const stack: Array<{ node: unknown; at: string[]; names?: boolean }> = Object.entries(schemas).map(([k, node]) => ({ node, at: [k] }));
  while (stack.length > 0) {
    const { node, at, names = false } = stack.pop()!;
    if (Array.isArray(node)) node.forEach((n, i) => stack.push({ node: n, at: [...at, String(i)] }));
    if (!isObj(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (!names && DATA_KEYWORDS.has(key)) continue;
      if (!names && key === '$defs' && isObj(value)) {
        for (const [name, def] of Object.entries(value)) {
          const from = [...at, '$defs', name];
          const newKey = from.join('/');
          if (newKey in schemas) continue; // a schema already named so keeps its name; the def stays
          hoisted[newKey] = def;
          moved.set(pointer('components', 'schemas', ...from), pointer('components', 'schemas', newKey));
          stack.push({ node: def, at: from });
        }
        for (const name of Object.keys(value)) if (moved.has(pointer('components', 'schemas', ...at, '$defs', name))) delete value[name];
        if (Object.keys(value).length === 0) delete node.$defs;
      } else stack.push({ node: value, at: [...at, key], names: !names && NAME_MAPS.has(key) });
    }
  }
  if (moved.size === 0) return;
  Object.assign(schemas, hoisted);
  const repoint = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(repoint);
    if (!isObj(node)) return;
    const target = refTarget(node.$ref);
    if (target !== undefined) {
      // The longest moved pointer that holds the target: a def inside a def moved on its own.
      for (let end = target.length; end > 0; end = target.lastIndexOf('/', end - 1)) {
        const to = moved.get(target.slice(0, end));
        if (to !== undefined) {
          node.$ref = `#${to}${target.slice(end)}`;
          break;
        }
      }
    }
    Object.values(node).forEach(repoint);
  };
  repoint(document);
}
