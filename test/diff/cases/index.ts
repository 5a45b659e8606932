/** Every rule case, by rule file (cases/X.ts tests generator/diff/rules/X.ts). The rule test runs them; the audit test checks they cover the registry. */
import type { RuleCase } from '../helpers.js';
import { cases as endpoint } from './endpoint.js';
import { cases as operationMetadata } from './operation-metadata.js';
import { cases as parameters } from './parameters.js';
import { cases as requestBody } from './request-body.js';
import { cases as responses } from './responses.js';
import { cases as responseHeaders } from './response-headers.js';
import { cases as properties } from './properties.js';
import { cases as propertyRequired } from './property-required.js';
import { cases as propertyDeprecation } from './property-deprecation.js';
import { cases as types } from './types.js';
import { cases as listOfTypes } from './list-of-types.js';
import { cases as nullable } from './nullable.js';
import { cases as enums } from './enum.js';
import { cases as bounds } from './bounds.js';
import { cases as patterns } from './patterns.js';
import { cases as defaults } from './defaults.js';
import { cases as composition } from './composition.js';
import { cases as additionalProperties } from './additional-properties.js';
import { cases as security } from './security.js';
import { cases as versioning } from './versioning.js';
import { cases as docs } from './docs.js';

export const CASES: Record<string, readonly RuleCase[]> = {
  endpoint: endpoint,
  'operation-metadata': operationMetadata,
  parameters: parameters,
  'request-body': requestBody,
  responses: responses,
  'response-headers': responseHeaders,
  properties: properties,
  'property-required': propertyRequired,
  'property-deprecation': propertyDeprecation,
  types: types,
  'list-of-types': listOfTypes,
  nullable: nullable,
  enum: enums,
  bounds: bounds,
  patterns: patterns,
  defaults: defaults,
  composition: composition,
  'additional-properties': additionalProperties,
  security: security,
  versioning: versioning,
  docs: docs,
};

export const ALL_CASES: readonly RuleCase[] = Object.values(CASES).flat();
