import { reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const open = { type: 'object' };
const closed = { type: 'object', additionalProperties: false };
const map = (values: unknown) => ({ type: 'object', additionalProperties: values });

export const cases = [
  ruleCase('request-body-additional-properties-disallowed', reqBody(open), reqBody(closed), { expect: { from: true, to: false, level: 'WARN' } }),
  ruleCase('request-body-additional-properties-allowed', reqBody(closed), reqBody({ type: 'object', additionalProperties: true })),
  ruleCase('request-property-additional-properties-disallowed', reqProp(open), reqProp(closed)),
  ruleCase('request-property-additional-properties-allowed', reqProp(closed), reqProp(open)),
  ruleCase('response-body-additional-properties-disallowed', resBody(open), resBody(closed), { expect: { level: 'INFO' } }),
  ruleCase('response-body-additional-properties-allowed', resBody(closed), resBody(open), { expect: { level: 'WARN' } }),
  ruleCase('response-property-additional-properties-disallowed', resProp(open), resProp(closed)),
  ruleCase('response-property-additional-properties-allowed', resProp(closed), resProp(open)),
  ruleCase('request-property-type-changed', reqProp(map({ type: 'string' })), reqProp(map({ type: 'integer' })), {
    note: "a map's value schema is compared as the property '<map>.*'",
    expect: { subject: 'p.*' },
  }),
];
