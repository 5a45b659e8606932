import { reqBody, reqProp, resBody, resProp, ruleCase } from '../helpers.js';

const t = (type: unknown, format?: string) => ({ type, ...(format ? { format } : {}) });

export const cases = [
  ruleCase('request-body-type-generalized', reqBody(t('integer')), reqBody(t('number')), { expect: { from: 'integer', to: 'number', subject: '' } }),
  ruleCase('request-body-type-generalized', reqBody(t('integer'), { mediaType: 'application/x-www-form-urlencoded' }), reqBody(t('string'), { mediaType: 'application/x-www-form-urlencoded' }), {
    note: 'form values are text, so any type widens to string',
  }),
  ruleCase('request-body-type-changed', reqBody(t('integer')), reqBody(t('string')), { note: 'JSON is strongly typed: 1 is not "1"' }),
  ruleCase('request-property-type-generalized', reqProp(t('integer')), reqProp(t('number'))),
  ruleCase('request-property-type-generalized', reqProp(t('integer', 'int32')), reqProp(t('integer', 'int64')), { note: 'format int32 -> int64', expect: { from: 'integer/int32', to: 'integer/int64' } }),
  ruleCase('request-property-type-generalized', reqProp(t('string', 'uuid')), reqProp(t('string')), { note: 'format removed' }),
  ruleCase('request-property-type-changed', reqProp(t('number')), reqProp(t('integer')), { note: 'narrowing' }),
  ruleCase('request-property-type-changed', reqProp(t('string')), reqProp(t('string', 'date-time')), { note: 'format added', expect: { from: 'string', to: 'string/date-time' } }),
  ruleCase('response-body-type-changed', resBody(t('string')), resBody(t('boolean'))),
  ruleCase('response-body-type-generalized', resBody(t('integer')), resBody(t('number'))),
  ruleCase('response-body-type-specialized', resBody(t('number')), resBody(t('integer'))),
  ruleCase('response-property-type-changed', resProp(t('string')), resProp(t('integer')), { expect: { level: 'ERR', subject: 'p', status: '200' } }),
  ruleCase('response-property-type-generalized', resProp(t('integer', 'int32')), resProp(t('integer', 'int64')), { note: 'format int32 -> int64' }),
  ruleCase('response-property-type-specialized', resProp(t('string')), resProp(t('string', 'uuid')), { note: 'format added' }),
  ruleCase('request-body-list-of-types-widened', reqBody(t('string')), reqBody(t(['string', 'integer']))),
  ruleCase('request-body-list-of-types-narrowed', reqBody(t(['string', 'integer'])), reqBody(t('string'))),
  ruleCase('request-property-list-of-types-widened', reqProp(t('string')), reqProp(t(['string', 'integer'])), { expect: { from: 'string', to: 'integer|string' } }),
  ruleCase('request-property-list-of-types-narrowed', reqProp(t(['string', 'integer'])), reqProp(t('string'))),
  ruleCase('response-body-list-of-types-widened', resBody(t('string')), resBody(t(['string', 'integer']))),
  ruleCase('response-body-list-of-types-narrowed', resBody(t(['string', 'integer'])), resBody(t('string'))),
  ruleCase('response-property-list-of-types-widened', resProp(t('string')), resProp(t(['string', 'integer']))),
  ruleCase('response-property-list-of-types-narrowed', resProp(t(['string', 'integer'])), resProp(t('string'))),
];
