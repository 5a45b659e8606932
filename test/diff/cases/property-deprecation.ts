/** Rule cases for generator/diff/rules/property-deprecation.ts: each names its rule id, a base and a revision. */
import { as30, reqProp, resProp, ruleCase } from '../helpers.js';

const str = { type: 'string' };

export const cases = [
  // deprecation
  ruleCase('request-property-deprecated', reqProp(str), reqProp({ type: 'string', deprecated: true })),
  ruleCase('request-property-reactivated', reqProp({ type: 'string', deprecated: true }), reqProp(str)),
  ruleCase('response-property-deprecated', as30(resProp(str)), as30(resProp({ type: 'string', deprecated: true }))),
  ruleCase('response-property-reactivated', resProp({ type: 'string', deprecated: true }), resProp(str)),
];
