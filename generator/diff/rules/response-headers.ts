/**
 * Response headers' presence and requiredness. A client may rely on a header the server promised
 * (required); an optional one it must already cope without, so its removal is only a warning.
 * Header schemas' type and nullability are in types.ts and nullable.ts.
 */
import { rule } from '../rule.js';

const header = { site: 'header', direction: 'response' } as const;

export const rules = [
  rule({ id: 'response-header-added', level: 'INFO', message: "header '{subject}' added to response {status}", when: { kind: 'added', ...header } }),
  rule({
    id: 'required-response-header-removed',
    level: 'ERR',
    message: "required header '{subject}' removed from response {status}",
    when: { kind: 'removed', ...header },
    and: (f) => f.required === true,
  }),
  rule({
    id: 'optional-response-header-removed',
    level: 'WARN',
    message: "optional header '{subject}' removed from response {status}",
    when: { kind: 'removed', ...header },
    and: (f) => !f.required,
  }),
  rule({ id: 'response-header-became-optional', level: 'ERR', message: "header '{subject}' of response {status} became optional", when: { kind: 'became-optional', ...header } }),
];
