/** Rule cases for generator/diff/rules/property-required.ts: each names its rule id, a base and a revision. */
import { reqProp, resProp, ruleCase } from '../helpers.js';

const str = { type: 'string' };

export const cases = [
  // requiredness
  ruleCase('request-property-became-required', reqProp(str), reqProp(str, true), {
    expect: { from: false, to: true, revisionPointer: '/paths/~1things/post/requestBody/content/application~1json/schema/required' },
  }),
  ruleCase('request-property-became-required-with-default', reqProp({ type: 'string', default: 'x' }), reqProp({ type: 'string', default: 'x' }, true)),
  ruleCase('request-property-became-optional', reqProp(str, true), reqProp(str)),
  ruleCase('response-property-became-optional', resProp(str, true), resProp(str)),
  ruleCase('response-write-only-property-became-optional', resProp({ type: 'string', writeOnly: true }, true), resProp({ type: 'string', writeOnly: true })),
  ruleCase('response-property-became-required', resProp(str), resProp(str, true)),
  ruleCase('response-write-only-property-became-required', resProp({ type: 'string', writeOnly: true }), resProp({ type: 'string', writeOnly: true }, true)),
];
