import { reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const p = (pattern?: string) => ({ type: 'string', ...(pattern === undefined ? {} : { pattern }) });
const d = (value?: unknown) => ({ type: 'integer', ...(value === undefined ? {} : { default: value }) });

export const cases = [
  ruleCase('request-property-pattern-added', reqProp(p()), reqProp(p('^[a-z]+$')), { expect: { to: '^[a-z]+$' } }),
  ruleCase('request-property-pattern-removed', reqProp(p('^[a-z]+$')), reqProp(p())),
  ruleCase('request-property-pattern-changed', reqProp(p('^[a-z]+$')), reqProp(p('^[a-z0-9]+$')), { expect: { level: 'WARN', from: '^[a-z]+$', to: '^[a-z0-9]+$' } }),
  ruleCase('request-property-pattern-generalized', reqProp(p('^[a-z]+$')), reqProp(p('.*'))),
  ruleCase('response-property-pattern-added', resProp(p()), resProp(p('^[a-z]+$'))),
  ruleCase('response-property-pattern-removed', resProp(p('^[a-z]+$')), resProp(p())),
  ruleCase('response-property-pattern-changed', resProp(p('^[a-z]+$')), resProp(p('^[a-z0-9]+$')), { expect: { level: 'INFO' } }),
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
