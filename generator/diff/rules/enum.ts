/**
 * Enumerations. In a request, dropping a value rejects clients that send it, and turning a free
 * value into an enum rejects most of them; new values are harmless. In a response, a new value can
 * break a client with an exhaustive switch (WARN, as oasdiff), and a dropped one cannot.
 * Read-only request properties and write-only response properties never travel in that direction.
 */
import { rule } from '../rule.js';

const reqProp = { site: 'property', direction: 'request' } as const;
const resProp = { site: 'property', direction: 'response' } as const;
const reqBody = { site: 'body', direction: 'request' } as const;
const resBody = { site: 'body', direction: 'response' } as const;
const param = { site: 'parameter', direction: 'request' } as const;
const paramProp = { site: 'parameter-property', direction: 'request' } as const;

export const rules = [
  rule({
    id: 'request-property-enum-value-added',
    level: 'INFO',
    message: "value {to} added to the enum of request property '{subject}'",
    when: { kind: 'enum-value-added', ...reqProp },
  }),
  rule({
    id: 'request-property-enum-value-removed',
    level: 'ERR',
    message: "value {from} removed from the enum of request property '{subject}'",
    when: { kind: 'enum-value-removed', ...reqProp },
    and: (f) => !f.readOnly,
  }),
  rule({
    id: 'request-read-only-property-enum-value-removed',
    level: 'INFO',
    message: "value {from} removed from the enum of read-only request property '{subject}'",
    when: { kind: 'enum-value-removed', ...reqProp },
    and: (f) => f.readOnly === true,
  }),
  rule({
    id: 'response-property-enum-value-added',
    level: 'WARN',
    message: "value {to} added to the enum of property '{subject}' of response {status}",
    when: { kind: 'enum-value-added', ...resProp },
    and: (f) => !f.writeOnly,
  }),
  rule({
    id: 'response-write-only-property-enum-value-added',
    level: 'INFO',
    message: "value {to} added to the enum of write-only property '{subject}' of response {status}",
    when: { kind: 'enum-value-added', ...resProp },
    and: (f) => f.writeOnly === true,
  }),
  rule({
    id: 'response-property-enum-value-removed',
    level: 'INFO',
    message: "value {from} removed from the enum of property '{subject}' of response {status}",
    when: { kind: 'enum-value-removed', ...resProp },
  }),
  rule({
    id: 'request-body-enum-value-removed',
    level: 'ERR',
    message: 'value {from} removed from the enum of the request body',
    when: { kind: 'enum-value-removed', ...reqBody },
  }),
  rule({
    id: 'request-body-enum-value-added',
    level: 'INFO',
    message: 'value {to} added to the enum of the request body',
    when: { kind: 'enum-value-added', ...reqBody },
    own: 'oasdiff has the checker but not the id in its published rule list; without it a new value in a request body enum would go unreported',
  }),
  rule({
    id: 'response-mediatype-enum-value-removed',
    level: 'INFO',
    message: 'value {from} removed from the enum of the response {status} body',
    when: { kind: 'enum-value-removed', ...resBody },
  }),
  rule({
    id: 'response-mediatype-enum-value-added',
    level: 'WARN',
    message: 'value {to} added to the enum of the response {status} body',
    when: { kind: 'enum-value-added', ...resBody },
    own: 'oasdiff reports a new enum value for response properties (WARN) but not for a response body that is itself an enum; same risk, same level, named after its removed counterpart',
  }),
  rule({
    id: 'request-parameter-enum-value-added',
    level: 'INFO',
    message: "value {to} added to the enum of {in} parameter '{subject}'",
    when: { kind: 'enum-value-added', ...param },
  }),
  rule({
    id: 'request-parameter-enum-value-removed',
    level: 'ERR',
    message: "value {from} removed from the enum of {in} parameter '{subject}'",
    when: { kind: 'enum-value-removed', ...param },
  }),
  rule({
    id: 'request-parameter-property-enum-value-added',
    level: 'INFO',
    message: "value {to} added to the enum of {in} parameter property '{subject}'",
    when: { kind: 'enum-value-added', ...paramProp },
  }),
  rule({
    id: 'request-parameter-property-enum-value-removed',
    level: 'ERR',
    message: "value {from} removed from the enum of {in} parameter property '{subject}'",
    when: { kind: 'enum-value-removed', ...paramProp },
  }),
  rule({ id: 'request-body-became-enum', level: 'ERR', message: 'request body restricted to the values {to}', when: { kind: 'became-enum', ...reqBody } }),
  rule({
    id: 'request-property-became-enum',
    level: 'ERR',
    message: "request property '{subject}' restricted to the values {to}",
    when: { kind: 'became-enum', ...reqProp },
    and: (f) => !f.readOnly,
  }),
  rule({ id: 'request-parameter-became-enum', level: 'ERR', message: "{in} parameter '{subject}' restricted to the values {to}", when: { kind: 'became-enum', ...param } }),
];
