/**
 * Endpoints appearing, disappearing and being deprecated. Removing an operation that was deprecated
 * first is the announced way to retire it, hence INFO; removing it without notice breaks callers.
 * oasdiff tells a removed path (every operation under it) from one removed method on a kept path.
 */
import { rule } from '../rule.js';

export const rules = [
  rule({ id: 'endpoint-added', level: 'INFO', message: 'endpoint added', when: { kind: 'added', site: 'operation' } }),
  rule({
    id: 'api-path-removed-without-deprecation',
    level: 'ERR',
    message: 'path removed without being deprecated first',
    when: { kind: 'removed', site: 'path' },
    and: (f) => !f.deprecated,
  }),
  rule({
    id: 'api-path-removed-with-deprecation',
    level: 'INFO',
    message: 'deprecated path removed',
    when: { kind: 'removed', site: 'path' },
    and: (f) => f.deprecated === true,
  }),
  rule({
    id: 'api-removed-without-deprecation',
    level: 'ERR',
    message: 'operation removed without being deprecated first',
    when: { kind: 'removed', site: 'operation' },
    and: (f) => !f.deprecated,
  }),
  rule({
    id: 'api-removed-with-deprecation',
    level: 'INFO',
    message: 'deprecated operation removed',
    when: { kind: 'removed', site: 'operation' },
    and: (f) => f.deprecated === true,
  }),
  rule({ id: 'endpoint-deprecated', level: 'INFO', message: 'endpoint deprecated', when: { kind: 'deprecated', site: 'operation' }, and: (f) => f.to === true }),
  rule({ id: 'endpoint-reactivated', level: 'INFO', message: 'endpoint no longer deprecated', when: { kind: 'deprecated', site: 'operation' }, and: (f) => f.to === false }),
];
