type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * OpenAPI 3.0 schemas are a dialect of draft-04/05; Ajv2020 reads 3.1 (2020-12) directly. The one 3.0
 * construct that 2020-12 reads differently is the boolean `exclusiveMinimum`/`exclusiveMaximum`,
 * rewritten here to the numeric form. (`nullable` is understood by Ajv itself.) Returns a copy.
 */
export function toJsonSchema2020(document: unknown, version: '3.0' | '3.1'): unknown {
  const copy = structuredClone(document);
  if (version === '3.1') return copy;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    for (const [bound, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
      if (typeof node[bound] === 'boolean') {
        if (node[bound] === true && typeof node[limit] === 'number') {
          node[bound] = node[limit];
          delete node[limit];
        } else delete node[bound];
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
