/** Rule cases for generator/diff/rules/properties.ts: each names its rule id, a base and a revision. */
import { reqBody, reqProp, resBody, resProp, ruleCase, withSchemas } from '../helpers.js';

const S = { type: 'string' };
const one = (...branches: unknown[]) => ({ oneOf: branches });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pets = { Cat: { type: 'object', properties: { meow: S } }, Dog: { type: 'object', properties: { bark: S } }, Fox: { type: 'object', properties: { say: S } } };
const none = { type: 'object' };
const str = { type: 'string' };

export const cases = [
  ruleCase(
    'new-required-request-property',
    withSchemas(reqBody(one(ref('Cat'), ref('Dog'))), pets),
    withSchemas(reqBody(one(ref('Cat'), ref('Dog'))), { ...pets, Dog: { type: 'object', properties: { bark: S, name: S }, required: ['name'] } }),
    { note: 'changes inside a oneOf branch are reported like any other', expect: { subject: 'name', revisionPointer: '/components/schemas/Dog/properties/name' } },
  ),
  // request properties appearing and disappearing
  ruleCase('new-required-request-property', reqBody(none), reqProp(str, true), {
    expect: { subject: 'p', direction: 'request', revisionPointer: '/paths/~1things/post/requestBody/content/application~1json/schema/properties/p' },
  }),
  ruleCase('new-required-request-property-with-default', reqBody(none), reqProp({ type: 'string', default: 'x' }, true)),
  ruleCase('new-optional-request-property', reqBody(none), reqProp(str)),
  ruleCase('request-property-removed', reqProp(str, true), reqBody(none), {
    expect: { level: 'WARN', basePointer: '/paths/~1things/post/requestBody/content/application~1json/schema/properties/p' },
  }),
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
];
