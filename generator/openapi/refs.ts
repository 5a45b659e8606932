/**
 * Local `$ref` resolution that remembers where each node lives, so every change can carry the JSON
 * pointer of the text a reader would edit (the component, not the place that references it).
 */
import { isObj, type Obj } from './json.js';
import { appendPointer, getAtPointer, parsePointer, pointer } from './pointer.js';

/** A value of one document together with its JSON pointer in that document. */
export interface Located {
  value: unknown;
  ptr: string;
}

/**
 * The plain pointer a local `$ref` names (its fragment percent-decoded: `#/a%20b` → `/a b`), or
 * undefined for external references (refused by `lintOpenApi`, never followed) and malformed ones.
 */
export function refTarget(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
  try {
    return pointer(...parsePointer(ref));
  } catch {
    return undefined;
  }
}

/**
 * Follow a chain of `$ref`s. Stops (returning the last node reached) on external or dangling
 * references and on loops such as `A: {$ref: B}, B: {$ref: A}`; the linter rejects those anyway.
 */
export function deref(root: unknown, node: Located): Located {
  let current = node;
  const seen = new Set<string>();
  while (isObj(current.value) && '$ref' in current.value) {
    const target = refTarget(current.value.$ref);
    if (target === undefined || seen.has(target)) return current;
    seen.add(target);
    const value = getAtPointer(root, target);
    if (value === undefined) return current;
    current = { value, ptr: target };
  }
  return current;
}

export function child(node: Located, ...tokens: Array<string | number>): Located {
  let value: unknown = node.value;
  for (const t of tokens) value = isObj(value) || Array.isArray(value) ? (value as Obj)[String(t)] : undefined;
  return { value, ptr: appendPointer(node.ptr, ...tokens) };
}

/** Entries of an object-valued member as Located nodes (empty when absent). */
export function entries(node: Located, key: string): Array<[string, Located]> {
  const v = isObj(node.value) ? node.value[key] : undefined;
  if (!isObj(v)) return [];
  return Object.keys(v).map((k) => [k, { value: v[k], ptr: appendPointer(node.ptr, key, k) }]);
}
