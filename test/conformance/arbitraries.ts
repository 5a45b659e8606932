/**
 * fast-check arbitraries that produce values valid against a JSON Schema of the specs, written for
 * the keywords the specs use: object (properties, required, additionalProperties, dependentRequired,
 * dependentSchemas), enum, const, string (minLength, maxLength, pattern via fc.stringMatching,
 * base64 contentEncoding), integer/number (minimum, maximum, multipleOf, x-multipleOf), array,
 * type lists, allOf (merged), anyOf (one branch per anyOf chosen and merged) and not (filtered).
 * Unsupported keywords throw UnsupportedSchemaError at build time, so a spec growing a new keyword
 * fails the suite instead of producing values that merely look valid.
 */
import fc from 'fast-check';
import { allowedTypes, flatten, isObj, jsonType, UnsupportedSchemaError, type Flat, type Schema } from './schema-view.js';

export interface ArbitraryOptions {
  /** Leave out readOnly properties (request bodies) or writeOnly ones (responses). */
  direction: 'request' | 'response';
  /** Whether `value` satisfies `schema` (a schema of the document); used for `not` and complex dependentSchemas. */
  matches: (schema: unknown) => (value: unknown) => boolean;
}

const INT32 = { min: -2147483648, max: 2147483647 };
/** Keys fast-check likes to try that mean something to JS objects; a JSON body can carry them, but they only add noise here. */
const NOISY_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']);

function decimals(step: number): number {
  const s = String(step);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

function numberArb(base: Schema, integer: boolean): fc.Arbitrary<number> {
  const fmt = base.format;
  const lo =
    typeof base.minimum === 'number' ? base.minimum : typeof base.exclusiveMinimum === 'number' ? base.exclusiveMinimum + (integer ? 1 : 1e-6) : fmt === 'int32' ? INT32.min : -1e6;
  const hi =
    typeof base.maximum === 'number' ? base.maximum : typeof base.exclusiveMaximum === 'number' ? base.exclusiveMaximum - (integer ? 1 : 1e-6) : fmt === 'int32' ? INT32.max : 1e6;
  const step = typeof base.multipleOf === 'number' ? base.multipleOf : typeof base['x-multipleOf'] === 'number' ? (base['x-multipleOf'] as number) : undefined;
  if (step !== undefined) {
    const k0 = Math.ceil(lo / step);
    const k1 = Math.floor(hi / step);
    if (k0 > k1) throw new UnsupportedSchemaError(`no multiple of ${step} in [${lo}, ${hi}]`);
    // Multiples are built from an integer count and rounded to the step's decimals: 3 × 0.05 is 0.15, not 0.15000000000000002.
    return fc.integer({ min: k0, max: k1 }).map((k) => Number((k * step).toFixed(decimals(step))) + 0);
  }
  if (integer) return fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) });
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0); // never -0: JSON has no -0
}

function stringArb(flat: Flat): fc.Arbitrary<string> {
  const b = flat.base;
  const min = typeof b.minLength === 'number' ? b.minLength : 0;
  const max = typeof b.maxLength === 'number' ? b.maxLength : undefined;
  const [first, ...others] = flat.patterns;
  let arb: fc.Arbitrary<string>;
  if (first !== undefined) arb = fc.stringMatching(new RegExp(first, 'u'));
  else if (b.contentEncoding === 'base64') arb = fc.base64String({ maxLength: 64 });
  else if (b.format === 'date-time') arb = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  else if (b.format === 'uuid') arb = fc.uuid();
  else if (b.format === 'email') arb = fc.emailAddress();
  else if (b.format === 'uri') arb = fc.webUrl();
  else if (typeof b.format === 'string' && !['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'].includes(b.format))
    throw new UnsupportedSchemaError(`string format ${b.format}`);
  // A plain string is generated within its bounds; anything else is filtered to them (lengths in code points, as JSON Schema counts).
  else return fc.string({ minLength: min, maxLength: Math.min(max ?? min + 24, min + 24) });
  const rest = others.map((p) => new RegExp(p, 'u'));
  return arb.filter((s) => [...s].length >= min && (max === undefined || [...s].length <= max) && rest.every((r) => r.test(s)));
}

function arrayArb(b: Schema, build: (s: unknown) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const item = build(b.items);
  const minLength = typeof b.minItems === 'number' ? b.minItems : 0;
  const maxLength = Math.min(typeof b.maxItems === 'number' ? b.maxItems : 3, minLength + 3);
  return b.uniqueItems === true ? fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) }) : fc.array(item, { minLength, maxLength });
}

