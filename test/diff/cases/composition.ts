/** Rule cases for generator/diff/rules/composition.ts: each names its rule id, a base and a revision. */
import { reqBody, reqProp, resBody, resProp, ruleCase, withSchemas } from '../helpers.js';

const S = { type: 'string' };
const I = { type: 'integer' };
const B = { type: 'boolean' };
const one = (...branches: unknown[]) => ({ oneOf: branches });
const any = (...branches: unknown[]) => ({ anyOf: branches });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pets = { Cat: { type: 'object', properties: { meow: S } }, Dog: { type: 'object', properties: { bark: S } }, Fox: { type: 'object', properties: { say: S } } };

export const cases = [
  ruleCase('request-body-one-of-added', withSchemas(reqBody(one(ref('Cat'), ref('Dog'))), pets), withSchemas(reqBody(one(ref('Cat'), ref('Dog'), ref('Fox'))), pets), {
    note: 'branches paired by component name',
    expect: { to: 'Fox' },
  }),
  ruleCase('request-body-one-of-removed', withSchemas(reqBody(one(ref('Cat'), ref('Dog'), ref('Fox'))), pets), withSchemas(reqBody(one(ref('Dog'), ref('Fox'))), pets), {
    expect: { from: 'Cat', level: 'ERR' },
  }),
  ruleCase('request-property-one-of-added', reqProp(one(S, I)), reqProp(one(S, I, B)), { note: 'inline branches paired by content', expect: { to: '#2' } }),
  ruleCase('request-property-one-of-removed', reqProp(one(S, I, B)), reqProp(one(S, B)), { expect: { from: '#1' } }),
  ruleCase('response-body-one-of-added', resBody(one(S, I)), resBody(one(S, I, B)), { expect: { level: 'ERR' } }),
  ruleCase('response-body-one-of-removed', resBody(one(S, I, B)), resBody(one(S, I))),
  ruleCase('response-property-one-of-added', resProp(one(S, I)), resProp(one(S, I, B))),
  ruleCase('response-property-one-of-removed', resProp(one(S, I, B)), resProp(one(S, I))),
  ruleCase('request-body-any-of-added', reqBody(any(S, I)), reqBody(any(S, I, B))),
  ruleCase('request-body-any-of-removed', reqBody(any(S, I, B)), reqBody(any(S, I))),
  ruleCase('request-property-any-of-added', reqProp(any(S, I)), reqProp(any(S, I, B))),
  ruleCase('request-property-any-of-removed', reqProp(any(S, I, B)), reqProp(any(S, I))),
  ruleCase('response-body-any-of-added', resBody(any(S, I)), resBody(any(S, I, B))),
  ruleCase('response-body-any-of-removed', resBody(any(S, I, B)), resBody(any(S, I))),
  ruleCase('response-property-any-of-added', resProp(any(S, I)), resProp(any(S, I, B))),
  ruleCase('response-property-any-of-removed', resProp(any(S, I, B)), resProp(any(S, I))),
];
