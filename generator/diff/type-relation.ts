/**
 * Is a type/format change a widening or a narrowing? This is oasdiff's notion of "contained":
 * integer values are numbers, int32 values are int64s, a date is a date-time's prefix... and in
 * loosely typed encodings (query strings, forms) any value can be read as a string.
 */
import type { TypeInfo } from './model.js';

const FORMAT_WIDENINGS: ReadonlyArray<readonly [narrow: string, wide: string]> = [
  ['float', 'double'],
  ['int32', 'int64'],
  ['int32', 'bigint'],
  ['int64', 'bigint'],
  ['date', 'date-time'],
  ['time', 'date-time'],
];

function typeContains(wide: string[] | undefined, narrow: string[] | undefined, stronglyTyped: boolean): boolean {
  if (wide === undefined) return true; // no `type`: anything goes
  if (narrow === undefined) return false;
  if (narrow.every((t) => wide.includes(t) || (t === 'integer' && wide.includes('number')))) return true;
  return !stronglyTyped && wide.length === 1 && wide[0] === 'string';
}

function formatContains(wide: string | undefined, narrow: string | undefined): boolean {
  if (wide === undefined || wide === narrow) return true;
  return FORMAT_WIDENINGS.some(([n, w]) => n === narrow && w === wide);
}

/** Does every value valid for `narrow` stay valid for `wide`? */
export function contains(wide: TypeInfo, narrow: TypeInfo, stronglyTyped = true): boolean {
  return typeContains(wide.types, narrow.types, stronglyTyped) && (sameTypes(wide, narrow) ? formatContains(wide.format, narrow.format) : true);
}

export function sameTypes(a: TypeInfo, b: TypeInfo): boolean {
  return (a.types ?? []).join('|') === (b.types ?? []).join('|') && (a.types === undefined) === (b.types === undefined);
}

export type TypeRelation = 'generalized' | 'specialized' | 'changed';

export function relation(from: TypeInfo, to: TypeInfo, stronglyTyped = true): TypeRelation {
  if (contains(to, from, stronglyTyped)) return 'generalized';
  if (contains(from, to, stronglyTyped)) return 'specialized';
  return 'changed';
}

/**
 * oasdiff reports a change between *lists* of types (3.1 `type: [string, integer]`) as
 * list-of-types widened/narrowed rather than as a type change: the same format on both sides, at
 * least one side listing several types, and one list a superset of the other.
 */
export function listOfTypes(from: TypeInfo, to: TypeInfo): 'widened' | 'narrowed' | undefined {
  if (from.types === undefined || to.types === undefined || from.format !== to.format) return undefined;
  if (from.types.length < 2 && to.types.length < 2) return undefined;
  if (from.types.every((t) => to.types!.includes(t))) return 'widened';
  if (to.types.every((t) => from.types!.includes(t))) return 'narrowed';
  return undefined;
}

export function showType(t: TypeInfo): string {
  const types = t.types === undefined ? 'any' : t.types.join('|');
  return t.format === undefined ? types : `${types}/${t.format}`;
}
