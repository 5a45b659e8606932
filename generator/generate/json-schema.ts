/**
 * The document rewritten as Ajv 2020 reads it, for compiling validators; never for types. The walks
 * here recurse once per level: documents are at most MAX_DEPTH (limits.ts) levels deep.
 */
import { isObj } from '../openapi/json.js';

/**
 * OpenAPI 3.0 schemas are a dialect of draft-04/05; Ajv2020 reads 3.1 (2020-12) directly. Two 3.0
 * constructs read differently in 2020-12 and are rewritten here: boolean `exclusiveMinimum` /
 * `exclusiveMaximum` become the numeric form, and `nullable: true` becomes a `null` member of `type`
 * (and of `enum`), or, with no `type` to extend, an `anyOf` with `{type: 'null'}`. Returns a copy.
 */
export function toJsonSchema2020(document: unknown, version: '3.0' | '3.1'): unknown {
  const copy = structuredClone(document);
  if (version === '3.1') return copy;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    for (const [bound, limit] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      if (typeof node[bound] === 'boolean') {
        if (node[bound] === true && typeof node[limit] === 'number') {
          node[bound] = node[limit];
          delete node[limit];
        } else delete node[bound];
      }
    }
    if ('nullable' in node) {
      const nullable = node.nullable === true;
      delete node.nullable;
      if (nullable && typeof node.type === 'string') {
        node.type = [node.type, 'null'];
        if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
      } else if (nullable && node.type === undefined && node.$ref === undefined) {
        const inner = { ...node };
        for (const k of Object.keys(node)) delete node[k];
        node.anyOf = [inner, { type: 'null' }];
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(copy);
  return copy;
}

/** Every `format` name used in the document, so unknown ones can be declared (as annotations). */
export function collectFormats(document: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    if (typeof node.format === 'string') found.add(node.format);
    Object.values(node).forEach(walk);
  };
  walk(document);
  return [...found].sort();
}

/** Keywords that never affect validation. Ajv copies schema objects into standalone code, so they are dropped. */
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'example', 'examples', 'externalDocs', 'xml', '$comment', 'deprecated']);

/**
 * A copy without annotations and `x-` extensions: validators compiled from it carry smaller schema
 * constants and behave identically. Stripping outside schema positions too is harmless: validators
 * only read schemas.
 */
export function stripAnnotations(document: unknown): unknown {
  const walk = (node: unknown, inProperties: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, false));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      // Inside `properties` the keys are property names, which may well be called `description`.
      if (!inProperties && (ANNOTATIONS.has(k) || k.startsWith('x-'))) continue;
      const value = walk(v, k === 'properties' || k === 'patternProperties' || k === '$defs' || k === 'definitions' || k === 'schemas' || k === 'dependentSchemas');
      // Defined, not assigned: a property named `__proto__` must stay a property, not become the prototype.
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return walk(document, false);
}
