import { reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const e = (...values: unknown[]) => ({ type: 'string', enum: values });
const ro = (...values: unknown[]) => ({ type: 'string', readOnly: true, enum: values });
const wo = (...values: unknown[]) => ({ type: 'string', writeOnly: true, enum: values });

export const cases = [
  ruleCase('request-property-enum-value-added', reqProp(e('a')), reqProp(e('a', 'b')), { expect: { to: 'b', level: 'INFO' } }),
  ruleCase('request-property-enum-value-removed', reqProp(e('a', 'b')), reqProp(e('a')), { expect: { from: 'b', level: 'ERR' } }),
  ruleCase('request-read-only-property-enum-value-removed', reqProp(ro('a', 'b')), reqProp(ro('a'))),
  ruleCase('response-property-enum-value-added', resProp(e('a')), resProp(e('a', 'b')), { expect: { level: 'WARN' } }),
  ruleCase('response-write-only-property-enum-value-added', resProp(wo('a')), resProp(wo('a', 'b'))),
  ruleCase('response-property-enum-value-removed', resProp(e('a', 'b')), resProp(e('a')), { expect: { level: 'INFO' } }),
  ruleCase('request-body-enum-value-added', reqBody(e('a')), reqBody(e('a', 'b'))),
  ruleCase('request-body-enum-value-removed', reqBody(e('a', 'b')), reqBody(e('a'))),
  ruleCase('response-mediatype-enum-value-added', resBody(e('a')), resBody(e('a', 'b'))),
  ruleCase('response-mediatype-enum-value-removed', resBody(e('a', 'b')), resBody(e('a'))),
  ruleCase('request-body-became-enum', reqBody({ type: 'string' }), reqBody(e('a'))),
  ruleCase('request-property-became-enum', reqProp({ type: 'string' }), reqProp(e('a', 'b')), { expect: { to: ['a', 'b'] } }),
];
