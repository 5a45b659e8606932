/** Rule cases for generator/diff/rules/defaults.ts: each names its rule id, a base and a revision. */
import { query, reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const d = (value?: unknown) => ({ type: 'integer', ...(value === undefined ? {} : { default: value }) });

export const cases = [
  ruleCase('request-parameter-default-value-added', query({ type: 'integer' }), query({ type: 'integer', default: 10 })),
  ruleCase('request-parameter-default-value-removed', query({ type: 'integer', default: 10 }), query({ type: 'integer' })),
  ruleCase('request-parameter-default-value-changed', query({ type: 'integer', default: 10 }), query({ type: 'integer', default: 20 }), { expect: { from: 10, to: 20 } }),
  ruleCase('request-body-default-value-added', reqBody(d()), reqBody(d(1))),
  ruleCase('request-body-default-value-removed', reqBody(d(1)), reqBody(d())),
  ruleCase('request-body-default-value-changed', reqBody(d(1)), reqBody(d(2))),
  ruleCase('request-property-default-value-added', reqProp(d()), reqProp(d(1)), { expect: { to: 1 } }),
  ruleCase('request-property-default-value-removed', reqProp(d(1)), reqProp(d())),
  ruleCase('request-property-default-value-changed', reqProp(d(1)), reqProp(d(2)), { expect: { from: 1, to: 2 } }),
  ruleCase('response-body-default-value-added', resBody(d()), resBody(d(1))),
  ruleCase('response-body-default-value-removed', resBody(d(1)), resBody(d())),
  ruleCase('response-body-default-value-changed', resBody(d(1)), resBody(d(2))),
  ruleCase('response-property-default-value-added', resProp(d()), resProp(d(1))),
  ruleCase('response-property-default-value-removed', resProp(d(1)), resProp(d())),
  ruleCase('response-property-default-value-changed', resProp(d(1)), resProp(d(2))),
];
