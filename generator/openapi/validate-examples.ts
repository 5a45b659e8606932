import type { ErrorObject } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { compileErrorMessage, createSpecAjv, guardValidator } from './ajv.js';
import { listExamples, type SpecExample } from './examples.js';
import { uriFragment } from './pointer.js';

export interface ExampleIssue {
  instancePath: string;
  keyword: string;
  message: string;
}

export interface ExampleResult {
  example: SpecExample;
  /** Empty when the example satisfies its schema. */
  errors: ExampleIssue[];
}

export const SPEC_ID = 'urn:funcspec:document';

// The document's root is not a schema; its top-level OpenAPI fields become inert annotations so the
// root can be registered and any schema inside it addressed by JSON pointer.
const OPENAPI_ROOT_FIELDS = ['openapi', 'info', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'jsonSchemaDialect'];

export function registerDocument(ajv: Ajv2020, doc: unknown): string {
  for (const k of OPENAPI_ROOT_FIELDS) if (!ajv.getKeyword(k)) ajv.addKeyword({ keyword: k });
  // Not checked against the JSON Schema meta-schema: the root it would check is not a schema, and
  // the check does not reach the schemas inside; compiling the meta-schema costs a small spec's run 70 ms.
  ajv.addSchema(doc as object, SPEC_ID, undefined, false);
  return SPEC_ID;
}

/** Reduce Ajv's output to what the errata register pins: where and which rule. */
export function simplifyErrors(errors: ErrorObject[] | null | undefined): ExampleIssue[] {
  return (errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword }));
}

/**
 * Validate every documented example against the schema it is attached to. The whole document is
 * registered once so `$ref`s into components resolve as they would for a client.
 */
export function validateExamples(doc: unknown): ExampleResult[] {
  const ajv = createSpecAjv(doc);
  registerDocument(ajv, doc);
  return listExamples(doc).map((example) => {
    if (!example.schemaPointer) return { example, errors: [] };
    let validate;
    try {
      validate = guardValidator(ajv.compile({ $ref: SPEC_ID + uriFragment(example.schemaPointer) }));
    } catch (err) {
      // A schema Ajv cannot compile is a spec defect; report it against the example that needs it.
      return { example, errors: [{ instancePath: '', keyword: '$schema-error', message: compileErrorMessage(err) }] };
    }
    validate(example.value);
    return { example, errors: simplifyErrors(validate.errors) };
  });
}
