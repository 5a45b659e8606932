import { as30, reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const none = { type: 'object' };
const str = { type: 'string' };

export const cases = [
  // request properties appearing and disappearing
  ruleCase('new-required-request-property', reqBody(none), reqProp(str, true), {
    expect: { subject: 'p', direction: 'request', revisionPointer: '/paths/~1things/post/requestBody/content/application~1json/schema/properties/p' },
  }),
  ruleCase('new-required-request-property-with-default', reqBody(none), reqProp({ type: 'string', default: 'x' }, true)),
  ruleCase('new-optional-request-property', reqBody(none), reqProp(str)),
  ruleCase('request-property-removed', reqProp(str, true), reqBody(none), { expect: { level: 'WARN', basePointer: '/paths/~1things/post/requestBody/content/application~1json/schema/properties/p' } }),
  // response properties appearing and disappearing
  ruleCase('response-required-property-added', resBody(none), resProp(str, true), { expect: { status: '200', direction: 'response' } }),
  ruleCase('response-required-write-only-property-added', resBody(none), resProp({ type: 'string', writeOnly: true }, true)),
  ruleCase('response-optional-property-added', resBody(none), resProp(str)),
  ruleCase('response-optional-write-only-property-added', resBody(none), resProp({ type: 'string', writeOnly: true })),
  ruleCase('response-required-property-removed', resProp(str, true), resBody(none)),
  ruleCase('response-required-write-only-property-removed', resProp({ type: 'string', writeOnly: true }, true), resBody(none)),
  ruleCase('response-optional-property-removed', resProp(str), resBody(none)),
  ruleCase('response-optional-write-only-property-removed', resProp({ type: 'string', writeOnly: true }), resBody(none)),
  ruleCase(
    'response-optional-property-removed',
    resBody({ type: 'object', properties: { vpc: { type: 'object', properties: { id: str, name: str } } } }),
    resBody({ type: 'object', properties: { vpc: { type: 'object', properties: { id: str } } } }),
    { note: 'nested properties are named with dots', expect: { subject: 'vpc.name' } },
  ),
  ruleCase(
    'response-optional-property-removed',
    resBody({ type: 'array', items: { type: 'object', properties: { id: str, name: str } } }),
    resBody({ type: 'array', items: { type: 'object', properties: { id: str } } }),
    { note: 'array items are named []', expect: { subject: '[].name' } },
  ),
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
  // deprecation
  ruleCase('request-property-deprecated', reqProp(str), reqProp({ type: 'string', deprecated: true })),
  ruleCase('request-property-reactivated', reqProp({ type: 'string', deprecated: true }), reqProp(str)),
  ruleCase('response-property-deprecated', as30(resProp(str)), as30(resProp({ type: 'string', deprecated: true }))),
  ruleCase('response-property-reactivated', resProp({ type: 'string', deprecated: true }), resProp(str)),
];
