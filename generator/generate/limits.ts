/**
 * What generate can promise to finish: documents within these limits generate (or stop with a
 * located error) in bounded time and stack, whatever their content. Checked before anything walks
 * the document recursively (the linter, openapi-typescript, Ajv, the TypeScript compiler, our own walks).
 */
import type { LoadedDocument } from '../openapi/document.js';
import { isObj, type Obj } from '../openapi/json.js';
import { parsePointer, pointer } from '../openapi/pointer.js';
import { refTarget } from '../openapi/refs.js';

/**
 * Deepest nesting of objects and arrays: real documents stay under 25 (GitHub's is 21); the linter
 * (Redocly, through js-yaml) gives up at 100, and everything after it copes with this much.
 */
export const MAX_DEPTH = 96;
/** Most values one `enum` may list: each becomes a member of a TypeScript union the compiler checks. */
export const MAX_ENUM_VALUES = 10_000;
/** Longest chain of `$ref`s that lead to one another (real documents: 1 to 3). */
export const MAX_REF_CHAIN = 64;

interface Frame {
  node: unknown;
  parent: Frame | undefined;
  key: string;
  depth: number;
}

function pointerOf(frame: Frame): string {
  const tokens: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) tokens.push(f.key);
  return pointer(...tokens.reverse());
}

/** Refuse, with a located error, a document generate could not finish: too deep, self-containing, huge enums, `$ref` loops. */
export function checkDocumentLimits(loaded: LoadedDocument): void {
  const refs = walkStructure(loaded);
  checkRefChains(loaded, refs);
}

/** One iterative pass: depth, objects that contain themselves (a YAML alias inside its own anchor), enum sizes. */
function walkStructure(loaded: LoadedDocument): Map<Obj, Frame> {
  const refs = new Map<Obj, Frame>();
  const deepestSeen = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: Array<{ frame: Frame; leaving: boolean }> = [{ frame: { node: loaded.data, parent: undefined, key: '', depth: 0 }, leaving: false }];
  while (stack.length > 0) {
    const { frame, leaving } = stack.pop()!;
    const node = frame.node;
    if (node === null || typeof node !== 'object') continue;
    if (leaving) {
      onPath.delete(node);
      continue;
    }
    const ptr = (): string => pointerOf(frame);
    if (onPath.has(node)) throw loaded.errorAt(ptr(), 'this value contains itself (a YAML alias inside its own anchor), so it has no end');
    // A value shared through YAML aliases is walked again only where it sits deeper than before.
    if ((deepestSeen.get(node) ?? -1) >= frame.depth) continue;
    deepestSeen.set(node, frame.depth);
    if (frame.depth > MAX_DEPTH) throw loaded.errorAt(ptr(), `nested more than ${MAX_DEPTH} levels deep; generate supports documents up to ${MAX_DEPTH} levels`);
    if (isObj(node)) {
      if (typeof node.$ref === 'string') refs.set(node, frame);
      if (Array.isArray(node.enum) && node.enum.length > MAX_ENUM_VALUES) {
        throw loaded.errorAt(`${ptr()}/enum`, `enum with ${node.enum.length} values; generate supports up to ${MAX_ENUM_VALUES} values per enum`);
      }
    }
    onPath.add(node);
    stack.push({ frame, leaving: true });
    const children = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, value] = children[i]!;
      if (value !== null && typeof value === 'object') stack.push({ frame: { node: value, parent: frame, key, depth: frame.depth + 1 }, leaving: false });
    }
  }
  return refs;
}

const UNRESOLVED = Symbol('unresolved');

/**
 * Every local `$ref` followed the way the linter follows it (through `$ref`s met on the way along a
 * pointer, and on to the end of a chain): a loop (`A: {$ref: B}`, `B: {$ref: A}`) has no target at all,
 * and a chain longer than MAX_REF_CHAIN is refused rather than followed on the stack.
 */
function checkRefChains(loaded: LoadedDocument, refs: Map<Obj, Frame>): void {
  const resolved = new Map<Obj, unknown>();
  const chain: Obj[] = [];
  const where = (ref: Obj): string => `${pointerOf(refs.get(ref)!)}/$ref`;

  const resolve = (ref: Obj): unknown => {
    const known = resolved.get(ref);
    if (known !== undefined) return known;
    if (chain.includes(ref)) {
      const loop = [...chain.slice(chain.indexOf(ref)), ref].map((r) => `'${String(r.$ref)}'`).join(' → ');
      throw loaded.errorAt(where(ref), `$ref loop: ${loop}; a reference must end at a value`);
    }
    if (chain.length >= MAX_REF_CHAIN)
      throw loaded.errorAt(where(ref), `more than ${MAX_REF_CHAIN} $refs lead to one another from here; generate supports chains up to ${MAX_REF_CHAIN}`);
    chain.push(ref);
    const target = refTarget(ref.$ref);
    let node: unknown = UNRESOLVED;
    if (target !== undefined) {
      node = loaded.data;
      for (const token of parsePointer(target)) {
        if (isObj(node) && node[token] !== undefined) node = node[token];
        else if (Array.isArray(node) && node[Number(token)] !== undefined) node = node[Number(token)];
        else if (isObj(node) && refs.has(node)) {
          const base = resolve(node);
          node = isObj(base) || Array.isArray(base) ? (base as Obj)[token] : undefined;
        } else node = undefined;
        if (node === undefined || node === UNRESOLVED) break;
      }
      if (isObj(node) && refs.has(node)) node = resolve(node);
    }
    chain.pop();
    const result = node === undefined ? UNRESOLVED : node;
    resolved.set(ref, result);
    return result;
  };
  for (const ref of refs.keys()) resolve(ref);
}
