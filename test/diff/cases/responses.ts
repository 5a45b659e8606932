/** Rule cases for generator/diff/rules/responses.ts: each names its rule id, a base and a revision. */
import { resMedia, ruleCase, statuses } from '../helpers.js';

export const cases = [
  // response statuses and media types
  ruleCase('response-success-status-removed', statuses('200', '201'), statuses('200'), { expect: { status: '201', direction: 'response' } }),
  ruleCase('response-success-status-removed', statuses('2XX', '404'), statuses('404'), { note: 'status range 2XX counts as success' }),
  ruleCase('response-success-status-added', statuses('200'), statuses('200', '202')),
  ruleCase('response-non-success-status-removed', statuses('200', '404'), statuses('200'), { expect: { status: '404' } }),
  ruleCase('response-non-success-status-removed', statuses('200', 'default'), statuses('200'), { note: '`default` counts as non-success' }),
  ruleCase('response-non-success-status-added', statuses('200'), statuses('200', '429')),
  ruleCase('response-media-type-removed', resMedia('application/json', 'application/xml'), resMedia('application/json'), { expect: { subject: 'application/xml', status: '200' } }),
  ruleCase('response-media-type-added', resMedia('application/json'), resMedia('application/json', 'text/csv')),
];
