/**
 * operationId and tags: invisible on the wire, but generated SDKs name methods and modules after
 * them, so renaming one renames client code. oasdiff reports them as INFO; so do we.
 */
import { rule } from '../rule.js';

export const rules = [
  rule({ id: 'api-operation-id-added', level: 'INFO', message: 'operationId {to} added', when: { kind: 'operation-id', detail: 'added' } }),
  rule({
    id: 'api-operation-id-removed',
    level: 'INFO',
    message: 'operationId {from} removed or renamed (now {to})',
    when: { kind: 'operation-id', detail: 'removed' },
  }),
  rule({ id: 'api-tag-added', level: 'INFO', message: 'tag {to} added', when: { kind: 'added', site: 'tag' } }),
  rule({ id: 'api-tag-removed', level: 'INFO', message: 'tag {from} removed', when: { kind: 'removed', site: 'tag' } }),
];
