/** Rule cases for generator/diff/rules/request-body.ts: each names its rule id, a base and a revision. */
import { noBody, reqBody, reqMedia, ruleCase } from '../helpers.js';

const obj = { type: 'object' };

export const cases = [
  // request body as a whole
  ruleCase('request-body-added-required', noBody(), reqBody(obj, { required: true }), { expect: { operation: 'POST', direction: 'request', subject: '' } }),
  ruleCase('request-body-added-optional', noBody(), reqBody(obj, { required: false })),
  ruleCase('request-body-removed', reqBody(obj), noBody()),
  ruleCase('request-body-became-required', reqBody(obj, { required: false }), reqBody(obj, { required: true })),
  ruleCase('request-body-became-optional', reqBody(obj, { required: true }), reqBody(obj, { required: false })),
  ruleCase('request-body-media-type-added', reqMedia('application/json'), reqMedia('application/json', 'application/x-www-form-urlencoded'), {
    expect: { subject: 'application/x-www-form-urlencoded' },
  }),
  ruleCase('request-body-media-type-removed', reqMedia('application/json', 'application/xml'), reqMedia('application/json'), { expect: { subject: 'application/xml' } }),
];
