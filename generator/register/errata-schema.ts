/**
 * JSON Schema (2020-12) of one errata register entry (spec/CONVENTIONS.md, "The errata register").
 *
 * `message` is this project's annotation for what a reader is told when a value fails: a string
 * speaks for the value and everything inside it that has no message of its own; an object speaks
 * per failing keyword of that schema only (`required` is looked up on the missing property's
 * schema). Placeholders: `{at}` the value's path in the entry (`drift[0].kind`), `{value}` the value
 * as JSON. See schema-problems.ts.
 */
import { PAGE_ID_PATTERN, SDK_CITATION_PATTERN } from './citation.js';
import { DRIFT_AT_PATTERN, DRIFT_KINDS } from './drift-kinds.js';

const NON_EMPTY = '\\S';
const REQUIRED_STRING = '{at} is required (a non-empty string)';

const nonEmptyString = { type: 'string', pattern: NON_EMPTY };
const requiredString = { ...nonEmptyString, message: REQUIRED_STRING };
const pageId = { type: 'string', pattern: `^${PAGE_ID_PATTERN}$` };

const exampleError = {
  type: 'object',
  required: ['instancePath', 'keyword'],
  properties: {
    instancePath: { type: 'string', pattern: '^(?:$|/)', message: { pattern: '{at} must be a JSON pointer ("" or starting with "/"), not {value}' } },
    keyword: nonEmptyString,
  },
  additionalProperties: false,
  message: '{at} must be {instancePath: string ("" for the root), keyword: string}',
};

const STATUS_FOR_RESPONSE = '{at} is required for a response example, as a quoted string ("200")';

const example = {
  type: 'object',
  required: ['spec', 'operationId', 'in', 'name', 'errors'],
  properties: {
    spec: requiredString,
    operationId: requiredString,
    in: { enum: ['request', 'response'], message: '{at} must be "request" or "response", not {value}' },
    // Checked by the conditions below, which depend on `in`.
    status: {},
    name: requiredString,
    errors: { type: 'array', minItems: 1, items: exampleError, message: '{at} is required: the non-empty list of {instancePath, keyword} the example fails with' },
  },
  additionalProperties: false,
  allOf: [
    {
      if: { required: ['in'], properties: { in: { const: 'response' } } },
      then: {
        required: ['status'],
        properties: {
          status: {
            type: 'string',
            pattern: NON_EMPTY,
            message: { required: STATUS_FOR_RESPONSE, type: `${STATUS_FOR_RESPONSE}, not {value}`, pattern: `${STATUS_FOR_RESPONSE}, not {value}` },
          },
        },
      },
    },
    {
      if: { required: ['in'], properties: { in: { const: 'request' } } },
      then: { properties: { status: { not: {}, message: '{at} is only for response examples' } } },
    },
  ],
  message: { type: '{at} must be a mapping {spec, operationId, in, status?, name, errors}' },
};

const says = {
  type: 'object',
  required: ['page', 'text'],
  properties: {
    page: {
      type: 'string',
      pattern: `^(?:${PAGE_ID_PATTERN}|${SDK_CITATION_PATTERN})$`,
      message: { pattern: '{at} {value} is neither a page id nor "sdk <npm package> <symbol>"' },
    },
    text: nonEmptyString,
  },
  message: '{at} must be {page: "<page id>" or "sdk <npm package> <symbol>", text: "..."}',
};

const omit = {
  type: 'object',
  required: ['page', 'table', 'field'],
  properties: { page: pageId, table: nonEmptyString, field: nonEmptyString },
  additionalProperties: false,
  message: '{at} must be {page: "<three-digit id>", table: "<label as cited>", field: "<name>"}',
};

const drift = {
  type: 'object',
  required: ['page', 'at', 'kind'],
  properties: {
    page: pageId,
    at: {
      type: 'string',
      pattern: DRIFT_AT_PATTERN,
      message: { pattern: '{at} {value} should read "request <path|query|header|body> <field>", "response <status> <part> <field>" or "<request|response status> examples"' },
    },
    kind: { type: 'string', enum: [...DRIFT_KINDS], message: { enum: `{at} {value} is not a drift kind (${DRIFT_KINDS.join(', ')})` } },
    values: { type: 'array', minItems: 1, items: { type: ['string', 'number'] }, message: '{at} must be a non-empty list of enum values or example names' },
  },
  additionalProperties: false,
  message: '{at} must be {page: "<three-digit id>", at: "request body <field>", kind: "<drift kind>", values?: [...]}',
};

export const ERRATA_ENTRY_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'pages', 'subject', 'says', 'decision', 'why'],
  properties: {
    id: {
      type: 'string',
      pattern: NON_EMPTY,
      message: { required: REQUIRED_STRING, type: REQUIRED_STRING, pattern: REQUIRED_STRING },
      // Only a non-empty id is held to the spelling, so an empty one gets one message.
      if: { type: 'string', pattern: NON_EMPTY },
      then: { type: 'string', pattern: '^[A-Za-z0-9][\\w.-]*$', message: '{at} {value} should be letters, digits, "-", "_" or "."' },
    },
    pages: {
      type: 'array',
      minItems: 1,
      items: { ...pageId, message: '{at} must be a quoted three-digit page id, not {value}' },
      message: '{at} is required: a non-empty list of page ids such as "000"',
    },
    subject: requiredString,
    says: { type: 'array', minItems: 1, items: says, message: '{at} is required: a non-empty list of {page, text}' },
    decision: requiredString,
    why: requiredString,
    // One example block, or a list of them.
    example: { if: { type: 'array' }, then: { type: 'array', items: example }, else: example },
    omits: { type: 'array', items: omit, message: '{at} must be a list of {page, table, field}' },
    drift: { type: 'array', items: drift, message: '{at} must be a list of {page, at, kind, values?}' },
  },
  additionalProperties: false,
  message: { type: 'must be a mapping' },
};
