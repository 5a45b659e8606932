/** Rule cases for generator/diff/rules/nullable.ts: each names its rule id, a base and a revision. */
import { as30, params, query, reqBody, reqProp, resBody, resHeaders, resProp, ruleCase, withSchemas } from '../helpers.js';

const header = (schema: unknown, required?: boolean) => ({ schema, ...(required === undefined ? {} : { required }) });
const s = { type: 'string' };
const s31 = { type: ['string', 'null'] };
const s30 = { type: 'string', nullable: true };
/** A query parameter `q` that is an object with one property `p` (e.g. deepObject style). */
const deep = (p: unknown) => query({ type: 'object', properties: { p } }, { style: 'deepObject' });

export const cases = [
  ruleCase('response-header-became-nullable', resHeaders({ 'X-Count': header({ type: 'integer' }) }), resHeaders({ 'X-Count': header({ type: ['integer', 'null'] }) })),
  ruleCase('response-header-became-not-nullable', resHeaders({ 'X-Count': header({ type: ['integer', 'null'] }) }), resHeaders({ 'X-Count': header({ type: 'integer' }) })),
  ruleCase('request-body-became-nullable', reqBody(s), reqBody(s31), { expect: { from: false, to: true } }),
  ruleCase('request-body-became-not-nullable', reqBody(s31), reqBody(s)),
  ruleCase('request-property-became-nullable', as30(reqProp(s)), as30(reqProp(s30)), { note: 'OpenAPI 3.0 `nullable: true`' }),
  ruleCase('request-property-became-not-nullable', reqProp(s31), reqProp(s)),
  ruleCase('response-body-became-nullable', resBody(s), resBody(s31)),
  ruleCase('response-body-became-not-nullable', resBody({ type: 'string', enum: ['a', null] }), resBody({ type: 'string', enum: ['a'] }), { note: 'null dropped from an enum' }),
  ruleCase('response-property-became-nullable', resProp(s), resProp(s31), { expect: { level: 'ERR' } }),
  ruleCase(
    'response-property-became-nullable',
    withSchemas(resProp({ $ref: '#/components/schemas/Vpc' }), { Vpc: { type: 'object' } }),
    withSchemas(resProp({ anyOf: [{ $ref: '#/components/schemas/Vpc' }, { type: 'null' }] }), { Vpc: { type: 'object' } }),
    { note: 'OpenAPI 3.1 anyOf [X, null]' },
  ),
  ruleCase('response-property-became-not-nullable', as30(resProp(s30)), as30(resProp(s))),
  ruleCase('request-parameter-became-nullable', query({ type: 'string' }), query({ type: ['string', 'null'] })),
  ruleCase('request-parameter-became-not-nullable', query({ type: ['string', 'null'] }), query({ type: 'string' })),
  ruleCase('request-parameter-became-not-nullable', as30(query({ type: 'string', nullable: true })), as30(query({ type: 'string' })), {
    note: 'OpenAPI 3.0 `nullable: true` lists null',
  }),
  ruleCase(
    'request-parameter-became-not-nullable',
    params({ name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'object', nullable: true } } } }),
    params({ name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } }),
    { note: 'a JSON-encoded parameter carries null even when 3.1 `nullable` lists nothing', expect: { mediaType: 'application/json' } },
  ),
  ruleCase(
    'request-property-became-not-nullable',
    withSchemas(as30(reqProp({ $ref: '#/components/schemas/Vpc' })), { Vpc: { type: 'object', nullable: true } }),
    withSchemas(as30(reqProp({ allOf: [{ $ref: '#/components/schemas/Vpc' }, { type: 'object' }] })), { Vpc: { type: 'object', nullable: true } }),
    { note: 'allOf admits null only if every branch does', expect: { revisionPointer: '/paths/~1things/post/requestBody/content/application~1json/schema/properties/p/allOf' } },
  ),
  ruleCase('request-parameter-property-became-nullable', deep({ type: 'string' }), deep({ type: ['string', 'null'] })),
  ruleCase('request-parameter-property-became-not-nullable', deep({ type: ['string', 'null'] }), deep({ type: 'string' })),
];
