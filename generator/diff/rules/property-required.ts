/**
 * A property that stays but changes requiredness. Request: becoming required breaks callers that
 * omitted it (a default does not help: the schema now rejects the omission). Response: becoming
 * optional breaks readers that assumed it is always there. Read-only request properties are
 * never sent and write-only response properties never received, so those are not breaks.
 */
import { rule } from '../rule.js';

const req = { site: 'property', direction: 'request' } as const;
const res = { site: 'property', direction: 'response' } as const;

export const rules = [
  rule({
    id: 'request-property-became-required',
    level: 'ERR',
    message: "request property '{subject}' became required",
    when: { kind: 'became-required', ...req },
    and: (f) => !f.hasDefault && !f.readOnly,
  }),
  rule({
    id: 'request-property-became-required-with-default',
    level: 'ERR',
    message: "request property '{subject}' (with a default) became required",
    when: { kind: 'became-required', ...req },
    and: (f) => f.hasDefault === true && !f.readOnly,
  }),
  rule({ id: 'request-property-became-optional', level: 'INFO', message: "request property '{subject}' became optional", when: { kind: 'became-optional', ...req } }),
  rule({
    id: 'response-property-became-optional',
    level: 'ERR',
    message: "property '{subject}' of response {status} became optional",
    when: { kind: 'became-optional', ...res },
    and: (f) => !f.writeOnly,
  }),
  rule({
    id: 'response-write-only-property-became-optional',
    level: 'INFO',
    message: "write-only property '{subject}' of response {status} became optional",
    when: { kind: 'became-optional', ...res },
    and: (f) => f.writeOnly === true,
  }),
  rule({
    id: 'response-property-became-required',
    level: 'INFO',
    message: "property '{subject}' of response {status} became required",
    when: { kind: 'became-required', ...res },
    and: (f) => !f.writeOnly,
  }),
  rule({
    id: 'response-write-only-property-became-required',
    level: 'INFO',
    message: "write-only property '{subject}' of response {status} became required",
    when: { kind: 'became-required', ...res },
    and: (f) => f.writeOnly === true,
  }),
];
