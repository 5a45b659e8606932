/**
 * The bounds every document is held to before anything walks it, so that a hostile file ends in a
 * located error rather than a stack overflow, a hang or an exhausted heap: size, nesting depth,
 * duplicate keys (JSON.parse silently keeps the last one), and for YAML the cycles and the expansion
 * that aliases can build. Every walker in funcspec recurses over documents that passed these.
 */

/** Largest document read, in bytes: 2.5 times GitHub's REST description (13 MB JSON). */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * Deepest nesting of mappings and sequences. Redocly's YAML reader (js-yaml) refuses values more
 * than 100 levels down, with an error of its own; 98 containers keep every value within that (a
 * flow-style root, as in JSON, counts one more level there), so funcspec's located error comes
 * first. GitHub's description nests 22 levels, 30 dereferenced.
 */
export const MAX_DEPTH = 98;

/** Most values a YAML document may expand to through aliases (GitHub's has 258 000 without any). */
export const MAX_EXPANDED_VALUES = 5_000_000;

export interface TextProblem {
  /** UTF-16 offset into the text. */
  offset: number;
  message: string;
}

export interface TreeProblem {
  /** JSON pointer of the value at fault. */
  ptr: string;
  message: string;
}

export const tooDeep = (): string => `nested more than ${MAX_DEPTH} levels deep; funcspec reads documents up to that depth`;

/**
 * Duplicate keys and nesting depth of a text that JSON.parse accepted, in one pass over the
 * characters (about 40 ms for GitHub's 13 MB).
 */
export function scanJson(text: string): TextProblem | undefined {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: Array<Set<string> | null> = [];
  let expectKey = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const keys = open[open.length - 1];
      if (keys && expectKey) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (keys.has(key)) return { offset: start, message: `duplicate key ${JSON.stringify(key)} in the same object (JSON would silently keep only the last)` };
        keys.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      if (open.length > MAX_DEPTH) return { offset: i, message: tooDeep() };
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) open.pop();
    else if (c === 0x2c) expectKey = open[open.length - 1] !== null;
  }
  return undefined;
}

/**
 * Depth, cycles and expanded size of parsed YAML, where an alias makes one object appear in many
 * places (or inside itself). Shared objects are measured once, so a billion laughs costs no more
 * than the text that spells it.
 */
export function checkTree(root: unknown): TreeProblem | undefined {
  interface Frame {
    node: object;
    ptr: string;
    depth: number;
    keys: string[];
    next: number;
    size: number;
    height: number;
  }
  const done = new WeakMap<object, { size: number; height: number }>();
  const active = new WeakSet<object>();
  const isNode = (v: unknown): v is object => v !== null && typeof v === 'object';
  if (!isNode(root)) return undefined;
  const enter = (node: object, ptr: string, depth: number): Frame => {
    active.add(node);
    return { node, ptr, depth, keys: Object.keys(node), next: 0, size: 1, height: 1 };
  };
  const stack: Frame[] = [enter(root, '', 1)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.depth > MAX_DEPTH) return { ptr: top.ptr, message: tooDeep() };
    if (top.next < top.keys.length) {
      const key = top.keys[top.next++]!;
      const child = (top.node as Record<string, unknown>)[key];
      const ptr = `${top.ptr}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!isNode(child)) {
        top.size++;
        continue;
      }
      if (active.has(child)) return { ptr, message: 'a YAML alias refers to a mapping or sequence that contains it: the document is infinitely deep' };
      const measured = done.get(child);
      if (measured) {
        if (top.depth + measured.height > MAX_DEPTH) return { ptr, message: tooDeep() };
        top.size += measured.size;
        top.height = Math.max(top.height, measured.height + 1);
      } else stack.push(enter(child, ptr, top.depth + 1));
    } else {
      stack.pop();
      active.delete(top.node);
      done.set(top.node, { size: top.size, height: top.height });
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.size += top.size;
        parent.height = Math.max(parent.height, top.height + 1);
      }
      if (top.size > MAX_EXPANDED_VALUES) return { ptr: top.ptr, message: `expands through YAML aliases to more than ${MAX_EXPANDED_VALUES} values` };
    }
  }
  return undefined;
}

/** Whether `parseText` tries a text as JSON first (it opens an object or an array); YAML's flow style may open so too. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}
