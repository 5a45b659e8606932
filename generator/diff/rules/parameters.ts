/**
 * Parameters appearing, disappearing, and changing requiredness or deprecation. A parameter a
 * client never sent becoming required breaks every existing call; one the server stops reading is
 * only a warning (the call still works, the value is ignored).
 */
import { rule } from '../rule.js';

const param = { site: 'parameter', direction: 'request' } as const;

export const rules = [
  rule({
    id: 'new-required-request-parameter',
    level: 'ERR',
    message: "required {in} parameter '{subject}' added",
    when: { kind: 'added', ...param },
    and: (f) => f.required === true,
  }),
  rule({
    id: 'new-optional-request-parameter',
    level: 'INFO',
    message: "optional {in} parameter '{subject}' added",
    when: { kind: 'added', ...param },
    and: (f) => !f.required,
  }),
  rule({
    id: 'request-parameter-removed',
    level: 'WARN',
    message: "{in} parameter '{subject}' removed without being deprecated first",
    when: { kind: 'removed', ...param },
    and: (f) => !f.deprecated,
  }),
  rule({
    id: 'request-parameter-removed-with-deprecation',
    level: 'INFO',
    message: "deprecated {in} parameter '{subject}' removed",
    when: { kind: 'removed', ...param },
    and: (f) => f.deprecated === true,
  }),
  rule({ id: 'request-parameter-became-required', level: 'ERR', message: "{in} parameter '{subject}' became required", when: { kind: 'became-required', ...param } }),
  rule({ id: 'request-parameter-became-optional', level: 'INFO', message: "{in} parameter '{subject}' became optional", when: { kind: 'became-optional', ...param } }),
  rule({
    id: 'request-parameter-deprecated',
    level: 'INFO',
    message: "{in} parameter '{subject}' deprecated",
    when: { kind: 'deprecated', ...param },
    and: (f) => f.to === true,
  }),
  rule({
    id: 'request-parameter-reactivated',
    level: 'INFO',
    message: "{in} parameter '{subject}' no longer deprecated",
    when: { kind: 'deprecated', ...param },
    and: (f) => f.to === false,
  }),
];
