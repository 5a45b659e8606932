/**
 * The constraints every schema that applies to one value puts on it, merged into one record, for
 * `--dynamic`: `$ref`s are followed (generator/openapi/refs.ts), `allOf` parts merged, one branch of
 * each `anyOf`/`oneOf` picked at random and merged too. Subschemas (properties, items) stay as
 * located schemas, flattened only when their value is built, so a recursive schema is walked only as
 * deep as the value goes. `not` and `if`/`then`/`else` are not used to build a value: the value is
 * checked against the whole schema afterwards, and rebuilt or replaced when it fails.
 */
import { isObj, type Obj } from '../openapi/json.js';
import { getAtPointer } from '../openapi/pointer.js';
import { child, refTarget, type Located } from '../openapi/refs.js';
import type { Random } from './random.js';

/** A value no schema allows: `false`, an empty enum, bounds that cross, a `$ref` naming nothing. */
export class Unsatisfiable extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Flat {
  /** Pointer of the first schema, for messages. */
  ptr: string;
  types?: string[];
  nullable: boolean;
  constant?: { value: unknown };
  enum?: unknown[];
  minimum?: number | undefined;
  maximum?: number | undefined;
  exclusiveMinimum?: number | undefined;
  exclusiveMaximum?: number | undefined;
  multipleOf?: number;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  patterns: Array<{ pattern: string; ptr: string }>;
  format?: string;
  contentEncoding?: string;
  items: Located[];
  itemsForbidden: boolean;
  prefixItems: Located[][];
  contains: Located[];
  minItems?: number | undefined;
  maxItems?: number | undefined;
  uniqueItems: boolean;
  properties: Map<string, Located[]>;
  required: Set<string>;
  additional: Located[];
  additionalForbidden: boolean;
  patternProperties: Array<{ pattern: string; schema: Located }>;
  propertyNames: Array<{ pattern: string; ptr: string }>;
  minProperties?: number | undefined;
  maxProperties?: number | undefined;
  dependentRequired: Map<string, string[]>;
  writeOnly: boolean;
}