function objectArb(b: Schema, options: ArbitraryOptions, build: (s: unknown) => fc.Arbitrary<unknown>, flattenAt: (s: unknown) => Flat): fc.Arbitrary<Record<string, unknown>> {
  const props = isObj(b.properties) ? b.properties : {};
  const required = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
  const dependentRequired = isObj(b.dependentRequired) ? (b.dependentRequired as Record<string, string[]>) : {};
  // A required trigger brings its dependencies along.
  for (const [trigger, deps] of Object.entries(dependentRequired)) if (required.has(trigger)) deps.forEach((d) => required.add(d));

  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, schema] of Object.entries(props)) {
    const f = flattenAt(schema);
    if (f.never) continue; // a `false` property schema: the property must be absent
    if (!required.has(name) && f.base[options.direction === 'request' ? 'readOnly' : 'writeOnly'] === true) continue;
    model[name] = build(schema);
  }
  for (const name of required) if (!(name in model)) throw new UnsupportedSchemaError(`required property '${name}' has no generable schema`);
  let arb: fc.Arbitrary<Record<string, unknown>> = fc.record(model, { requiredKeys: [...required].filter((k) => k in model) });

  const extra = b.additionalProperties;
  if (isObj(extra) || extra === true) {
    const key = fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !(k in props) && !NOISY_KEYS.has(k));
    const value = extra === true ? fc.string({ maxLength: 8 }) : build(extra);
    arb = fc.tuple(arb, fc.dictionary(key, value, { maxKeys: 3 })).map(([known, more]) => ({ ...known, ...more }));
  }

  // An optional trigger whose dependencies happen to be absent is dropped again.
  const triggers = Object.entries(dependentRequired).filter(([t]) => !required.has(t));
  const depSchemas = Object.entries(isObj(b.dependentSchemas) ? b.dependentSchemas : {});
  if (triggers.length === 0 && depSchemas.length === 0) return arb;
  const complex: Array<[string, (v: unknown) => boolean]> = [];
  const simple: Array<{ trigger: string; forbidden: string[]; needs: string[] }> = [];
  for (const [trigger, schema] of depSchemas) {
    const f = flattenAt(schema);
    const onlySimple =
      f.anyOfs.length === 0 &&
      f.nots.length === 0 &&
      f.patterns.length === 0 &&
      Object.keys(f.base).every((k) => k === 'properties' || k === 'required') &&
      Object.values(isObj(f.base.properties) ? f.base.properties : {}).every((s) => s === false);
    if (onlySimple)
      simple.push({
        trigger,
        forbidden: Object.keys(isObj(f.base.properties) ? f.base.properties : {}),
        needs: Array.isArray(f.base.required) ? (f.base.required as string[]) : [],
      });
    else complex.push([trigger, options.matches(schema)]);
  }
  const mapped = arb.map((o) => {
    const out = { ...o };
    for (const [t, deps] of triggers) if (t in out && deps.some((d) => !(d in out))) delete out[t];
    for (const s of simple) {
      if (!(s.trigger in out)) continue;
      if (s.needs.some((n) => !(n in out))) {
        if (required.has(s.trigger)) throw new UnsupportedSchemaError(`dependentSchemas of required '${s.trigger}' needs properties`);
        delete out[s.trigger];
      } else for (const f of s.forbidden) delete out[f];
    }
    return out;
  });
  return complex.length === 0 ? mapped : mapped.filter((o) => complex.every(([t, ok]) => !(t in o) || ok(o)));
}

/** An arbitrary of values valid against `schema` (a node of `doc`, or a schema referring into it). */
export function schemaArbitrary(doc: unknown, schema: unknown, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const flattenAt = (s: unknown): Flat => flatten(doc, s);
  const build = (s: unknown, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 12) throw new UnsupportedSchemaError('schema nests deeper than 12 levels (recursive schema?)');
    const flat = flattenAt(s);
    if (flat.never) throw new UnsupportedSchemaError('false schema cannot produce a value');
    let arb: fc.Arbitrary<unknown>;
    if (flat.anyOfs.length > 0) {
      // Every combination of one branch per anyOf, each merged with the rest of the schema.
      const rest: Schema = { ...flat.base, ...(flat.patterns.length ? { allOf: flat.patterns.map((p) => ({ pattern: p })) } : {}) };
      let combos: unknown[][] = [[]];
      for (const branches of flat.anyOfs) combos = combos.flatMap((c) => branches.map((b) => [...c, b]));
      if (combos.length > 64) throw new UnsupportedSchemaError(`${combos.length} anyOf combinations`);
      arb = fc.oneof(...combos.map((c) => build({ allOf: [rest, ...c] }, depth + 1)));
    } else arb = base(flat, depth);
    if (flat.nots.length === 0) return arb;
    const checks = flat.nots.map((n) => options.matches(n));
    return arb.filter((v) => !checks.some((c) => c(v)));
  };
  const base = (flat: Flat, depth: number): fc.Arbitrary<unknown> => {
    const b = flat.base;
    const types = allowedTypes(flat);
    const fits = (v: unknown): boolean => {
      if (typeof v !== 'number') return true;
      if (typeof b.minimum === 'number' && v < b.minimum) return false;
      if (typeof b.maximum === 'number' && v > b.maximum) return false;
      return typeof b.multipleOf !== 'number' || Number.isInteger(v / b.multipleOf);
    };
    if ('const' in b) return fc.constant(b.const);
    if (Array.isArray(b.enum)) {
      const typed = (v: unknown): boolean => types.length === 0 || types.includes(jsonType(v)) || (jsonType(v) === 'integer' && types.includes('number'));
      const values = b.enum.filter((v) => fits(v) && typed(v));
      if (values.length === 0) throw new UnsupportedSchemaError(`enum ${JSON.stringify(b.enum)} has no value that fits the other keywords`);
      return fc.constantFrom(...values);
    }
    const one = (t: string): fc.Arbitrary<unknown> => {
      switch (t) {
        case 'string':
          return stringArb(flat);
        case 'integer':
          return numberArb(b, true);
        case 'number':
          return numberArb(b, false);
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array':
          return arrayArb(b, (s) => build(s, depth + 1));
        case 'object':
          return objectArb(b, options, (s) => build(s, depth + 1), flattenAt);
        default:
          throw new UnsupportedSchemaError(`type ${t}`);
      }
    };
    if (types.length === 0) return fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean());
    return types.length === 1 ? one(types[0]!) : fc.oneof(...types.map(one));
  };
  return build(schema, 0);
}
