/**
 * Properties of request and response bodies appearing and disappearing (at any depth: `subject` is
 * the dotted path). The direction decides everything:
 * - request: a new required property breaks every existing call; a removed one is a warning (the
 *   server ignores what clients still send). Read-only properties are never sent, so, as in
 *   oasdiff, their coming and going is not a request change at all.
 * - response: removing a property clients may read breaks them (ERR when it was required, WARN when
 *   optional: careful clients already coped with its absence). Write-only properties never appear
 *   in responses, so their coming and going is INFO.
 */
import { rule } from '../rule.js';

const req = { site: 'property', direction: 'request' } as const;
const res = { site: 'property', direction: 'response' } as const;

export const rules = [
  rule({
    id: 'new-required-request-property',
    level: 'ERR',
    message: "required request property '{subject}' added",
    when: { kind: 'added', ...req },
    and: (f) => f.required === true && !f.readOnly && !f.hasDefault,
  }),
  rule({
    id: 'new-required-request-property-with-default',
    level: 'ERR',
    message: "required request property '{subject}' (with a default) added",
    when: { kind: 'added', ...req },
    and: (f) => f.required === true && !f.readOnly && f.hasDefault === true,
  }),
  rule({
    id: 'new-optional-request-property',
    level: 'INFO',
    message: "optional request property '{subject}' added",
    when: { kind: 'added', ...req },
    and: (f) => !f.required && !f.readOnly,
  }),
  rule({ id: 'request-property-removed', level: 'WARN', message: "request property '{subject}' removed", when: { kind: 'removed', ...req }, and: (f) => !f.readOnly }),

  rule({
    id: 'response-required-property-added',
    level: 'INFO',
    message: "required property '{subject}' added to response {status}",
    when: { kind: 'added', ...res },
    and: (f) => f.required === true && !f.writeOnly,
  }),
  rule({
    id: 'response-required-write-only-property-added',
    level: 'INFO',
    message: "required write-only property '{subject}' added to response {status}",
    when: { kind: 'added', ...res },
    and: (f) => f.required === true && f.writeOnly === true,
  }),
  rule({
    id: 'response-optional-property-added',
    level: 'INFO',
    message: "optional property '{subject}' added to response {status}",
    when: { kind: 'added', ...res },
    and: (f) => !f.required && !f.writeOnly,
  }),
  rule({
    id: 'response-optional-write-only-property-added',
    level: 'INFO',
    message: "optional write-only property '{subject}' added to response {status}",
    when: { kind: 'added', ...res },
    and: (f) => !f.required && f.writeOnly === true,
  }),
  rule({
    id: 'response-required-property-removed',
    level: 'ERR',
    message: "required property '{subject}' removed from response {status}",
    when: { kind: 'removed', ...res },
    and: (f) => f.required === true && !f.writeOnly,
  }),
  rule({
    id: 'response-required-write-only-property-removed',
    level: 'INFO',
    message: "required write-only property '{subject}' removed from response {status}",
    when: { kind: 'removed', ...res },
    and: (f) => f.required === true && f.writeOnly === true,
  }),
  rule({
    id: 'response-optional-property-removed',
    level: 'WARN',
    message: "optional property '{subject}' removed from response {status}",
    when: { kind: 'removed', ...res },
    and: (f) => !f.required && !f.writeOnly,
  }),
  rule({
    id: 'response-optional-write-only-property-removed',
    level: 'INFO',
    message: "optional write-only property '{subject}' removed from response {status}",
    when: { kind: 'removed', ...res },
    and: (f) => !f.required && f.writeOnly === true,
  }),
];
