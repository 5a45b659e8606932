/**
 * What generate can promise to finish: documents within these limits generate (or stop with a
 * located error) in bounded time and stack, whatever their content. Checked before anything walks
 * the document recursively (the linter, openapi-typescript, Ajv, the TypeScript compiler, our own walks).
 */
import type { LoadedDocument } from '../openapi/document.js';
import { isContainer, isObj, type Obj } from '../openapi/json.js';
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
  // Only YAML aliases put one value in two places, or inside itself: JSON.parse never does, so a JSON
  // document's values need no bookkeeping (on GitHub's description, a tenth of a second and 90 MB of garbage).
  const aliases = loaded.json !== true;
  const deepestSeen = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: Array<Frame | { leave: object }> = [{ node: loaded.data, parent: undefined, key: '', depth: 0 }];
  const push = (node: unknown, parent: Frame, key: string): void => {
    if (isContainer(node)) stack.push({ node, parent, key, depth: parent.depth + 1 });
  };
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('leave' in frame) {
      onPath.delete(frame.leave);
      continue;
    }
    const node = frame.node;
    if (!isContainer(node)) continue;
    const ptr = (): string => pointerOf(frame);
    if (aliases) {
      if (onPath.has(node)) throw loaded.errorAt(ptr(), 'this value contains itself (a YAML alias inside its own anchor), so it has no end');
      // A value shared through YAML aliases is walked again only where it sits deeper than before.
      if ((deepestSeen.get(node) ?? -1) >= frame.depth) continue;
      deepestSeen.set(node, frame.depth);
    }
    if (frame.depth > MAX_DEPTH) throw loaded.errorAt(ptr(), `nested more than ${MAX_DEPTH} levels deep; generate supports documents up to ${MAX_DEPTH} levels`);
    if (isObj(node)) {
      if (typeof node.$ref === 'string') refs.set(node, frame);
      if (Array.isArray(node.enum) && node.enum.length > MAX_ENUM_VALUES) {
        throw loaded.errorAt(`${ptr()}/enum`, `enum with ${node.enum.length} values; generate supports up to ${MAX_ENUM_VALUES} values per enum`);
      }
    }
    if (aliases) {
      onPath.add(node);
      stack.push({ leave: node });
    }
    // Pushed last first, so that the walk (and the first problem it reports) follows document order.
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) push(node[i], frame, String(i));
    } else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) push((node as Obj)[keys[i]!], frame, keys[i]!);
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
