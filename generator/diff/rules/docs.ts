/**
 * Documentation-only edits (summary, description). They never affect a client, so they are INFO
 * and only reported with --include-docs. oasdiff's published rule list has no ids for them, so
 * these are ours, named after the thing described.
 */
import { rule } from '../rule.js';

const own = 'oasdiff lists no description/summary rules; needed for --include-docs';
const docs = { docsOnly: true, level: 'INFO', own } as const;

export const rules = [
  rule({ ...docs, id: 'api-summary-changed', message: 'operation summary changed', when: { kind: 'summary', site: 'operation' } }),
  rule({ ...docs, id: 'api-description-changed', message: 'operation description changed', when: { kind: 'description', site: 'operation' } }),
  rule({
    ...docs,
    id: 'request-parameter-description-changed',
    message: "description of {in} parameter '{subject}' changed",
    when: { kind: 'description', site: 'parameter', direction: 'request' },
  }),
  rule({
    ...docs,
    id: 'request-body-description-changed',
    message: 'request body description changed',
    when: { kind: 'description', site: ['request-body', 'body'], direction: 'request' },
  }),
  rule({
    ...docs,
    id: 'request-property-description-changed',
    message: "description of request property '{subject}' changed",
    when: { kind: 'description', site: 'property', direction: 'request' },
  }),
  rule({
    ...docs,
    id: 'response-description-changed',
    message: 'description of response {status} changed',
    when: { kind: 'description', site: 'response', direction: 'response' },
  }),
  rule({
    ...docs,
    id: 'response-body-description-changed',
    message: 'description of the response {status} body schema changed',
    when: { kind: 'description', site: 'body', direction: 'response' },
  }),
  rule({
    ...docs,
    id: 'response-property-description-changed',
    message: "description of property '{subject}' of response {status} changed",
    when: { kind: 'description', site: 'property', direction: 'response' },
  }),
];
