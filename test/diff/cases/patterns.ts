/** Rule cases for generator/diff/rules/patterns.ts: each names its rule id, a base and a revision. */
import { query, reqProp, resProp, ruleCase } from '../helpers.js';

const p = (pattern?: string) => ({ type: 'string', ...(pattern === undefined ? {} : { pattern }) });

export const cases = [
  ruleCase('request-parameter-pattern-added', query({ type: 'string' }), query({ type: 'string', pattern: '^[a-z]+$' })),
  ruleCase('request-parameter-pattern-removed', query({ type: 'string', pattern: '^[a-z]+$' }), query({ type: 'string' })),
  ruleCase('request-parameter-pattern-changed', query({ type: 'string', pattern: '^[a-z]+$' }), query({ type: 'string', pattern: '^[a-z0-9]+$' })),
  ruleCase('request-parameter-pattern-generalized', query({ type: 'string', pattern: '^[a-z]+$' }), query({ type: 'string', pattern: '.*' })),
  ruleCase('request-property-pattern-added', reqProp(p()), reqProp(p('^[a-z]+$')), { expect: { to: '^[a-z]+$' } }),
  ruleCase('request-property-pattern-added', reqProp(p('')), reqProp(p('^[a-z]+$')), {
    note: 'from an empty pattern, which is no pattern (as in oasdiff)',
    expect: { level: 'ERR' },
  }),
  ruleCase('request-property-pattern-removed', reqProp(p('^[a-z]+$')), reqProp(p())),
  ruleCase('request-property-pattern-removed', reqProp(p('^[a-z]+$')), reqProp(p('')), { note: 'to an empty pattern', expect: { level: 'INFO' } }),
  ruleCase('request-parameter-pattern-added', query({ type: 'string', pattern: '' }), query({ type: 'string', pattern: '^[a-z]+$' }), { note: 'from an empty pattern' }),
  ruleCase('request-property-pattern-changed', reqProp(p('^[a-z]+$')), reqProp(p('^[a-z0-9]+$')), { expect: { level: 'WARN', from: '^[a-z]+$', to: '^[a-z0-9]+$' } }),
  ruleCase('request-property-pattern-generalized', reqProp(p('^[a-z]+$')), reqProp(p('.*'))),
  ruleCase('response-property-pattern-added', resProp(p()), resProp(p('^[a-z]+$'))),
  ruleCase('response-property-pattern-removed', resProp(p('^[a-z]+$')), resProp(p())),
  ruleCase('response-property-pattern-changed', resProp(p('^[a-z]+$')), resProp(p('^[a-z0-9]+$')), { expect: { level: 'INFO' } }),
];
