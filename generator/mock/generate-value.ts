/**
 * `--dynamic`: a random value built from a schema with a seeded PRNG, honouring type, const, enum,
 * format, bounds, lengths, pattern, item and property counts, required, additionalProperties and
 * the composition keywords (see ./flatten.ts). Recursion is bounded: past SHALLOW_DEPTH nested
 * values (or SHALLOW_VALUES values in all) optional properties are left out and arrays get their
 * minimum count, so a schema that refers back to itself ends; one that requires itself for ever is
 * Unsatisfiable at DEEPEST_DEPTH. The caller checks the value against the schema with Ajv.
 */
import { compileSpecPattern } from '../openapi/regexp.js';
import type { Located } from '../openapi/refs.js';
import { flatten, Unsatisfiable, type Flat, type FlattenContext } from './flatten.js';
import { base64, formatValue, letters } from './formats.js';
import { PatternUnsupported, sampleForPattern } from './pattern.js';
import type { Random } from './random.js';

export { Unsatisfiable } from './flatten.js';

const SHALLOW_DEPTH = 5;
const SHALLOW_VALUES = 2_000;
const DEEPEST_DEPTH = 64;
const MOST_VALUES = 50_000;

interface Context extends FlattenContext {
  values: number;
}

export function generateValue(doc: unknown, schema: Located, random: Random): unknown {
  return build({ doc, random, values: 0 }, [schema], 0);
}

function build(cx: Context, schemas: Located[], depth: number): unknown {
  const at = schemas[0]?.ptr ?? '';
  if (depth > DEEPEST_DEPTH) throw new Unsatisfiable(at, `the value nests more than ${DEEPEST_DEPTH} levels deep (a required property that refers back to its own schema?)`);
  if (++cx.values > MOST_VALUES) throw new Unsatisfiable(at, `the value needs more than ${MOST_VALUES} parts`);
  const flat = flatten(cx, schemas);
  if (flat.constant) return flat.constant.value;
  if (flat.enum) {
    if (flat.enum.length === 0) throw new Unsatisfiable(at, 'no value is in the enum of every schema that applies');
    return cx.random.pick(flat.enum);
  }
  const shallow = depth >= SHALLOW_DEPTH || cx.values >= SHALLOW_VALUES;
  switch (chooseType(flat, cx.random)) {
    case 'null':
      return null;
    case 'boolean':
      return cx.random.chance(0.5);
    case 'integer':
      return integer(flat, cx.random);
    case 'number':
      return number(flat, cx.random);
    case 'array':
      return array(cx, flat, depth, shallow);
    case 'object':
      return object(cx, flat, depth, shallow);
    default:
      return string(flat, cx.random);
  }
}

function chooseType(flat: Flat, random: Random): string {
  if (flat.types) {
    if (flat.types.length === 0) throw new Unsatisfiable(flat.ptr, 'no type is allowed by every schema that applies');
    const concrete = flat.types.filter((t) => t !== 'null');
    if (concrete.length === 0) return 'null';
    // null now and then, where it is allowed beside another type
    if (flat.types.includes('null') && random.chance(0.15)) return 'null';
    return random.pick(concrete);
  }
  if (flat.properties.size > 0 || flat.required.size > 0 || flat.additional.length > 0 || flat.patternProperties.length > 0) return 'object';
  if (flat.items.length > 0 || flat.prefixItems.length > 0 || flat.contains.length > 0) return 'array';
  if (flat.minimum !== undefined || flat.maximum !== undefined || flat.multipleOf !== undefined) return 'number';
  return 'string';
}

/** The closed range a number may take, with defaults around the one bound given (or 0..1000). */
function bounds(flat: Flat, integral: boolean): [number, number] {
  let lo = larger(flat.minimum, flat.exclusiveMinimum === undefined ? undefined : integral ? Math.floor(flat.exclusiveMinimum) + 1 : flat.exclusiveMinimum);
  let hi = smaller(flat.maximum, flat.exclusiveMaximum === undefined ? undefined : integral ? Math.ceil(flat.exclusiveMaximum) - 1 : flat.exclusiveMaximum);
  if (flat.format === 'int32') [lo, hi] = [larger(lo, -(2 ** 31)), smaller(hi, 2 ** 31 - 1)];
  if (lo === undefined && hi === undefined) [lo, hi] = [0, 1000];
  else if (lo === undefined) lo = hi! - 1000;
  else if (hi === undefined) hi = lo + 1000;
  if (integral) [lo, hi] = [Math.ceil(lo), Math.floor(hi!)];
  if (lo > hi!) throw new Unsatisfiable(flat.ptr, `no ${integral ? 'integer' : 'number'} lies between the minimum ${lo} and the maximum ${hi}`);
  return [lo, hi!];
}

const larger = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const smaller = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

/** k · multipleOf for a random k that keeps the value within bounds. */
function multiple(flat: Flat, lo: number, hi: number, random: Random): number {
  const m = flat.multipleOf!;
  const [kLo, kHi] = [Math.ceil(lo / m), Math.floor(hi / m)];
  if (kLo > kHi) throw new Unsatisfiable(flat.ptr, `no multiple of ${m} lies between ${lo} and ${hi}`);
  return Number((random.int(kLo, kHi) * m).toFixed(decimals(m)));
}

function integer(flat: Flat, random: Random): number {
  const [lo, hi] = bounds(flat, true);
  return flat.multipleOf !== undefined ? multiple(flat, lo, hi, random) : random.int(lo, hi);
}

