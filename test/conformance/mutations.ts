/**
 * Single mutations of a valid body, each breaking exactly one documented rule of one field: the
 * validator must reject the result and name that field's JSON pointer.
 */
import { escapeToken } from '../../generator/openapi/pointer.js';
import { allowedTypes, flatten, isObj, type Flat } from './schema-view.js';

export const MUTATION_KINDS = ['wrong type', 'out of range', 'missing required', 'unknown enum value', 'extra property'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A property slot of an object present in the value: where a mutation can happen. */
export interface Site {
  /** JSON pointer of the property (it may be absent from the value). */
  path: string;
  /** The object holding it, and the property name. */
  parent: Record<string, unknown>;
  key: string;
  present: boolean;
  required: boolean;
  flat: Flat;
  /** For objects themselves: set when the object forbids undeclared properties. */
  closed?: boolean;
}

export interface Mutation {
  kind: MutationKind;
  path: string;
  /** What was done, for failure messages. */
  description: string;
}

const EXTRA_KEY = 'funcspec_unexpected_property';

function objectSites(doc: unknown, value: Record<string, unknown>, at: string, flat: Flat, direction: 'request' | 'response', out: Site[]): void {
  const props = isObj(flat.base.properties) ? flat.base.properties : {};
  const required = new Set(Array.isArray(flat.base.required) ? (flat.base.required as string[]) : []);
  // The object itself, as a target for an undeclared property.
  out.push({ path: at, parent: value, key: '', present: true, required: false, flat, closed: flat.base.additionalProperties === false });
  for (const [key, schema] of Object.entries(props)) {
    const child = flatten(doc, schema);
    if (child.never) continue;
    if (!required.has(key) && child.base[direction === 'request' ? 'readOnly' : 'writeOnly'] === true) continue;
    const path = `${at}/${escapeToken(key)}`;
    const present = Object.hasOwn(value, key);
    out.push({ path, parent: value, key, present, required: required.has(key), flat: child });
    if (present) walk(doc, value[key], path, child, direction, out);
  }
  const extra = flat.base.additionalProperties;
  if (isObj(extra)) {
    const child = flatten(doc, extra);
    for (const key of Object.keys(value)) {
      if (key in props) continue;
      const path = `${at}/${escapeToken(key)}`;
      out.push({ path, parent: value, key, present: true, required: false, flat: child });
      walk(doc, value[key], path, child, direction, out);
    }
  }
}

function walk(doc: unknown, value: unknown, at: string, flat: Flat, direction: 'request' | 'response', out: Site[]): void {
  if (isObj(value)) objectSites(doc, value, at, flat, direction, out);
  else if (Array.isArray(value) && flat.base.items !== undefined) {
    const item = flatten(doc, flat.base.items);
    value.forEach((v, i) => walk(doc, v, `${at}/${i}`, item, direction, out));
  }
}

/** Every property slot of every object in `value` (present or not), plus the objects themselves. */
export function sitesOf(doc: unknown, schema: unknown, value: unknown, direction: 'request' | 'response' = 'request'): Site[] {
  const out: Site[] = [];
  walk(doc, value, '', flatten(doc, schema), direction, out);
  return out;
}

const numeric = (types: string[]): boolean => types.includes('integer') || types.includes('number');

/** A value of a JSON type the slot does not admit. */
function wrongTypeValue(types: string[]): unknown {
  const candidates: Array<[string, unknown]> = [
    ['integer', 12345],
    ['string', 'not-the-right-type'],
    ['boolean', true],
    ['array', []],
    ['object', {}],
  ];
  for (const [t, v] of candidates) {
    if (types.includes(t) || (t === 'integer' && types.includes('number'))) continue;
    return v;
  }
  return null;
}

function outOfRangeValue(f: Flat): number | undefined {
  const b = f.base;
  const integer = !allowedTypes(f).includes('number');
  if (typeof b.maximum === 'number') return integer ? Math.floor(b.maximum) + 1 : b.maximum + 1;
  if (typeof b.exclusiveMaximum === 'number') return b.exclusiveMaximum;
  if (typeof b.minimum === 'number') return integer ? Math.ceil(b.minimum) - 1 : b.minimum - 1;
  if (typeof b.exclusiveMinimum === 'number') return b.exclusiveMinimum;
  return undefined;
}

/** A value of the right type that the enum does not list (an integer inside the range when there is one). */
function unknownEnumValue(f: Flat): unknown {
  const values = f.base.enum as unknown[];
  if (values.every((v) => typeof v === 'string')) return 'funcspec-unknown-value';
  if (values.every((v) => typeof v === 'number')) {
    const start = typeof f.base.minimum === 'number' ? f.base.minimum : Math.min(...(values as number[]));
    for (let n = Math.ceil(start); ; n++) if (!values.includes(n)) return n;
  }
  return undefined;
}

/** Whether `kind` can be applied at `site`. */
export function applies(kind: MutationKind, site: Site): boolean {
  const types = allowedTypes(site.flat);
  switch (kind) {
    case 'wrong type':
      return site.key !== '' && types.length > 0;
    case 'out of range':
      return site.key !== '' && numeric(types) && outOfRangeValue(site.flat) !== undefined;
    case 'missing required':
      return site.key !== '' && site.present && site.required;
    case 'unknown enum value':
      return site.key !== '' && Array.isArray(site.flat.base.enum) && unknownEnumValue(site.flat) !== undefined;
    case 'extra property':
      return site.key === '' && site.closed === true;
  }
}

/** Apply `kind` at `site` in place (the site's parent is part of the value being mutated). */
export function mutate(kind: MutationKind, site: Site): Mutation {
  const set = (v: unknown, what: string): Mutation => {
    site.parent[site.key] = v;
    return { kind, path: site.path, description: `${what} at ${site.path}: ${JSON.stringify(v)}` };
  };
  switch (kind) {
    case 'wrong type': {
      const types = allowedTypes(site.flat);
      return set(wrongTypeValue(types), `value of the wrong type (the schema wants ${types.join('|')})`);
    }
    case 'out of range':
      return set(outOfRangeValue(site.flat), 'number outside the documented range');
    case 'unknown enum value':
      return set(unknownEnumValue(site.flat), 'value the enum does not list');
    case 'missing required':
      delete site.parent[site.key];
      return { kind, path: site.path, description: `required property removed at ${site.path}` };
    case 'extra property': {
      site.parent[EXTRA_KEY] = 1;
      const path = `${site.path}/${EXTRA_KEY}`;
      return { kind, path, description: `undeclared property added at ${path}` };
    }
  }
}
