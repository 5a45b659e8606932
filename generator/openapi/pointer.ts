/** RFC 6901 JSON pointers: the address every error and diff in funcspec uses. */

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function pointer(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

export function appendPointer(base: string, ...tokens: Array<string | number>): string {
  return base + pointer(...tokens);
}

/**
 * The tokens of a pointer. A URI fragment (`#/a%20b`, as written in a `$ref`) is percent-decoded; a
 * plain pointer (`/a%20b`, as funcspec builds them) is not: `%` is an ordinary character of a name.
 */
export function parsePointer(ptr: string): string[] {
  if (ptr === '' || ptr === '#') return [];
  const fragment = ptr.startsWith('#');
  const body = fragment ? ptr.slice(1) : ptr;
  if (!body.startsWith('/')) throw new Error(`not a JSON pointer: ${ptr}`);
  return body
    .slice(1)
    .split('/')
    .map((t) => unescapeToken(fragment ? decodeURIComponent(t) : t));
}

/** A plain pointer as a URI fragment (`/a b` → `#/a%20b`), for `$ref`s handed to Ajv. */
export function uriFragment(ptr: string): string {
  return '#' + ptr.split('/').map(encodeURIComponent).join('/');
}

export function getAtPointer(root: unknown, ptr: string): unknown {
  let node: unknown = root;
  for (const token of parsePointer(ptr)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
