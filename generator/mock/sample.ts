/**
 * A fixed, schema-shaped value for responses that document no example (Prism's "static" mode):
 * annotations first (`examples`, `example`, `default`, `const`, first `enum` value), otherwise the
 * smallest value of the type, with every declared property of an object filled in. Deterministic, so
 * the same request always gets the same answer.
 */
import { isObj } from '../openapi/json.js';
import { deref } from '../openapi/refs.js';

/** Most values one sample holds: a schema whose properties refer back to it would otherwise fan out (10 properties, 8 levels: 10^8 values). */
export const MAX_SAMPLE_VALUES = 1000;

export function sampleFromSchema(doc: unknown, schema: unknown, depth = 0, budget = { left: MAX_SAMPLE_VALUES }): unknown {
  if (depth > 8 || budget.left-- <= 0) return null;
  const node = deref(doc, { value: schema, ptr: '' }).value;
  if (!isObj(node)) return null;
  if (Array.isArray(node.examples) && node.examples.length > 0) return node.examples[0];
  if ('example' in node) return node.example;
  if ('default' in node) return node.default;
  if ('const' in node) return node.const;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = node[key];
    if (Array.isArray(list) && list.length > 0 && !node.type && !node.properties) {
      if (key !== 'allOf') return sampleFromSchema(doc, list[0], depth + 1, budget);
      // fromEntries, not assign: a property named `__proto__` stays a property.
      return Object.fromEntries(list.map((s) => sampleFromSchema(doc, s, depth + 1, budget)).flatMap((v) => (isObj(v) ? Object.entries(v) : [])));
    }
  }
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const type = types.find((t) => t !== 'null') ?? (isObj(node.properties) ? 'object' : node.items ? 'array' : undefined);
  switch (type) {
    case 'object': {
      const out: Array<[string, unknown]> = [];
      for (const [k, s] of Object.entries(isObj(node.properties) ? node.properties : {})) {
        if (isObj(s) && s.writeOnly === true) continue;
        out.push([k, sampleFromSchema(doc, s, depth + 1, budget)]);
      }
      return Object.fromEntries(out);
    }
    case 'array':
      return node.items === undefined ? [] : [sampleFromSchema(doc, node.items, depth + 1, budget)];
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : 0;
    case 'boolean':
      return false;
    case 'string':
      return typeof node.format === 'string' && node.format === 'date-time' ? '1970-01-01T00:00:00Z' : 'string';
    default:
      return null;
  }
}
