/** Turning OpenAPI names (schema keys, operationIds, status codes) into TypeScript identifiers. */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'implements interface let package private protected public static yield any boolean number string symbol ' +
    'unknown never object undefined await async type bigint arguments eval'
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

/**
 * Members every object has: a client method with such a name would break the class (`constructor`) or
 * silently replace what every caller expects of an object (`toString`, `valueOf`, …).
 */
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The client method for an operation's type name: its camelCase form, with a trailing `_` when that is
 * a member every object has (`constructor` → `constructor_`). Other method names never hold `_`
 * (pascalCase drops it), so the suffix cannot collide with another operation's method.
 */
export function methodNameFor(typeName: string): string {
  const name = camelCase(typeName);
  return OBJECT_MEMBERS.has(name) ? `${name}_` : name;
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

/** Why `name` cannot be a subpath of the generated package, or undefined when it can. */
export function specNameProblem(name: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/.test(name)) return `output name '${name}' must be lower-case path segments (letters, digits, '.', '_', '-')`;
  const segments = name.split('/');
  if (segments[0] === 'runtime' || segments.includes('node_modules'))
    return `output name '${name}' is reserved (runtime/ holds the client runtime; node_modules/ is never written)`;
  return undefined;
}

/** Why `name` cannot be the generated package's npm name, or undefined when it can. */
export function packageNameProblem(name: string): string | undefined {
  if (name.length > 214 || !/^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(name)) {
    return `package name '${name}' is not a valid npm package name (lower-case letters, digits, '-', '.', '_', '~', optionally @scope/)`;
  }
  return undefined;
}

/** Why `version` cannot be the generated package's version (semver), or undefined when it can. */
export function packageVersionProblem(version: string): string | undefined {
  const id = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
  const semver = new RegExp(`^(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-${id}(?:\\.${id})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);
  return semver.test(version) ? undefined : `package version '${version}' is not a semantic version (e.g. 1.0.0)`;
}

/**
 * The default subpath of a spec, from its `info.title`: `Swagger Petstore - OpenAPI 3.0` →
 * `swagger-petstore-openapi-3.0`. Accents are dropped, anything else that is not a letter or digit
 * becomes one `-`; an empty result is `api`, a reserved one gets `-api` appended.
 */
export function subpathFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, 64)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  if (slug === '') return 'api';
  return specNameProblem(slug) ? `${slug}-api` : slug;
}

/** The default client class of a spec, from its `info.title` (or subpath): `Swagger Petstore` → `SwaggerPetstoreClient`. */
export function clientNameFor(titleOrSubpath: string): string {
  const derived = `${pascalCase(subpathFromTitle(titleOrSubpath.split('/').pop()!))}Client`;
  // A title such as `2FA` would make `2faClient`, which is no identifier.
  return isIdentifier(derived) ? derived : `Api${derived}`;
}
