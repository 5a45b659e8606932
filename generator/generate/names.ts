/** Turning OpenAPI names (schema keys, operationIds, status codes) into TypeScript identifiers. */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield any boolean number string symbol ' +
    'unknown never object undefined await async type'
  ).split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name);
}

/**
 * `simple-user` → `SimpleUser`, `func_vpc` → `FuncVpc`, `FuncVpc` stays. Only the usual word
 * separators are folded; anything else (spaces inside words, `!`, non-ASCII) is left for the caller
 * to reject, because silently dropping characters makes two names collide unpredictably.
 */
export function pascalCase(name: string): string {
  return name
    .split(/[-_.\s/]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

export function camelCase(name: string): string {
  const p = pascalCase(name);
  return p.length === 0 ? p : p[0]!.toLowerCase() + p.slice(1);
}

/** Status keys as they read in a type name: `200`, `4XX` → `4xx`, `default` → `Default`. */
export function statusSuffix(status: string): string {
  if (status === 'default') return 'Default';
  return status.toLowerCase();
}