function emptyFlat(ptr: string): Flat {
  return {
    ptr,
    nullable: false,
    patterns: [],
    items: [],
    itemsForbidden: false,
    prefixItems: [],
    contains: [],
    uniqueItems: false,
    properties: new Map(),
    required: new Set(),
    additional: [],
    additionalForbidden: false,
    patternProperties: [],
    propertyNames: [],
    dependentRequired: new Map(),
    writeOnly: false,
  };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const larger = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const smaller = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Types both lists allow; `integer` is a `number`. */
function intersectTypes(a: string[], b: string[]): string[] {
  const has = (list: string[], t: string): boolean => list.includes(t) || (t === 'integer' && list.includes('number'));
  return [...new Set([...a.filter((t) => has(b, t)), ...b.filter((t) => has(a, t))])];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function mergeNumbers(v: Obj, flat: Flat): void {
  flat.minimum = larger(flat.minimum, num(v.minimum));
  flat.maximum = smaller(flat.maximum, num(v.maximum));
  // OpenAPI 3.0 writes exclusiveness as a boolean beside minimum/maximum; 3.1 (JSON Schema) as the bound itself.
  if (v.exclusiveMinimum === true && num(v.minimum) !== undefined) flat.exclusiveMinimum = larger(flat.exclusiveMinimum, num(v.minimum));
  else flat.exclusiveMinimum = larger(flat.exclusiveMinimum, num(v.exclusiveMinimum));
  if (v.exclusiveMaximum === true && num(v.maximum) !== undefined) flat.exclusiveMaximum = smaller(flat.exclusiveMaximum, num(v.maximum));
  else flat.exclusiveMaximum = smaller(flat.exclusiveMaximum, num(v.exclusiveMaximum));
  const m = num(v.multipleOf);
  if (m !== undefined && m > 0) flat.multipleOf = flat.multipleOf === undefined || Number.isInteger(m / flat.multipleOf) ? m : flat.multipleOf;
}

function mergeStrings(node: Located, v: Obj, flat: Flat): void {
  flat.minLength = larger(flat.minLength, num(v.minLength));
  flat.maxLength = smaller(flat.maxLength, num(v.maxLength));
  if (typeof v.pattern === 'string') flat.patterns.push({ pattern: v.pattern, ptr: child(node, 'pattern').ptr });
  if (typeof v.format === 'string') flat.format ??= v.format;
  if (typeof v.contentEncoding === 'string') flat.contentEncoding ??= v.contentEncoding;
}

function mergeArrays(node: Located, v: Obj, flat: Flat): void {
  // `items` as a list is draft 4's tuple form (what 2020-12 calls prefixItems).
  const tuple = Array.isArray(v.prefixItems) ? 'prefixItems' : Array.isArray(v.items) ? 'items' : undefined;
  if (tuple) (v[tuple] as unknown[]).forEach((_, i) => (flat.prefixItems[i] ??= []).push(child(node, tuple, i)));
  if (v.items === false) flat.itemsForbidden = true;
  else if (v.items !== undefined && !Array.isArray(v.items)) flat.items.push(child(node, 'items'));
  if (v.contains !== undefined) flat.contains.push(child(node, 'contains'));
  flat.minItems = larger(flat.minItems, num(v.minItems));
  flat.maxItems = smaller(flat.maxItems, num(v.maxItems));
  if (v.uniqueItems === true) flat.uniqueItems = true;
}

function mergeObjects(node: Located, v: Obj, flat: Flat): void {
  if (isObj(v.properties)) for (const name of Object.keys(v.properties)) mapPush(flat.properties, name, child(node, 'properties', name));
  if (Array.isArray(v.required)) for (const name of v.required) if (typeof name === 'string') flat.required.add(name);
  if (v.additionalProperties === false) flat.additionalForbidden = true;
  else if (v.additionalProperties !== undefined) flat.additional.push(child(node, 'additionalProperties'));
  if (isObj(v.patternProperties))
    for (const pattern of Object.keys(v.patternProperties)) flat.patternProperties.push({ pattern, schema: child(node, 'patternProperties', pattern) });
  if (isObj(v.propertyNames) && typeof v.propertyNames.pattern === 'string')
    flat.propertyNames.push({ pattern: v.propertyNames.pattern, ptr: child(node, 'propertyNames', 'pattern').ptr });
  flat.minProperties = larger(flat.minProperties, num(v.minProperties));
  flat.maxProperties = smaller(flat.maxProperties, num(v.maxProperties));
  if (isObj(v.dependentRequired))
    for (const [name, deps] of Object.entries(v.dependentRequired))
      if (Array.isArray(deps)) flat.dependentRequired.set(name, [...(flat.dependentRequired.get(name) ?? []), ...deps.map(String)]);
}

function mapPush<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mergeValues(node: Located, v: Obj, flat: Flat): void {
  if (typeof v.type === 'string' || Array.isArray(v.type)) {
    const types = (Array.isArray(v.type) ? v.type : [v.type]).filter((t): t is string => typeof t === 'string');
    flat.types = flat.types ? intersectTypes(flat.types, types) : types;
  }
  if (v.nullable === true) flat.nullable = true;
  if (v.writeOnly === true) flat.writeOnly = true;
  if ('const' in v) {
    if (flat.constant && !same(flat.constant.value, v.const)) throw new Unsatisfiable(child(node, 'const').ptr, 'two schemas that apply require different constants');
    flat.constant = { value: v.const };
  }
  if (Array.isArray(v.enum)) flat.enum = flat.enum ? flat.enum.filter((a) => (v.enum as unknown[]).some((b) => same(a, b))) : [...v.enum];
}

export interface FlattenContext {
  doc: unknown;
  random: Random;
}

/** Merge the constraints of `node` (and of what it refers to and combines) into `flat`. */
function collect(cx: FlattenContext, node: Located, flat: Flat, seen: Set<string>): void {
  if (node.value === false) throw new Unsatisfiable(node.ptr, 'the schema is `false`: no value is valid');
  if (!isObj(node.value)) return;
  // A schema reached twice in one flattening (a diamond of allOf parts, or a loop of $refs) adds nothing the second time.
  if (seen.has(node.ptr)) return;
  seen.add(node.ptr);
  const v = node.value;
  if (typeof v.$ref === 'string') {
    const target = refTarget(v.$ref);
    const value = target === undefined ? undefined : getAtPointer(cx.doc, target);
    if (target === undefined || value === undefined) throw new Unsatisfiable(child(node, '$ref').ptr, `$ref ${JSON.stringify(v.$ref)} names nothing in the document`);
    collect(cx, { value, ptr: target }, flat, seen);
  }
  mergeValues(node, v, flat);
  mergeNumbers(v, flat);
  mergeStrings(node, v, flat);
  mergeArrays(node, v, flat);
  mergeObjects(node, v, flat);
  if (Array.isArray(v.allOf)) v.allOf.forEach((_, i) => collect(cx, child(node, 'allOf', i), flat, seen));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = v[key];
    if (Array.isArray(list) && list.length > 0) collect(cx, child(node, key, cx.random.int(0, list.length - 1)), flat, seen);
  }
}

/** Everything `schemas` (all applying to one value) require of it, merged. */
export function flatten(cx: FlattenContext, schemas: Located[]): Flat {
  const flat = emptyFlat(schemas[0]?.ptr ?? '');
  const seen = new Set<string>();
  for (const s of schemas) collect(cx, s, flat, seen);
  if (flat.nullable && flat.types && !flat.types.includes('null')) flat.types = [...flat.types, 'null'];
  return flat;
}
