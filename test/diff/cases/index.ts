/** Every rule case, by file. The rule test runs them; the audit test checks they cover the registry. */
import type { RuleCase } from '../helpers.js';
import { cases as additionalProperties } from './additional-properties.js';
import { cases as bodies } from './bodies.js';
import { cases as bounds } from './bounds.js';
import { cases as composition } from './composition.js';
import { cases as docs } from './docs.js';
import { cases as endpoints } from './endpoints.js';
import { cases as enums } from './enums.js';
import { cases as nullable } from './nullable.js';
import { cases as parameters, parameterPropertyCases } from './parameters.js';
import { cases as patternsDefaults } from './patterns-defaults.js';
import { cases as properties } from './properties.js';
import { cases as security } from './security.js';
import { cases as types } from './types.js';

export const CASES: Record<string, readonly RuleCase[]> = {
  endpoints,
  parameters,
  'parameter properties': parameterPropertyCases,
  bodies,
  properties,
  types,
  nullable,
  enums,
  bounds,
  'patterns and defaults': patternsDefaults,
  composition,
  'additional properties': additionalProperties,
  security,
  docs,
};

export const ALL_CASES: readonly RuleCase[] = Object.values(CASES).flat();
