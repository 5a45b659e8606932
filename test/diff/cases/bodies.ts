import { noBody, reqBody, reqMedia, resHeaders, resMedia, ruleCase, statuses } from '../helpers.js';

const s = { type: 'object' };
const header = (schema: unknown, required?: boolean) => ({ schema, ...(required === undefined ? {} : { required }) });

export const cases = [
  // request body as a whole
  ruleCase('request-body-added-required', noBody(), reqBody(s, { required: true }), { expect: { operation: 'POST', direction: 'request', subject: '' } }),
  ruleCase('request-body-added-optional', noBody(), reqBody(s, { required: false })),
  ruleCase('request-body-removed', reqBody(s), noBody()),
  ruleCase('request-body-became-required', reqBody(s, { required: false }), reqBody(s, { required: true })),
  ruleCase('request-body-became-optional', reqBody(s, { required: true }), reqBody(s, { required: false })),
  ruleCase('request-body-media-type-added', reqMedia('application/json'), reqMedia('application/json', 'application/x-www-form-urlencoded'), {
    expect: { subject: 'application/x-www-form-urlencoded' },
  }),
  ruleCase('request-body-media-type-removed', reqMedia('application/json', 'application/xml'), reqMedia('application/json'), { expect: { subject: 'application/xml' } }),
  // response statuses and media types
  ruleCase('response-success-status-removed', statuses('200', '201'), statuses('200'), { expect: { status: '201', direction: 'response' } }),
  ruleCase('response-success-status-removed', statuses('2XX', '404'), statuses('404'), { note: 'status range 2XX counts as success' }),
  ruleCase('response-success-status-added', statuses('200'), statuses('200', '202')),
  ruleCase('response-non-success-status-removed', statuses('200', '404'), statuses('200'), { expect: { status: '404' } }),
  ruleCase('response-non-success-status-removed', statuses('200', 'default'), statuses('200'), { note: '`default` counts as non-success' }),
  ruleCase('response-non-success-status-added', statuses('200'), statuses('200', '429')),
  ruleCase('response-media-type-removed', resMedia('application/json', 'application/xml'), resMedia('application/json'), { expect: { subject: 'application/xml', status: '200' } }),
  ruleCase('response-media-type-added', resMedia('application/json'), resMedia('application/json', 'text/csv')),
  // response headers
  ruleCase('response-header-added', resHeaders({}), resHeaders({ 'X-Request-Id': header({ type: 'string' }) }), { expect: { subject: 'X-Request-Id', status: '200' } }),
  ruleCase('required-response-header-removed', resHeaders({ 'X-Request-Id': header({ type: 'string' }, true) }), resHeaders({})),
  ruleCase('optional-response-header-removed', resHeaders({ 'X-Request-Id': header({ type: 'string' }) }), resHeaders({})),
  ruleCase('response-header-became-optional', resHeaders({ 'X-Request-Id': header({ type: 'string' }, true) }), resHeaders({ 'x-request-id': header({ type: 'string' }, false) }), {
    note: 'header names compare case-insensitively',
  }),
  ruleCase('response-header-type-changed', resHeaders({ 'X-Count': header({ type: 'integer' }) }), resHeaders({ 'X-Count': header({ type: 'boolean' }) })),
  ruleCase('response-header-type-generalized', resHeaders({ 'X-Count': header({ type: 'integer' }) }), resHeaders({ 'X-Count': header({ type: 'number' }) })),
  ruleCase('response-header-type-specialized', resHeaders({ 'X-Count': header({ type: 'number' }) }), resHeaders({ 'X-Count': header({ type: 'integer' }) })),
  ruleCase('response-header-became-nullable', resHeaders({ 'X-Count': header({ type: 'integer' }) }), resHeaders({ 'X-Count': header({ type: ['integer', 'null'] }) })),
  ruleCase('response-header-became-not-nullable', resHeaders({ 'X-Count': header({ type: ['integer', 'null'] }) }), resHeaders({ 'X-Count': header({ type: 'integer' }) })),
];
