/** Rule cases for generator/diff/rules/types.ts: each names its rule id, a base and a revision. */
import { query, reqBody, reqProp, resBody, resHeaders, resProp, ruleCase } from '../helpers.js';

const map = (values: unknown) => ({ type: 'object', additionalProperties: values });
const header = (schema: unknown, required?: boolean) => ({ schema, ...(required === undefined ? {} : { required }) });
/** A query parameter `q` that is an object with one property `p` (e.g. deepObject style). */
const deep = (p: unknown) => query({ type: 'object', properties: { p } }, { style: 'deepObject' });
const t = (type: unknown, format?: string) => ({ type, ...(format ? { format } : {}) });

export const cases = [
  ruleCase('request-property-type-changed', reqProp(map({ type: 'string' })), reqProp(map({ type: 'integer' })), {
    note: "a map's value schema is compared as the property '<map>.*'",
    expect: { subject: 'p.*' },
  }),
  ruleCase('response-header-type-changed', resHeaders({ 'X-Count': header({ type: 'integer' }) }), resHeaders({ 'X-Count': header({ type: 'boolean' }) })),
  ruleCase('response-header-type-generalized', resHeaders({ 'X-Count': header({ type: 'integer' }) }), resHeaders({ 'X-Count': header({ type: 'number' }) })),
  ruleCase('response-header-type-specialized', resHeaders({ 'X-Count': header({ type: 'number' }) }), resHeaders({ 'X-Count': header({ type: 'integer' }) })),
  // parameter schemas
  ruleCase('request-parameter-type-generalized', query({ type: 'integer' }), query({ type: 'string' }), {
    note: 'any query value reads as a string',
    expect: { from: 'integer', to: 'string' },
  }),
  ruleCase('request-parameter-type-changed', query({ type: 'string' }), query({ type: 'integer' })),
  ruleCase('request-parameter-property-type-generalized', deep({ type: 'integer' }), deep({ type: 'number' }), { expect: { subject: 'q.p' } }),
  ruleCase('request-parameter-property-type-specialized', deep({ type: 'string' }), deep({ type: 'integer' }), { note: 'breaks whether JSON-encoded or not' }),
  ruleCase('request-parameter-property-type-changed', deep({ type: 'integer' }), deep({ type: 'string' }), { note: 'breaks only if JSON-encoded' }),
  ruleCase('request-body-type-generalized', reqBody(t('integer')), reqBody(t('number')), { expect: { from: 'integer', to: 'number', subject: '' } }),
  ruleCase(
    'request-body-type-generalized',
    reqBody(t('integer'), { mediaType: 'application/x-www-form-urlencoded' }),
    reqBody(t('string'), { mediaType: 'application/x-www-form-urlencoded' }),
    {
      note: 'form values are text, so any type widens to string',
    },
  ),
  ruleCase('request-body-type-changed', reqBody(t('integer')), reqBody(t('string')), { note: 'JSON is strongly typed: 1 is not "1"' }),
  ruleCase('request-property-type-generalized', reqProp(t('integer')), reqProp(t('number'))),
  ruleCase('request-property-type-generalized', reqProp(t('integer', 'int32')), reqProp(t('integer', 'int64')), {
    note: 'format int32 -> int64',
    expect: { from: 'integer/int32', to: 'integer/int64' },
  }),
  ruleCase('request-property-type-generalized', reqProp(t('string', 'uuid')), reqProp(t('string')), { note: 'format removed' }),
  ruleCase('request-property-type-changed', reqProp(t('number')), reqProp(t('integer')), { note: 'narrowing' }),
  ruleCase('request-property-type-changed', reqProp(t('string')), reqProp(t('string', 'date-time')), { note: 'format added', expect: { from: 'string', to: 'string/date-time' } }),
  ruleCase('response-body-type-changed', resBody(t('string')), resBody(t('boolean'))),
  ruleCase('response-body-type-generalized', resBody(t('integer')), resBody(t('number'))),
  ruleCase('response-body-type-specialized', resBody(t('number')), resBody(t('integer'))),
  ruleCase('response-property-type-changed', resProp(t('string')), resProp(t('integer')), { expect: { level: 'ERR', subject: 'p', status: '200' } }),
  ruleCase('response-property-type-generalized', resProp(t('integer', 'int32')), resProp(t('integer', 'int64')), { note: 'format int32 -> int64' }),
  ruleCase('response-property-type-specialized', resProp(t('string')), resProp(t('string', 'uuid')), { note: 'format added' }),
];
