/** Rule cases for generator/diff/rules/additional-properties.ts: each names its rule id, a base and a revision. */
import { reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const open = { type: 'object' };
const closed = { type: 'object', additionalProperties: false };

export const cases = [
  ruleCase('request-body-additional-properties-disallowed', reqBody(open), reqBody(closed), { expect: { from: true, to: false, level: 'WARN' } }),
  ruleCase('request-body-additional-properties-allowed', reqBody(closed), reqBody({ type: 'object', additionalProperties: true })),
  ruleCase('request-property-additional-properties-disallowed', reqProp(open), reqProp(closed)),
  ruleCase('request-property-additional-properties-allowed', reqProp(closed), reqProp(open)),
  ruleCase('response-body-additional-properties-disallowed', resBody(open), resBody(closed), { expect: { level: 'INFO' } }),
  ruleCase('response-body-additional-properties-allowed', resBody(closed), resBody(open), { expect: { level: 'WARN' } }),
  ruleCase('response-property-additional-properties-disallowed', resProp(open), resProp(closed)),
  ruleCase('response-property-additional-properties-allowed', resProp(closed), resProp(open)),
];
