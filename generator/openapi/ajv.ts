import { _, str, type CodeKeywordDefinition, type ValidateFunction } from 'ajv';
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { getSchemaTypes } from 'ajv/dist/compile/validate/dataType.js';
import uniqueItemsModule from 'ajv/dist/vocabularies/validation/uniqueItems.js';
import addFormatsModule from 'ajv-formats';
import { useFlatCode } from './ajv-flat-code.js';
import { useLinearNames } from './ajv-linear-names.js';
import { someObject } from './json.js';
import { SPEC_REGEXP_JS_NAME, SPEC_REGEXP_JS_SOURCE, SPEC_REGEXP_NAME, SPEC_REGEXP_SOURCE, specRegExpFor } from './regexp.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the import is the module object.
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats = (addFormatsModule as unknown as { default: AddFormats }).default;
// (A bundler or vitest may hand over `exports.default` itself.)
const ajvUniqueItems = (uniqueItemsModule as unknown as { default?: CodeKeywordDefinition }).default ?? (uniqueItemsModule as unknown as CodeKeywordDefinition);

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
  // Iterative: documents are depth-bounded by parseText, but callers may hand over any value.
  someObject(root, (node) => {
    for (const k of Object.keys(node)) if (k.startsWith('x-')) found.add(k);
  });
  return [...found].sort();
}

/** Ajv's rule for keyword names; other `x-` keys (`x-a.b`, `x-a b`) are registered as bare annotations. */
const AJV_KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;

/**
 * Helpers the validators call, as JavaScript source: the generated package defines them verbatim
 * (see `standaloneSupport`) and this module evaluates the same text, so both behave alike.
 *
 * - `specUniquePair`: `uniqueItems` in linear time where Ajv's own compares every pair of items
 *   (items that may be objects or arrays: minutes for 10^5 of them). Items are keyed by their JSON
 *   with sorted keys, so key order does not matter, as for Ajv; it reports the pair Ajv's loop
 *   reports: the last repeated item and the nearest earlier copy.
 * - `specGuard`: a validator that answers "nests too deeply" as a validation error when a recursive
 *   schema meets data nested deeper than the call stack allows (a RangeError otherwise).
 */
const UNIQUE_SOURCE = `function specSortKeys(_key, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]]));
}
function specUniquePair(items) {
  const last = new Map();
  let found;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item !== null && typeof item === "object" ? "o" + JSON.stringify(item, specSortKeys) : typeof item + ":" + String(item);
    const j = last.get(key);
    if (j !== undefined) found = [i, j];
    last.set(key, i);
  }
  return found;
}`;
const GUARD_SOURCE = `function specGuard(validate) {
  const guarded = (data) => {
    try {
      const valid = validate(data);
      guarded.errors = validate.errors;
      return valid;
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      guarded.errors = [{ instancePath: "", schemaPath: "#", keyword: "maxDepth", params: {}, message: "nests too deeply to validate" }];
      return false;
    }
  };
  return guarded;
}`;

interface Helpers {
  specUniquePair(items: unknown[]): [number, number] | undefined;
  specGuard<T extends (data: unknown) => boolean>(validate: T): T;
}
const helpers = new Function(`${UNIQUE_SOURCE}\n${GUARD_SOURCE}\nreturn { specUniquePair, specGuard };`)() as Helpers;

/** An in-process validator with the generated validators' behaviour on data nested too deeply (see `specGuard`). */
export function guardValidator<T>(validate: ValidateFunction<T>): ValidateFunction<T> {
  return helpers.specGuard(validate) as unknown as ValidateFunction<T>;
}

/** Why Ajv could not compile a schema, in one line: it recurses once per `$ref`, so a chain of thousands overflows it. */
export function compileErrorMessage(err: unknown): string {
  if (err instanceof RangeError) return 'its `$ref`s chain too deep to compile (thousands of schemas, each referring to the next)';
  return (err as Error).message.split('\n')[0] ?? String(err);
}

/**
 * An Ajv2020 instance set up to validate against the schemas of one OpenAPI document: formats on,
 * all errors collected, unknown keywords rejected except OpenAPI's own and the document's `x-` ones,
 * patterns run by RE2 (regexp.ts), `uniqueItems` in linear time.
 * Component schemas are addressable as `#/components/schemas/Name` through the document id.
 */
