import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the import is the module object.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats = (addFormatsModule as unknown as { default: AddFormats }).default;

/**
 * OpenAPI 3.x schema keywords that are not JSON Schema 2020-12 validation keywords. They are
 * allow-listed one by one (rather than turning `strict` off) so that a misspelt keyword in a spec is
 * still an error.
 */
// (`nullable` is not listed: Ajv implements OpenAPI 3.0's `nullable` itself.)
export const OPENAPI_ANNOTATION_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'] as const;

/** Every `x-…` key used anywhere in the document, so Ajv's strict mode accepts them as annotations. */
export function collectExtensionKeywords(root: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k.startsWith('x-')) found.add(k);
        walk(v);
      }
    }
  };
  walk(root);
  return [...found].sort();
}

/**
 * An Ajv2020 instance set up to validate against the schemas of one OpenAPI document: formats on,
 * all errors collected, unknown keywords rejected except OpenAPI's own and the document's `x-` ones.
 * Component schemas are addressable as `#/components/schemas/Name` through the document id.
 */
export function createSpecAjv(document: unknown, options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false, // OpenAPI specs legitimately use `type: [string, integer]` unions
    strictRequired: false, // `required` inside anyOf/if branches names properties defined one level up
    strictTuples: false,
    validateFormats: true,
    ...options,
  });
  addFormats(ajv);
  // OpenAPI's own formats that ajv-formats does not know. They constrain nothing JSON can check.
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) {
    if (!ajv.formats[f]) ajv.addFormat(f, true);
  }
  ajv.addVocabulary([...OPENAPI_ANNOTATION_KEYWORDS, ...collectExtensionKeywords(document)]);
  return ajv;
}
