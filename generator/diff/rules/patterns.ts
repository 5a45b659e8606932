/**
 * `pattern` on strings. A new request pattern rejects values that used to pass (ERR); a changed one
 * may or may not (WARN: regexes cannot be compared in general), unless it became `.*`, which accepts
 * everything. In responses a pattern only informs the client, so every change is INFO.
 */
import type { Fact } from '../model.js';
import { rule } from '../rule.js';

const everything = (f: Fact): boolean => f.to === '.*' || f.to === '^.*$';

const reqProp = { kind: 'pattern', site: 'property', direction: 'request' } as const;
const resProp = { kind: 'pattern', site: 'property', direction: 'response' } as const;
const param = { kind: 'pattern', site: 'parameter', direction: 'request' } as const;

export const rules = [
  rule({ id: 'request-property-pattern-added', level: 'ERR', message: "pattern {to} added to request property '{subject}'", when: { ...reqProp, detail: 'added' } }),
  rule({ id: 'request-property-pattern-removed', level: 'INFO', message: "pattern {from} removed from request property '{subject}'", when: { ...reqProp, detail: 'removed' } }),
  rule({
    id: 'request-property-pattern-changed',
    level: 'WARN',
    message: "pattern of request property '{subject}' changed from {from} to {to}",
    when: { ...reqProp, detail: 'changed' },
    and: (f) => !everything(f),
  }),
  rule({
    id: 'request-property-pattern-generalized',
    level: 'INFO',
    message: "pattern of request property '{subject}' relaxed from {from} to {to}",
    when: { ...reqProp, detail: 'changed' },
    and: everything,
  }),
  rule({ id: 'response-property-pattern-added', level: 'INFO', message: "pattern {to} added to property '{subject}' of response {status}", when: { ...resProp, detail: 'added' } }),
  rule({
    id: 'response-property-pattern-removed',
    level: 'INFO',
    message: "pattern {from} removed from property '{subject}' of response {status}",
    when: { ...resProp, detail: 'removed' },
  }),
  rule({
    id: 'response-property-pattern-changed',
    level: 'INFO',
    message: "pattern of property '{subject}' of response {status} changed from {from} to {to}",
    when: { ...resProp, detail: 'changed' },
  }),
  rule({ id: 'request-parameter-pattern-added', level: 'ERR', message: "pattern {to} added to {in} parameter '{subject}'", when: { ...param, detail: 'added' } }),
  rule({ id: 'request-parameter-pattern-removed', level: 'INFO', message: "pattern {from} removed from {in} parameter '{subject}'", when: { ...param, detail: 'removed' } }),
  rule({
    id: 'request-parameter-pattern-changed',
    level: 'WARN',
    message: "pattern of {in} parameter '{subject}' changed from {from} to {to}",
    when: { ...param, detail: 'changed' },
    and: (f) => !everything(f),
  }),
  rule({
    id: 'request-parameter-pattern-generalized',
    level: 'INFO',
    message: "pattern of {in} parameter '{subject}' relaxed from {from} to {to}",
    when: { ...param, detail: 'changed' },
    and: everything,
  }),
];
