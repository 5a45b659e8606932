/**
 * The `$ref`s of a document that nothing may follow, found before anything tries: external
 * references (funcspec reads only the document it is given: no URL is fetched, no other file read),
 * references whose target passes through another `$ref`, and cycles that never reach a value, such as
 * `A: {$ref: B}, B: {$ref: A}` or `A: {allOf: [{$ref: A}]}` (a schema that includes itself in place:
 * resolving or validating it never ends). Recursion through a nested value (`properties`, `items`)
 * is an ordinary recursive schema and is fine.
 *
 * Where `$ref` is a reference: every object of the document except example data (a media type's or
 * parameter's `example`, an Example object's `value`, a schema's `example`, `examples`, `default`,
 * `const` and `enum`), which is a value like any other even when it spells `$ref`.
 */
import { isContainer, isObj, type Obj } from './json.js';
import { getAtPointer, parsePointer, pointer } from './pointer.js';
import { refTarget } from './refs.js';
import { NAME_MAPS } from './sites.js';

export interface ReferenceProblem {
  ruleId: 'no-external-refs' | 'no-ref-cycles';
  message: string;
  /** JSON pointer of the offending `$ref` (or keyword). */
  pointer: string;
}

/** Keys whose values are data, not spec (skipped). */
const DATA_KEYS = new Set(['example', 'default', 'const', 'enum']);
/** Keywords whose subschemas apply to the same value: a cycle through these (and `$ref`) never ends. */
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_ONES = ['not', 'if', 'then', 'else'];

/** A discriminator mapping value that names a document rather than a schema (Redocly would resolve it). */
const looksLikeRef = (v: string): boolean => /^(https?:|\.\.?\/)/.test(v) || v.includes('/');

const shown = (ref: string): string => JSON.stringify(ref.length > 80 ? `${ref.slice(0, 77)}...` : ref);

function externalProblem(ref: string, at: string): ReferenceProblem {
  return {
    ruleId: 'no-external-refs',
    pointer: at,
    message: `external reference ${shown(ref)} refused: funcspec reads only the document it is given (no URL is fetched, no other file read); inline the definition under #/components`,
  };
}

type Kind = 'node' | 'names' | 'examples' | 'example' | 'mapping';

/** Every problem, external references first, in document order. */
export function referenceProblems(root: unknown): ReferenceProblem[] {
  const external: ReferenceProblem[] = [];
  const through: ReferenceProblem[] = [];
  /** Edges of the "same value" graph: a node to its `$ref` target and its in-place subschemas. */
  const edges = new Map<string, Array<{ to: string; via: string }>>();
  const edge = (from: string, to: string, via: string): void => {
    const list = edges.get(from);
    if (list) list.push({ to, via });
    else edges.set(from, [{ to, via }]);
  };

  // A value's pointer is spelt out only when a problem or an edge needs it (most values never do:
  // on GitHub's description, spelling every one cost a tenth of a second).
  interface Entry {
    value: unknown;
    kind: Kind;
    parent: Entry | undefined;
    key: string;
    ptr?: string;
  }
  const ptrOf = (entry: Entry): string => {
    const chain: Entry[] = [];
    let cur: Entry | undefined = entry;
    while (cur !== undefined && cur.ptr === undefined) {
      chain.push(cur);
      cur = cur.parent;
    }
    let ptr = cur?.ptr ?? '';
    for (let i = chain.length - 1; i >= 0; i--) chain[i]!.ptr = ptr += pointer(chain[i]!.key);
    return ptr;
  };
  // What each target is, looked up once however many `$ref`s name it (GitHub's name a few hundred targets thousands of times).
  const targets = new Map<string, { crossed: string | undefined; toObject: boolean }>();
  const targetOf = (target: string): { crossed: string | undefined; toObject: boolean } => {
    let known = targets.get(target);
    if (!known) targets.set(target, (known = { crossed: refCrossed(root, target), toObject: isObj(getAtPointer(root, target)) }));
    return known;
  };
  const stack: Entry[] = [{ value: root, kind: 'node', parent: undefined, key: '', ptr: '' }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { value, kind } = entry;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (isContainer(item)) stack.push({ value: item, kind: 'node', parent: entry, key: String(i) });
      }
      continue;
    }
    if (!isObj(value)) continue;
    const at = (k: string): string => ptrOf(entry) + pointer(k);
    if (kind === 'mapping') {
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string' && !v.startsWith('#') && looksLikeRef(v)) external.push(externalProblem(v, at(k)));
      continue;
    }
    if ((kind === 'node' || kind === 'example') && typeof value.$ref === 'string') {
      const ref = value.$ref;
      if (!ref.startsWith('#')) external.push(externalProblem(ref, at('$ref')));
      else {
        const target = refTarget(ref);
        const { crossed, toObject } = target === undefined ? { crossed: undefined, toObject: false } : targetOf(target);
        if (crossed !== undefined)
          through.push({
            ruleId: 'no-ref-cycles',
            pointer: at('$ref'),
            message: `$ref ${shown(ref)} points through ${crossed}, which is itself a $ref: point at the definition`,
          });
        else if (target !== undefined && toObject) edge(ptrOf(entry), target, '$ref');
      }
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      const v = value[k];
      // Only objects and arrays hold `$ref`s (a third of the values on GitHub's description).
      if (!isContainer(v)) continue;
      const child = (childKind: Kind): Entry => ({ value: v, kind: childKind, parent: entry, key: k });
      if (kind === 'names') stack.push(child('node'));
      else if (kind === 'examples') stack.push(child('example'));
      else if (kind === 'example' && k === 'value') continue;
      else if (DATA_KEYS.has(k) || (k === 'examples' && Array.isArray(v))) continue;
      else if (k === 'examples') stack.push(child('examples'));
      else if (k === 'mapping' && isObj(v)) stack.push(child('mapping'));
      else {
        const next = child(NAME_MAPS.has(k) ? 'names' : 'node');
        stack.push(next);
        if (kind !== 'node' || !isObj(v)) {
          if (kind === 'node' && Array.isArray(v) && IN_PLACE_LISTS.includes(k)) v.forEach((s, j) => isObj(s) && edge(ptrOf(entry), `${ptrOf(next)}/${j}`, k));
          continue;
        }
        if (IN_PLACE_ONES.includes(k)) edge(ptrOf(entry), ptrOf(next), k);
        else if (k === 'dependentSchemas') for (const name of Object.keys(v)) edge(ptrOf(entry), ptrOf(next) + pointer(name), k);
      }
    }
  }
  const loops = cycles(edges);
  return [...external, ...through, ...(loops.length > 0 ? loops : fanOut(edges))];
}

