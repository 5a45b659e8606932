/** The two pointer helpers openapi-typescript takes from its Redocly's `ref-utils`, giving the same answers, without loading Redocly 1.x. */

/*
 * openapi-typescript builds the path of every node it renders by parsing its parent's path again
 * (`createRef`), token by token; Redocly's helpers run two regular expressions and
 * `decodeURIComponent` on each token, a quarter of the library's time on GitHub's description. A
 * token without `~` or `%` comes out of all three unchanged, so it is not run through them. Loading
 * Redocly's module also loaded most of Redocly 1.x (80 ms), for these two functions.
 */

/** A token as Redocly's `unescapePointer` decodes it: `~1`, then `~0`, then percent-escapes (a malformed one throws, as there). */
function unescapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('%')) return token;
  return decodeURIComponent(token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Redocly's `parseRef`: the part before the first `#/` (without a trailing `#`; null if empty), and the decoded, non-empty tokens up to the next `#/`. */
export function parseRef(ref: string): { uri: string | null; pointer: string[] } {
  const [uri, pointer = ''] = ref.split('#/') as [string, string?];
  const tokens: string[] = [];
  for (const token of pointer.split('/')) {
    const decoded = unescapeToken(token);
    if (decoded) tokens.push(decoded);
  }
  return { uri: (uri.endsWith('#') ? uri.slice(0, -1) : uri) || null, pointer: tokens };
}

/** Redocly's `escapePointer`: `~` as `~0` and `/` as `~1`; a number is returned as it is. */
export function escapePointer<T extends string | number>(fragment: T): T {
  if (typeof fragment === 'number') return fragment;
  if (typeof fragment === 'string' && !fragment.includes('~') && !fragment.includes('/')) return fragment;
  // Anything else fails here as it fails there.
  return (fragment as string).replace(/~/g, '~0').replace(/\//g, '~1') as T;
}
