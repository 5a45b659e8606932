/**
 * A flattened view of a JSON Schema (2020-12, as the specs write it): `$ref`s followed, `allOf`
 * merged into one set of keywords, `anyOf` branches and `not` schemas kept aside. Enough for the
 * keywords the curated specs use; anything else is reported, never silently ignored.
 */
import { getAtPointer } from '../../generator/openapi/pointer.js';

export type Schema = Record<string, unknown>;
export const isObj = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface Flat {
  /** Merged keywords (no $ref, allOf, anyOf or not); `pattern` lives in `patterns`. */
  base: Schema;
  patterns: string[];
  /** One entry per `anyOf` met: a value must satisfy one branch of each. */
  anyOfs: unknown[][];
  /** A value must satisfy none of these. */
  nots: unknown[];
  /** `false` was met: nothing satisfies this schema. */
  never: boolean;
}

/** Keywords that only describe; they never constrain a value. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'examples',
  'example',
  'default',
  'deprecated',
  '$comment',
  'summary',
  'externalDocs',
  'xml',
  'discriminator',
  'contentMediaType',
]);

/** Keywords this view understands (beyond annotations and `x-` extensions). */
const KNOWN = new Set([
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'dependentRequired',
  'dependentSchemas',
  'readOnly',
  'writeOnly',
  'contentEncoding',
  'allOf',
  'anyOf',
  'not',
  '$ref',
  'nullable',
  'x-multipleOf',
]);

export class UnsupportedSchemaError extends Error {}

function resolveRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new UnsupportedSchemaError(`external $ref ${ref}`);
  const target = getAtPointer(doc, ref.slice(1));
  if (target === undefined) throw new UnsupportedSchemaError(`dangling $ref ${ref}`);
  return target;
}

function intersect<T>(a: T[] | undefined, b: T[]): T[] {
  return a === undefined ? b : a.filter((x) => b.some((y) => JSON.stringify(x) === JSON.stringify(y)));
}

function typesOf(v: unknown): string[] | undefined {
  return v === undefined ? undefined : Array.isArray(v) ? (v as string[]) : [String(v)];
}

/** Merge keyword set `add` into `into` (conjunction). */
function mergeKeywords(into: Schema, add: Schema): void {
  for (const [k, v] of Object.entries(add)) {
    // `x-multipleOf` (errata fc-012) is a step the service enforces but JSON Schema cannot state exactly: honoured.
    if (ANNOTATIONS.has(k) || (k.startsWith('x-') && k !== 'x-multipleOf')) continue;
    const cur = into[k];
    switch (k) {
      case 'type': {
        // `integer` is a `number`; their intersection is `integer`.
        const a = typesOf(cur);
        const b = typesOf(v)!;
        const widen = (t: string[]): string[] => (t.includes('number') ? [...new Set([...t, 'integer'])] : t);
        into.type = a === undefined ? b : widen(a).filter((t) => widen(b).includes(t));
        break;
      }
      case 'required':
        into.required = [...new Set([...((cur as string[] | undefined) ?? []), ...(v as string[])])];
        break;
      case 'enum':
        into.enum = intersect(cur as unknown[] | undefined, v as unknown[]);
        break;
      case 'properties': {
        const props = { ...((cur as Schema | undefined) ?? {}) };
        for (const [name, s] of Object.entries(v as Schema)) props[name] = props[name] === undefined ? s : { allOf: [props[name], s] };
        into.properties = props;
        break;
      }
      case 'dependentRequired': {
        const deps = { ...((cur as Record<string, string[]> | undefined) ?? {}) };
        for (const [name, list] of Object.entries(v as Record<string, string[]>)) deps[name] = [...new Set([...(deps[name] ?? []), ...list])];
        into.dependentRequired = deps;
        break;
      }
      case 'dependentSchemas': {
        const deps = { ...((cur as Schema | undefined) ?? {}) };
        for (const [name, s] of Object.entries(v as Schema)) deps[name] = deps[name] === undefined ? s : { allOf: [deps[name], s] };
        into.dependentSchemas = deps;
        break;
      }
      case 'items':
        into.items = cur === undefined ? v : { allOf: [cur, v] };
        break;
      case 'additionalProperties':
        into.additionalProperties = cur === undefined || v === false ? v : cur === false ? false : { allOf: [cur, v] };
        break;
      case 'minimum':
      case 'minLength':
      case 'minItems':
      case 'exclusiveMinimum':
        into[k] = cur === undefined ? v : Math.max(cur as number, v as number);
        break;
      case 'maximum':
      case 'maxLength':
      case 'maxItems':
      case 'exclusiveMaximum':
        into[k] = cur === undefined ? v : Math.min(cur as number, v as number);
        break;
      default:
        if (!KNOWN.has(k)) throw new UnsupportedSchemaError(`keyword '${k}'`);
        into[k] = v;
    }
  }
}

export function flatten(doc: unknown, schema: unknown, depth = 0): Flat {
  const flat: Flat = { base: {}, patterns: [], anyOfs: [], nots: [], never: false };
  const visit = (node: unknown, d: number): void => {
    if (d > 40) throw new UnsupportedSchemaError('schema nests deeper than 40 $ref/allOf levels (recursive schema?)');
    if (node === true || node === undefined) return;
    if (node === false) {
      flat.never = true;
      return;
    }
    if (!isObj(node)) throw new UnsupportedSchemaError(`schema ${JSON.stringify(node)}`);
    const { $ref, allOf, anyOf, oneOf, not, pattern, ...rest } = node;
    if (oneOf !== undefined) throw new UnsupportedSchemaError('keyword oneOf');
    mergeKeywords(flat.base, rest);
    if (typeof pattern === 'string') flat.patterns.push(pattern);
    if (typeof $ref === 'string') visit(resolveRef(doc, $ref), d + 1);
    if (Array.isArray(allOf)) for (const s of allOf) visit(s, d + 1);
    if (Array.isArray(anyOf)) flat.anyOfs.push(anyOf);
    if (not !== undefined) flat.nots.push(not);
  };
  visit(schema, depth);
  return flat;
}

/** The JSON types a flattened schema admits (inferred from its keywords when it has no `type`). */
export function allowedTypes(flat: Flat): string[] {
  const b = flat.base;
  if (Array.isArray(b.type)) return b.type as string[];
  if (typeof b.type === 'string') return [b.type];
  const fromValues = (vals: unknown[]): string[] => [...new Set(vals.map(jsonType))];
  if ('const' in b) return fromValues([b.const]);
  if (Array.isArray(b.enum)) return fromValues(b.enum);
  if (b.properties || b.required || b.additionalProperties !== undefined || b.dependentRequired || b.dependentSchemas) return ['object'];
  if (b.items !== undefined) return ['array'];
  if (flat.patterns.length > 0 || b.minLength !== undefined || b.maxLength !== undefined) return ['string'];
  if (b.minimum !== undefined || b.maximum !== undefined || b.multipleOf !== undefined) return ['number'];
  return [];
}

export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