/** Most schemas one schema may apply to the same value, counting repeats (real documents: GitHub's largest is in the tens). */
export const MAX_IN_PLACE = 10_000;

/**
 * Schemas that apply more than MAX_IN_PLACE schemas to one value, counting each path: `E0: {allOf:
 * [E1 ×8]}, E1: {allOf: [E2 ×8]}, …` twelve deep makes 8^12. Ajv evaluates every path, so validating
 * anything against E0 would never end. The graph has no cycles here; counts are memoized.
 */
function fanOut(edges: Map<string, Array<{ to: string; via: string }>>): ReferenceProblem[] {
  const count = new Map<string, number>();
  const countOf = (start: string): number => {
    const stack: Array<{ node: string; next: number; sum: number }> = [{ node: start, next: 0, sum: 1 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = edges.get(top.node) ?? [];
      if (top.next < list.length) {
        const { to } = list[top.next++]!;
        const known = count.get(to);
        if (known === undefined) stack.push({ node: to, next: 0, sum: 1 });
        else top.sum = Math.min(top.sum + known, Number.MAX_SAFE_INTEGER);
        continue;
      }
      stack.pop();
      count.set(top.node, top.sum);
      const parent = stack[stack.length - 1];
      if (parent) parent.sum = Math.min(parent.sum + top.sum, Number.MAX_SAFE_INTEGER);
    }
    return count.get(start)!;
  };
  for (const node of edges.keys()) {
    const n = countOf(node);
    if (n > MAX_IN_PLACE)
      return [
        {
          ruleId: 'no-ref-cycles',
          pointer: node,
          message: `applies ${n > 1e15 ? 'more than 10^15' : n} schemas to the same value through allOf/anyOf/oneOf/$ref (shared parts nested in layers; at most ${MAX_IN_PLACE}): validating against it would never end`,
        },
      ];
  }
  return [];
}

/**
 * Whether `ptr` lies inside example data (see the file comment), where a `$ref` is a value: Redocly
 * still tries to resolve such a `$ref`, and its complaint that it cannot is not a problem of the document.
 */
export function inExampleData(root: unknown, ptr: string): boolean {
  let node: unknown = root;
  let kind: Kind = 'node';
  for (const k of parsePointer(ptr)) {
    const v: unknown = isObj(node) || Array.isArray(node) ? (node as Obj)[k] : undefined;
    if (Array.isArray(node) || kind === 'names') kind = 'node';
    else if (kind === 'examples') kind = 'example';
    else if (kind === 'mapping') return false;
    else if (kind === 'example' && k === 'value') return true;
    else if (DATA_KEYS.has(k) || (k === 'examples' && Array.isArray(v))) return true;
    else if (k === 'examples') kind = 'examples';
    else if (k === 'mapping' && isObj(v)) kind = 'mapping';
    else kind = NAME_MAPS.has(k) ? 'names' : 'node';
    node = v;
  }
  return false;
}

/**
 * The first ancestor of `target` that is a `$ref` object the pointer would have to pass through, as a
 * pointer; undefined when none. A 3.1 schema may hold `$ref` beside other keywords (`$defs`,
 * `properties`, ...): a pointer into one of those names a member that is written there, not one of
 * the reference's target, so it crosses nothing.
 */
function refCrossed(root: unknown, target: string): string | undefined {
  let node: unknown = root;
  const tokens = parsePointer(target);
  for (let i = 0; i < tokens.length; i++) {
    if (isObj(node) && typeof node.$ref === 'string' && i > 0 && !Object.prototype.hasOwnProperty.call(node, tokens[i]!)) return pointer(...tokens.slice(0, i));
    node = isObj(node) || Array.isArray(node) ? (node as Obj)[tokens[i]!] : undefined;
  }
  return undefined;
}

/** One problem per cycle of the "same value" graph (iterative depth-first search). */
function cycles(edges: Map<string, Array<{ to: string; via: string }>>): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const state = new Map<string, 'active' | 'done'>();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const path: Array<{ node: string; next: number }> = [{ node: start, next: 0 }];
    state.set(start, 'active');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const list = edges.get(top.node) ?? [];
      if (top.next >= list.length) {
        state.set(top.node, 'done');
        path.pop();
        continue;
      }
      const { to, via } = list[top.next++]!;
      const seen = state.get(to);
      if (seen === undefined) {
        state.set(to, 'active');
        path.push({ node: to, next: 0 });
      } else if (seen === 'active') {
        const from = path.findIndex((f) => f.node === to);
        const loop = [...path.slice(from).map((f) => f.node), to].map((p) => p || '/');
        out.push({
          ruleId: 'no-ref-cycles',
          pointer: top.node + pointer(via),
          message: `cycle with no nested value in between: ${loop.join(' → ')} (a schema or reference that contains itself in place can never be resolved or validated)`,
        });
      }
    }
  }
  return out;
}
