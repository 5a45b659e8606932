/** Rule cases for generator/diff/rules/list-of-types.ts: each names its rule id, a base and a revision. */
import { query, reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

/** A query parameter `q` that is an object with one property `p` (e.g. deepObject style). */
const deep = (p: unknown) => query({ type: 'object', properties: { p } }, { style: 'deepObject' });
const t = (type: unknown, format?: string) => ({ type, ...(format ? { format } : {}) });

export const cases = [
  ruleCase('request-parameter-list-of-types-widened', query({ type: 'integer' }), query({ type: ['integer', 'boolean'] })),
  ruleCase('request-parameter-list-of-types-narrowed', query({ type: ['integer', 'boolean'] }), query({ type: 'integer' })),
  ruleCase('request-parameter-property-list-of-types-widened', deep({ type: 'integer' }), deep({ type: ['integer', 'boolean'] })),
  ruleCase('request-parameter-property-list-of-types-narrowed', deep({ type: ['integer', 'boolean'] }), deep({ type: 'integer' })),
  ruleCase('request-body-list-of-types-widened', reqBody(t('string')), reqBody(t(['string', 'integer']))),
  ruleCase('request-body-list-of-types-narrowed', reqBody(t(['string', 'integer'])), reqBody(t('string'))),
  ruleCase('request-property-list-of-types-widened', reqProp(t('string')), reqProp(t(['string', 'integer'])), { expect: { from: 'string', to: 'integer|string' } }),
  ruleCase('request-property-list-of-types-narrowed', reqProp(t(['string', 'integer'])), reqProp(t('string'))),
  ruleCase('response-body-list-of-types-widened', resBody(t('string')), resBody(t(['string', 'integer']))),
  ruleCase('response-body-list-of-types-narrowed', resBody(t(['string', 'integer'])), resBody(t('string'))),
  ruleCase('response-property-list-of-types-widened', resProp(t('string')), resProp(t(['string', 'integer']))),
  ruleCase('response-property-list-of-types-narrowed', resProp(t(['string', 'integer'])), resProp(t('string'))),
];