export function createSpecAjv(document: unknown, options: Options = {}): Ajv2020 {
  useLinearNames();
  useFlatCode();
  const { code, ...rest } = options;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false, // OpenAPI specs legitimately use `type: [string, integer]` unions
    strictRequired: false, // `required` inside anyOf/if branches names properties defined one level up
    strictTuples: false,
    validateFormats: true,
    ...rest,
    code: { regExp: specRegExpFor(document), ...code },
  });
  addFormats(ajv);
  // OpenAPI's own formats that ajv-formats does not know. They constrain nothing JSON can check.
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) {
    if (!ajv.formats[f]) ajv.addFormat(f, true);
  }
  const extensions = collectExtensionKeywords(document);
  ajv.addVocabulary([...OPENAPI_ANNOTATION_KEYWORDS, ...extensions.filter((k) => AJV_KEYWORD_NAME.test(k))]);
  // Ajv refuses to define such names; an annotation needs nothing but to be known.
  for (const k of extensions) if (!AJV_KEYWORD_NAME.test(k)) (ajv.RULES.keywords as Record<string, boolean>)[k] = true;
  linearUniqueItems(ajv);
  return ajv;
}

function linearUniqueItems(ajv: Ajv2020): void {
  ajv.removeKeyword('uniqueItems');
  ajv.addKeyword({
    keyword: 'uniqueItems',
    type: 'array',
    schemaType: 'boolean',
    error: {
      message: ({ params: { i, j } }) => str`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => _`{i: ${i}, j: ${j}}`,
    },
    code(cxt) {
      if (cxt.schema !== true) return;
      // Items of scalar types only: Ajv's own code is already linear (one index object); keep it.
      const itemTypes = cxt.parentSchema.items ? getSchemaTypes(cxt.parentSchema.items) : [];
      if (itemTypes.length > 0 && !itemTypes.some((t) => t === 'object' || t === 'array')) return ajvUniqueItems.code(cxt);
      const { gen, data } = cxt;
      const find = gen.scopeValue('func', { ref: helpers.specUniquePair, code: _`specUniquePair` });
      const pair = gen.const('pair', _`${find}(${data})`);
      cxt.setParams({ i: _`${pair}[0]`, j: _`${pair}[1]` });
      cxt.fail(_`${pair} !== undefined`);
    },
  });
}

/**
 * What Ajv's standalone code of a createSpecAjv instance needs around it: the definitions of the
 * helpers it calls (RE2 for patterns, `specUniquePair`), and every exported validator wrapped in
 * `specGuard`. `code` is the ESM module text; returns it rewritten and the lines to put before it.
 */
export function standaloneSupport(code: string): { code: string; imports: string[] } {
  const imports: string[] = [];
  const uses = (name: string): boolean => {
    const inString = stringScanner(code);
    return [...code.matchAll(new RegExp(`= ${name};`, 'g'))].some((m) => !inString(m.index));
  };
  if (uses(SPEC_REGEXP_NAME)) imports.push(SPEC_REGEXP_SOURCE);
  if (uses(SPEC_REGEXP_JS_NAME)) imports.push(SPEC_REGEXP_JS_SOURCE);
  if (uses('specUniquePair')) imports.push(UNIQUE_SOURCE);
  imports.push(GUARD_SOURCE);
  // A schema's strings (an enum value, say) may spell anything: rewrite only the real statements.
  const inString = stringScanner(code);
  const guarded = code.replace(/\bexport const (\w+) = (\w+);/g, (statement: string, name: string, validate: string, at: number) =>
    inString(at) ? statement : `export const ${name} = specGuard(${validate});`,
  );
  return { code: guarded, imports };
}

/**
 * Whether an offset of `code` falls inside one of its double-quoted string literals (the only kind
 * Ajv writes), for offsets asked in increasing order: one pass over the quotes, nothing kept.
 */
function stringScanner(code: string): (at: number) => boolean {
  let open = code.indexOf('"'); // the literal at or after the last offset asked (-1: none left)
  let close = open === -1 ? -1 : closingQuote(code, open);
  return (at) => {
    while (open !== -1 && close < at) {
      open = code.indexOf('"', close + 1);
      close = open === -1 ? -1 : closingQuote(code, open);
    }
    return open !== -1 && open < at && at < close;
  };
}

/** The quote that ends the literal opened at `open` (the text's length if none does). */
function closingQuote(code: string, open: number): number {
  for (let i = code.indexOf('"', open + 1); i !== -1; i = code.indexOf('"', i + 1)) {
    let backslashes = 0;
    while (code.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return code.length;
}

const BACKSLASH = 92;
