/** Rule cases for generator/diff/rules/operation-metadata.ts: each names its rule id, a base and a revision. */
import { doc, ruleCase } from '../helpers.js';

const ok = { responses: { '200': { description: 'ok' } } };
const op = (extra: Record<string, unknown> = {}) => ({ ...ok, ...extra });

export const cases = [
  ruleCase('api-operation-id-added', doc({ '/things': { get: op() } }), doc({ '/things': { get: op({ operationId: 'listThings' }) } }), { expect: { to: 'listThings' } }),
  ruleCase('api-operation-id-removed', doc({ '/things': { get: op({ operationId: 'listThings' }) } }), doc({ '/things': { get: op({ operationId: 'getThings' }) } }), {
    note: 'renamed',
    expect: { from: 'listThings', to: 'getThings', message: "operationId 'listThings' removed or renamed (now 'getThings')" },
  }),
  ruleCase('api-tag-added', doc({ '/things': { get: op({ tags: ['a'] }) } }), doc({ '/things': { get: op({ tags: ['a', 'b'] }) } }), { expect: { to: 'b' } }),
  ruleCase('api-tag-removed', doc({ '/things': { get: op({ tags: ['a', 'b'] }) } }), doc({ '/things': { get: op({ tags: ['b'] }) } }), { expect: { from: 'a' } }),
];
