/**
 * Every rule funcspec knows, in one list. Adding a rule = adding it to a file under rules/ (or a new
 * file imported here) plus a case in test/diff/cases/ under the same file name; the audit test (test/diff/audit.test.ts)
 * fails until the case exists, and until the rule's mirror exists or is waived below.
 */
import type { Rule } from './model.js';
import { rules as additionalProperties } from './rules/additional-properties.js';
import { rules as bounds } from './rules/bounds.js';
import { rules as composition } from './rules/composition.js';
import { rules as defaults } from './rules/defaults.js';
import { rules as docs } from './rules/docs.js';
import { rules as endpoint } from './rules/endpoint.js';
import { rules as enums } from './rules/enum.js';
import { rules as listOfTypes } from './rules/list-of-types.js';
import { rules as nullable } from './rules/nullable.js';
import { rules as operationMetadata } from './rules/operation-metadata.js';
import { rules as parameters } from './rules/parameters.js';
import { rules as patterns } from './rules/patterns.js';
import { rules as properties } from './rules/properties.js';
import { rules as propertyDeprecation } from './rules/property-deprecation.js';
import { rules as propertyRequired } from './rules/property-required.js';
import { rules as requestBody } from './rules/request-body.js';
import { rules as responseHeaders } from './rules/response-headers.js';
import { rules as responses } from './rules/responses.js';
import { rules as security } from './rules/security.js';
import { rules as types } from './rules/types.js';
import { rules as versioning } from './rules/versioning.js';

/** Rules by family (one file each), in the order docs/diff.md lists them. */
export const FAMILIES: ReadonlyArray<readonly [title: string, file: string, rules: readonly Rule[]]> = [
  ['Endpoints', 'endpoint', endpoint],
  ['operationId and tags', 'operation-metadata', operationMetadata],
  ['Parameters', 'parameters', parameters],
  ['Request body', 'request-body', requestBody],
  ['Response statuses and media types', 'responses', responses],
  ['Response headers', 'response-headers', responseHeaders],
  ['Properties added and removed', 'properties', properties],
  ['Properties becoming required or optional', 'property-required', propertyRequired],
  ['Property deprecation', 'property-deprecation', propertyDeprecation],
  ['Types and formats', 'types', types],
  ['Lists of types (3.1)', 'list-of-types', listOfTypes],
  ['Nullability', 'nullable', nullable],
  ['Enumerations', 'enum', enums],
  ['Bounds', 'bounds', bounds],
  ['Patterns', 'patterns', patterns],
  ['Default values', 'defaults', defaults],
  ['oneOf and anyOf', 'composition', composition],
  ['additionalProperties', 'additional-properties', additionalProperties],
  ['Security', 'security', security],
  ['Versioning policy', 'versioning', versioning],
  ['Documentation (--include-docs)', 'docs', docs],
];

export const RULES: readonly Rule[] = FAMILIES.flatMap(([, , rules]) => rules);

const byId = new Map<string, Rule>();
for (const r of RULES) {
  if (byId.has(r.id)) throw new Error(`duplicate diff rule id: ${r.id}`);
  byId.set(r.id, r);
}

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export { WAIVERS, type Waiver } from './waivers.js';
