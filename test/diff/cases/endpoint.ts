/** Rule cases for generator/diff/rules/endpoint.ts: each names its rule id, a base and a revision. */
import { doc, ruleCase } from '../helpers.js';

const ok = { responses: { '200': { description: 'ok' } } };
const op = (extra: Record<string, unknown> = {}) => ({ ...ok, ...extra });

export const cases = [
  ruleCase('endpoint-added', doc({ '/things': { get: op() } }), doc({ '/things': { get: op() }, '/others': { get: op() } }), {
    expect: { operation: 'GET', path: '/others', direction: 'none', revisionPointer: '/paths/~1others/get' },
  }),
  ruleCase('endpoint-added', doc({ '/things': { get: op() } }), doc({ '/things': { get: op(), post: op() } }), { note: 'new method on an existing path' }),
  ruleCase('api-path-removed-without-deprecation', doc({ '/things': { get: op() }, '/others': { get: op() } }), doc({ '/things': { get: op() } }), {
    expect: { operation: 'GET', path: '/others', basePointer: '/paths/~1others/get' },
  }),
  ruleCase('api-path-removed-with-deprecation', doc({ '/things': { get: op() }, '/others': { get: op({ deprecated: true }) } }), doc({ '/things': { get: op() } })),
  ruleCase('api-removed-without-deprecation', doc({ '/things': { get: op(), delete: op() } }), doc({ '/things': { get: op() } }), { expect: { operation: 'DELETE' } }),
  ruleCase('api-removed-with-deprecation', doc({ '/things': { get: op(), delete: op({ deprecated: true }) } }), doc({ '/things': { get: op() } })),
  ruleCase('endpoint-deprecated', doc({ '/things': { get: op() } }), doc({ '/things': { get: op({ deprecated: true }) } }), { expect: { from: false, to: true } }),
  ruleCase('endpoint-reactivated', doc({ '/things': { get: op({ deprecated: true }) } }), doc({ '/things': { get: op() } })),
];
