/** The document as openapi-typescript should see it, so constraint-only compositions do not widen types to unknown. */
import { isObj } from '../openapi/json.js';

/** Keywords that change the TypeScript shape of a value; everything else only narrows which values pass. */
const SHAPING = [
  'type',
  'properties',
  'items',
  'prefixItems',
  '$ref',
  'enum',
  'const',
  'additionalProperties',
  'patternProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'nullable',
  'discriminator',
];

function shapesType(schema: unknown): boolean {
  return isObj(schema) ? SHAPING.some((k) => k in schema) : schema === false;
}

/**
 * The document as the type emitter should see it. A branch of anyOf/oneOf that only constrains (e.g.
 * `{minLength: 3, pattern: '\.'}` or `{required: [x]}`) becomes `unknown` in openapi-typescript, and
 * one `unknown` member swallows the whole union, so the property would be typed `unknown`. Such
 * compositions carry no type information: they are dropped here and left to the validators, which
 * read the untouched document. allOf members that only constrain are dropped likewise.
 */
export function typeView(document: unknown): unknown {
  const copy = structuredClone(document);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    Object.values(node).forEach(walk); // children first, so nested compositions are already simplified
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches) && branches.some((b) => !shapesType(b))) delete node[key];
    }
    if (Array.isArray(node.allOf)) {
      const kept = node.allOf.filter((m) => shapesType(m) || (isObj(m) && Array.isArray(m.required)));
      if (kept.length === 0) delete node.allOf;
      else node.allOf = kept;
    }
  };
  walk(copy);
  return copy;
}