function number(flat: Flat, random: Random): number {
  const [lo, hi] = bounds(flat, false);
  if (flat.multipleOf !== undefined) return multiple(flat, lo, hi, random);
  const value = Math.round((lo + random.next() * (hi - lo)) * 100) / 100;
  const inside = (x: number): boolean => x >= lo && x <= hi && x !== flat.exclusiveMinimum && x !== flat.exclusiveMaximum;
  return inside(value) ? value : (lo + hi) / 2;
}

function string(flat: Flat, random: Random): string {
  const min = flat.minLength ?? 0;
  const max = flat.maxLength ?? Infinity;
  if (min > max) throw new Unsatisfiable(flat.ptr, `no string is at least ${min} and at most ${max} characters long`);
  const pattern = flat.patterns[0];
  if (pattern) {
    try {
      return sampleForPattern(pattern.pattern, random, min, max);
    } catch (err) {
      if (err instanceof PatternUnsupported) throw new Unsatisfiable(pattern.ptr, err.message);
      throw err;
    }
  }
  const formatted = flat.format === undefined ? undefined : formatValue(flat.format, random);
  if (formatted !== undefined) return formatted;
  if (flat.contentEncoding === 'base64') return base64(random);
  return letters(random, random.int(Math.max(min, Math.min(3, max)), Math.min(max, Math.max(min, 3) + 9)));
}

function array(cx: Context, flat: Flat, depth: number, shallow: boolean): unknown[] {
  const min = flat.minItems ?? 0;
  const cap = flat.itemsForbidden ? Math.min(flat.maxItems ?? Infinity, flat.prefixItems.length) : (flat.maxItems ?? Infinity);
  if (min > cap) throw new Unsatisfiable(flat.ptr, `no array has at least ${min} and at most ${cap} items here`);
  // `contains` needs one item at least.
  const least = flat.contains.length > 0 ? Math.max(min, 1) : min;
  const count = shallow ? least : cx.random.int(least, Math.min(cap, Math.max(least, 1) + 2));
  const out: unknown[] = [];
  const keys = new Set<string>();
  for (let i = 0, tries = 0; out.length < count && tries < count * 8 + 8; tries++) {
    const schemas = [...(flat.prefixItems[i] ?? flat.items), ...(i === 0 ? flat.contains : [])];
    const item = build(cx, schemas, depth + 1);
    if (flat.uniqueItems) {
      const key = JSON.stringify(item, sortedKeys);
      if (keys.has(key)) continue;
      keys.add(key);
    }
    out.push(item);
    i++;
  }
  if (out.length < min) throw new Unsatisfiable(flat.ptr, `cannot build ${min} distinct items (uniqueItems)`);
  return out;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, (value as Record<string, unknown>)[k]]),
  );
}

/** The schemas a property's value must satisfy: its own, every patternProperties schema its name matches, else additionalProperties. */
function schemasOf(flat: Flat, name: string): Located[] {
  const own = flat.properties.get(name) ?? [];
  const patterned = flat.patternProperties.filter((p) => compileSpecPattern(p.pattern).test(name)).map((p) => p.schema);
  return own.length > 0 || patterned.length > 0 ? [...own, ...patterned] : flat.additional;
}

function isWriteOnly(cx: Context, schemas: Located[]): boolean {
  try {
    return schemas.length > 0 && flatten(cx, schemas).writeOnly;
  } catch {
    return false;
  }
}

/** A name for an extra property: from propertyNames' or a patternProperties pattern, else a word. */
function extraName(flat: Flat, random: Random, pattern?: string): string {
  const source = pattern ?? flat.propertyNames[0]?.pattern;
  if (source === undefined) return letters(random, random.int(3, 8));
  try {
    return sampleForPattern(source, random, 1, 64);
  } catch (err) {
    if (err instanceof PatternUnsupported) throw new Unsatisfiable(pattern === undefined ? flat.propertyNames[0]!.ptr : flat.ptr, err.message);
    throw err;
  }
}

function object(cx: Context, flat: Flat, depth: number, shallow: boolean): Record<string, unknown> {
  const out = new Map<string, unknown>();
  const most = flat.maxProperties ?? Infinity;
  const add = (name: string, schemas = schemasOf(flat, name)): void => void (out.has(name) || out.set(name, build(cx, schemas, depth + 1)));
  const declared = [...flat.properties.keys()];
  for (const name of [...declared.filter((n) => flat.required.has(n)), ...[...flat.required].filter((n) => !flat.properties.has(n))]) add(name);
  for (const name of declared) {
    if (shallow || out.size >= most || flat.required.has(name) || !cx.random.chance(0.7)) continue;
    const schemas = schemasOf(flat, name);
    if (!isWriteOnly(cx, schemas)) add(name, schemas);
  }
  // A map (no declared properties): a few entries, named as its patterns or propertyNames require.
  if (!shallow && declared.length === 0) {
    for (const p of flat.patternProperties) if (out.size < most) add(extraName(flat, cx.random, p.pattern), [p.schema]);
    if (flat.additional.length > 0) for (let n = cx.random.int(1, 2); n > 0 && out.size < most; n--) add(extraName(flat, cx.random));
  }
  for (let tries = 0; out.size < (flat.minProperties ?? 0) && tries < 32; tries++) {
    if (flat.additionalForbidden && flat.patternProperties.length === 0) break;
    const p = flat.patternProperties[0];
    add(extraName(flat, cx.random, p?.pattern), p ? [p.schema] : flat.additional);
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, deps] of flat.dependentRequired)
      if (out.has(name))
        for (const dep of deps)
          if (!out.has(dep)) {
            add(dep);
            changed = true;
          }
  }
  return Object.fromEntries(out);
}
