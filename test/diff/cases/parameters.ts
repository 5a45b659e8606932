/** Rule cases for generator/diff/rules/parameters.ts: each names its rule id, a base and a revision. */
import { params, ruleCase } from '../helpers.js';

const q = (more: Record<string, unknown> = {}) => ({ name: 'q', in: 'query', schema: { type: 'string' }, ...more });

export const cases = [
  ruleCase('new-required-request-parameter', params(), params(q({ required: true })), {
    expect: { subject: 'q', in: 'query', direction: 'request', revisionPointer: '/paths/~1things~1{id}/get/parameters/1' },
  }),
  ruleCase('new-required-request-parameter', params(), params({ name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' } }), {
    note: 'header',
    expect: { in: 'header' },
  }),
  ruleCase('new-optional-request-parameter', params(), params(q())),
  ruleCase('request-parameter-removed', params(q()), params(), { expect: { basePointer: '/paths/~1things~1{id}/get/parameters/1' } }),
  ruleCase('request-parameter-removed-with-deprecation', params(q({ deprecated: true })), params()),
  ruleCase('request-parameter-became-required', params(q()), params(q({ required: true })), { expect: { from: false, to: true } }),
  ruleCase('request-parameter-became-optional', params(q({ required: true })), params(q())),
  ruleCase('request-parameter-deprecated', params(q()), params(q({ deprecated: true }))),
  ruleCase('request-parameter-reactivated', params(q({ deprecated: true })), params(q())),
];
