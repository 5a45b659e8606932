/** Redocly's OpenAPI 3.1 node types widened to what JSON Schema 2020-12 allows in a schema. */
import type { NodeType, Plugin } from './redocly.js';

type TypeRef = NodeType | string | ((value: unknown, key: string) => unknown) | null | undefined;

const BOOLEAN = { type: 'boolean' };

/**
 * A 3.1 schema is a 2020-12 schema, and `true`/`false` are schemas there wherever one is expected
 * (`not: false`, `items: false`, `allOf: [true]`, a component that is `true`). Redocly types only
 * some of those positions as schema-or-boolean; every reference to `Schema` is made one here.
 */
function orBoolean(ref: TypeRef): TypeRef {
  if (ref === 'Schema') return (value: unknown) => (typeof value === 'boolean' ? BOOLEAN : 'Schema');
  if (typeof ref === 'function') {
    return (value: unknown, key: string) => {
      const chosen = ref(value, key);
      return chosen === 'Schema' && typeof value === 'boolean' ? BOOLEAN : chosen;
    };
  }
  if (ref !== null && typeof ref === 'object') return widen(ref);
  return ref;
}

function widen(type: NodeType): NodeType {
  const out = { ...type } as Record<string, unknown>;
  const t = type as { properties?: Record<string, TypeRef>; items?: TypeRef; additionalProperties?: TypeRef };
  if (t.properties) out.properties = Object.fromEntries(Object.entries(t.properties).map(([k, v]) => [k, orBoolean(v)]));
  if (t.items !== undefined) out.items = orBoolean(t.items);
  if (t.additionalProperties !== undefined) out.additionalProperties = orBoolean(t.additionalProperties);
  return out as NodeType;
}

/**
 * `dependencies`, the draft-07 keyword 2019-09 split in two: each entry lists required properties or
 * is a schema. Documents converted from 3.0-era tools still carry it, and Ajv still implements it.
 */
const DEPENDENCIES = {
  name: 'SchemaDependencies',
  properties: {},
  additionalProperties: (value: unknown) => (Array.isArray(value) ? { type: 'array', items: { type: 'string' } } : typeof value === 'boolean' ? BOOLEAN : 'Schema'),
};

/**
 * The plugin that applies the widening to 3.1 documents (3.0 schemas are a fixed subset and stay as
 * Redocly reads them). With `unknownKeywords`, a 3.1 schema may also carry keywords 2020-12 does not
 * define: the specification says to ignore them (they are annotations), and so do the validators.
 * Our curated specs are held to the known keywords, so a misspelling there is still reported.
 */
export function schemaTypesPlugin(unknownKeywords: boolean): Plugin {
  return {
    id: `funcspec-json-schema-2020-12${unknownKeywords ? '-open' : ''}`,
    typeExtension: {
      oas3(types, version) {
        if (version !== 'oas3_1') return types;
        const out: Record<string, NodeType> = {};
        for (const [name, type] of Object.entries(types)) out[name] = widen(type);
        const schema = out.Schema as NodeType & { properties: Record<string, unknown> };
        out.Schema = {
          ...schema,
          properties: { ...schema.properties, dependencies: DEPENDENCIES },
          ...(unknownKeywords ? { additionalProperties: () => null } : {}),
        } as NodeType;
        return out;
      },
    },
  };
}
