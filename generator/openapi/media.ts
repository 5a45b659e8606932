/** Media-type tests shared by every command, so "is this JSON?" has one answer. */

/** A media type without its parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
export function baseMediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

/** `application/json` and structured-syntax `+json` types (`application/problem+json`). */
export function isJsonMediaType(value: string): boolean {
  const base = baseMediaType(value);
  return base === 'application/json' || base.endsWith('+json');
}
