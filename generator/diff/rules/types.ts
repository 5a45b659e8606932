/**
 * Type and format changes (`integer` -> `number`, `int32` -> `int64`, `string` -> `string/uuid`).
 * Whether a change is a widening depends on who produces the value:
 * - request: the server must accept what clients already send, so widening is INFO and anything
 *   else ERR;
 * - response: clients must understand what the server now sends, so *widening* is the break and
 *   narrowing (specialising) is INFO.
 * Parameters travel as text, where any value reads as a string (oasdiff's "not strongly typed");
 * a parameter's nested property may or may not (JSON vs form style), hence WARN when it depends.
 * Changes between lists of types (3.1 `type: [a, b]`) are in list-of-types.ts instead.
 */
import type { Fact, TypeInfo } from '../model.js';
import { rule } from '../rule.js';
import { isJsonMediaType } from '../../openapi/media.js';
import { listOfTypes, relation, type TypeRelation } from '../type-relation.js';

function rel(f: Fact, stronglyTyped: boolean): TypeRelation | undefined {
  const [from, to] = [f.from as TypeInfo, f.to as TypeInfo];
  if (listOfTypes(from, to) !== undefined) return undefined;
  return relation(from, to, stronglyTyped);
}
const bodyRel = (f: Fact): TypeRelation | undefined => rel(f, f.mediaType === undefined || isJsonMediaType(f.mediaType));

const reqBody = { kind: 'type', site: 'body', direction: 'request' } as const;
const reqProp = { kind: 'type', site: 'property', direction: 'request' } as const;
const resBody = { kind: 'type', site: 'body', direction: 'response' } as const;
const resProp = { kind: 'type', site: 'property', direction: 'response' } as const;
const param = { kind: 'type', site: 'parameter', direction: 'request' } as const;
const paramProp = { kind: 'type', site: 'parameter-property', direction: 'request' } as const;
const header = { kind: 'type', site: 'header', direction: 'response' } as const;

/** For a parameter's property: is the change a widening both when JSON-encoded and when sent as text? */
function paramPropVerdict(f: Fact): 'generalized' | 'specialized' | 'changed' | undefined {
  const strict = rel(f, true);
  const loose = rel(f, false);
  if (strict === undefined || loose === undefined) return undefined;
  if (strict === 'generalized' && loose === 'generalized') return 'generalized';
  if (strict !== 'generalized' && loose !== 'generalized') return 'specialized';
  return 'changed';
}

export const rules = [
  rule({ id: 'request-body-type-generalized', level: 'INFO', message: 'request body type widened from {from} to {to}', when: reqBody, and: (f) => bodyRel(f) === 'generalized' }),
  rule({
    id: 'request-body-type-changed',
    level: 'ERR',
    message: 'request body type changed from {from} to {to}',
    when: reqBody,
    and: (f) => bodyRel(f) === 'specialized' || bodyRel(f) === 'changed',
  }),
  rule({
    id: 'request-property-type-generalized',
    level: 'INFO',
    message: "type of request property '{subject}' widened from {from} to {to}",
    when: reqProp,
    and: (f) => !f.readOnly && bodyRel(f) === 'generalized',
  }),
  rule({
    id: 'request-property-type-changed',
    level: 'ERR',
    message: "type of request property '{subject}' changed from {from} to {to}",
    when: reqProp,
    and: (f) => !f.readOnly && (bodyRel(f) === 'specialized' || bodyRel(f) === 'changed'),
  }),
  rule({
    id: 'response-body-type-changed',
    level: 'ERR',
    message: 'type of response {status} body changed from {from} to {to}',
    when: resBody,
    and: (f) => bodyRel(f) === 'changed',
  }),
  rule({
    id: 'response-body-type-generalized',
    level: 'ERR',
    message: 'type of response {status} body widened from {from} to {to}',
    when: resBody,
    and: (f) => bodyRel(f) === 'generalized',
  }),
  rule({
    id: 'response-body-type-specialized',
    level: 'INFO',
    message: 'type of response {status} body narrowed from {from} to {to}',
    when: resBody,
    and: (f) => bodyRel(f) === 'specialized',
  }),
  rule({
    id: 'response-property-type-changed',
    level: 'ERR',
    message: "type of property '{subject}' of response {status} changed from {from} to {to}",
    when: resProp,
    and: (f) => bodyRel(f) === 'changed',
  }),
  rule({
    id: 'response-property-type-generalized',
    level: 'ERR',
    message: "type of property '{subject}' of response {status} widened from {from} to {to}",
    when: resProp,
    and: (f) => bodyRel(f) === 'generalized',
  }),
  rule({
    id: 'response-property-type-specialized',
    level: 'INFO',
    message: "type of property '{subject}' of response {status} narrowed from {from} to {to}",
    when: resProp,
    and: (f) => bodyRel(f) === 'specialized',
  }),
  rule({
    id: 'request-parameter-type-generalized',
    level: 'INFO',
    message: "type of {in} parameter '{subject}' widened from {from} to {to}",
    when: param,
    and: (f) => rel(f, false) === 'generalized',
  }),
  rule({
    id: 'request-parameter-type-changed',
    level: 'ERR',
    message: "type of {in} parameter '{subject}' changed from {from} to {to}",
    when: param,
    and: (f) => rel(f, false) === 'specialized' || rel(f, false) === 'changed',
  }),
  rule({
    id: 'request-parameter-property-type-generalized',
    level: 'INFO',
    message: "type of {in} parameter property '{subject}' widened from {from} to {to}",
    when: paramProp,
    and: (f) => paramPropVerdict(f) === 'generalized',
  }),
  rule({
    id: 'request-parameter-property-type-specialized',
    level: 'ERR',
    message: "type of {in} parameter property '{subject}' changed from {from} to {to}",
    when: paramProp,
    and: (f) => paramPropVerdict(f) === 'specialized',
  }),
  rule({
    id: 'request-parameter-property-type-changed',
    level: 'WARN',
    message: "type of {in} parameter property '{subject}' changed from {from} to {to}; breaking only if the parameter is JSON-encoded",
    when: paramProp,
    and: (f) => paramPropVerdict(f) === 'changed',
  }),
  rule({
    id: 'response-header-type-changed',
    level: 'ERR',
    message: "type of header '{subject}' of response {status} changed from {from} to {to}",
    when: header,
    and: (f) => rel(f, false) === 'changed',
  }),
  rule({
    id: 'response-header-type-generalized',
    level: 'ERR',
    message: "type of header '{subject}' of response {status} widened from {from} to {to}",
    when: header,
    and: (f) => rel(f, false) === 'generalized',
  }),
  rule({
    id: 'response-header-type-specialized',
    level: 'INFO',
    message: "type of header '{subject}' of response {status} narrowed from {from} to {to}",
    when: header,
    and: (f) => rel(f, false) === 'specialized',
  }),
];
