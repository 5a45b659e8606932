/** Rule cases for generator/diff/rules/enum.ts: each names its rule id, a base and a revision. */
import { query, reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const e = (...values: unknown[]) => ({ type: 'string', enum: values });
const ro = (...values: unknown[]) => ({ type: 'string', readOnly: true, enum: values });
const wo = (...values: unknown[]) => ({ type: 'string', writeOnly: true, enum: values });
/** A query parameter `q` that is an object with one property `p` (e.g. deepObject style). */
const deep = (p: unknown) => query({ type: 'object', properties: { p } }, { style: 'deepObject' });

export const cases = [
  ruleCase('request-property-enum-value-added', reqProp(e('a')), reqProp(e('a', 'b')), { expect: { to: 'b', level: 'INFO' } }),
  ruleCase('request-property-enum-value-removed', reqProp(e('a', 'b')), reqProp(e('a')), { expect: { from: 'b', level: 'ERR' } }),
  ruleCase('request-read-only-property-enum-value-removed', reqProp(ro('a', 'b')), reqProp(ro('a'))),
  ruleCase('response-property-enum-value-added', resProp(e('a')), resProp(e('a', 'b')), { expect: { level: 'WARN' } }),
  ruleCase('response-write-only-property-enum-value-added', resProp(wo('a')), resProp(wo('a', 'b'))),
  ruleCase('response-property-enum-value-removed', resProp(e('a', 'b')), resProp(e('a')), { expect: { level: 'INFO' } }),
  ruleCase('request-body-enum-value-added', reqBody(e('a')), reqBody(e('a', 'b'))),
  ruleCase('request-body-enum-value-removed', reqBody(e('a', 'b')), reqBody(e('a'))),
  ruleCase('response-mediatype-enum-value-added', resBody(e('a')), resBody(e('a', 'b'))),
  ruleCase('response-mediatype-enum-value-removed', resBody(e('a', 'b')), resBody(e('a'))),
  ruleCase('request-body-became-enum', reqBody({ type: 'string' }), reqBody(e('a'))),
  ruleCase('request-property-became-enum', reqProp({ type: 'string' }), reqProp(e('a', 'b')), { expect: { to: ['a', 'b'] } }),
  ruleCase('request-parameter-enum-value-added', query({ type: 'string', enum: ['a'] }), query({ type: 'string', enum: ['a', 'b'] }), { expect: { to: 'b' } }),
  ruleCase('request-parameter-enum-value-removed', query({ type: 'string', enum: ['a', 'b'] }), query({ type: 'string', enum: ['a'] }), {
    expect: { from: 'b', basePointer: '/paths/~1things~1{id}/get/parameters/1/schema/enum/1' },
  }),
  ruleCase('request-parameter-became-enum', query({ type: 'string' }), query({ type: 'string', enum: ['a'] })),
  ruleCase('request-parameter-property-enum-value-added', deep({ enum: ['a'] }), deep({ enum: ['a', 'b'] })),
  ruleCase('request-parameter-property-enum-value-removed', deep({ enum: ['a', 'b'] }), deep({ enum: ['a'] })),
];
