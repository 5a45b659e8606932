/** Rule cases for generator/diff/rules/response-headers.ts: each names its rule id, a base and a revision. */
import { resHeaders, ruleCase } from '../helpers.js';

const header = (schema: unknown, required?: boolean) => ({ schema, ...(required === undefined ? {} : { required }) });

export const cases = [
  // response headers
  ruleCase('response-header-added', resHeaders({}), resHeaders({ 'X-Request-Id': header({ type: 'string' }) }), { expect: { subject: 'X-Request-Id', status: '200' } }),
  ruleCase('required-response-header-removed', resHeaders({ 'X-Request-Id': header({ type: 'string' }, true) }), resHeaders({})),
  ruleCase('optional-response-header-removed', resHeaders({ 'X-Request-Id': header({ type: 'string' }) }), resHeaders({})),
  ruleCase('response-header-became-optional', resHeaders({ 'X-Request-Id': header({ type: 'string' }, true) }), resHeaders({ 'x-request-id': header({ type: 'string' }, false) }), {
    note: 'header names compare case-insensitively',
  }),
];
