import { params, query, ruleCase } from '../helpers.js';

const q = (more: Record<string, unknown> = {}) => ({ name: 'q', in: 'query', schema: { type: 'string' }, ...more });

export const cases = [
  ruleCase('new-required-request-parameter', params(), params(q({ required: true })), {
    expect: { subject: 'q', in: 'query', direction: 'request', revisionPointer: '/paths/~1things~1{id}/get/parameters/1' },
  }),
  ruleCase('new-required-request-parameter', params(), params({ name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } }), { note: 'header', expect: { in: 'header' } }),
  ruleCase('new-optional-request-parameter', params(), params(q())),
  ruleCase('request-parameter-removed', params(q()), params(), { expect: { basePointer: '/paths/~1things~1{id}/get/parameters/1' } }),
  ruleCase('request-parameter-removed-with-deprecation', params(q({ deprecated: true })), params()),
  ruleCase('request-parameter-became-required', params(q()), params(q({ required: true })), { expect: { from: false, to: true } }),
  ruleCase('request-parameter-became-optional', params(q({ required: true })), params(q())),
  ruleCase('request-parameter-deprecated', params(q()), params(q({ deprecated: true }))),
  ruleCase('request-parameter-reactivated', params(q({ deprecated: true })), params(q())),
  // parameter schemas
  ruleCase('request-parameter-type-generalized', query({ type: 'integer' }), query({ type: 'string' }), { note: 'any query value reads as a string', expect: { from: 'integer', to: 'string' } }),
  ruleCase('request-parameter-type-changed', query({ type: 'string' }), query({ type: 'integer' })),
  ruleCase('request-parameter-list-of-types-widened', query({ type: 'integer' }), query({ type: ['integer', 'boolean'] })),
  ruleCase('request-parameter-list-of-types-narrowed', query({ type: ['integer', 'boolean'] }), query({ type: 'integer' })),
  ruleCase('request-parameter-became-nullable', query({ type: 'string' }), query({ type: ['string', 'null'] })),
  ruleCase('request-parameter-became-not-nullable', query({ type: ['string', 'null'] }), query({ type: 'string' })),
  ruleCase('request-parameter-enum-value-added', query({ type: 'string', enum: ['a'] }), query({ type: 'string', enum: ['a', 'b'] }), { expect: { to: 'b' } }),
  ruleCase('request-parameter-enum-value-removed', query({ type: 'string', enum: ['a', 'b'] }), query({ type: 'string', enum: ['a'] }), {
    expect: { from: 'b', basePointer: '/paths/~1things~1{id}/get/parameters/1/schema/enum/1' },
  }),
  ruleCase('request-parameter-became-enum', query({ type: 'string' }), query({ type: 'string', enum: ['a'] })),
  ruleCase('request-parameter-pattern-added', query({ type: 'string' }), query({ type: 'string', pattern: '^[a-z]+$' })),
  ruleCase('request-parameter-pattern-removed', query({ type: 'string', pattern: '^[a-z]+$' }), query({ type: 'string' })),
  ruleCase('request-parameter-pattern-changed', query({ type: 'string', pattern: '^[a-z]+$' }), query({ type: 'string', pattern: '^[a-z0-9]+$' })),
  ruleCase('request-parameter-pattern-generalized', query({ type: 'string', pattern: '^[a-z]+$' }), query({ type: 'string', pattern: '.*' })),
  ruleCase('request-parameter-default-value-added', query({ type: 'integer' }), query({ type: 'integer', default: 10 })),
  ruleCase('request-parameter-default-value-removed', query({ type: 'integer', default: 10 }), query({ type: 'integer' })),
  ruleCase('request-parameter-default-value-changed', query({ type: 'integer', default: 10 }), query({ type: 'integer', default: 20 }), { expect: { from: 10, to: 20 } }),
];

/** A query parameter `q` that is an object with one property `p` (e.g. deepObject style). */
const deep = (p: unknown) => query({ type: 'object', properties: { p } }, { style: 'deepObject' });

export const parameterPropertyCases = [
  ruleCase('request-parameter-property-type-generalized', deep({ type: 'integer' }), deep({ type: 'number' }), { expect: { subject: 'q.p' } }),
  ruleCase('request-parameter-property-type-specialized', deep({ type: 'string' }), deep({ type: 'integer' }), { note: 'breaks whether JSON-encoded or not' }),
  ruleCase('request-parameter-property-type-changed', deep({ type: 'integer' }), deep({ type: 'string' }), { note: 'breaks only if JSON-encoded' }),
  ruleCase('request-parameter-property-list-of-types-widened', deep({ type: 'integer' }), deep({ type: ['integer', 'boolean'] })),
  ruleCase('request-parameter-property-list-of-types-narrowed', deep({ type: ['integer', 'boolean'] }), deep({ type: 'integer' })),
  ruleCase('request-parameter-property-became-nullable', deep({ type: 'string' }), deep({ type: ['string', 'null'] })),
  ruleCase('request-parameter-property-became-not-nullable', deep({ type: ['string', 'null'] }), deep({ type: 'string' })),
  ruleCase('request-parameter-property-enum-value-added', deep({ enum: ['a'] }), deep({ enum: ['a', 'b'] })),
  ruleCase('request-parameter-property-enum-value-removed', deep({ enum: ['a', 'b'] }), deep({ enum: ['a'] })),
];
