/**
 * Security requirements (per operation and document-wide) and security schemes. oasdiff reports all
 * of these as INFO: whether a change locks clients out depends on credentials they hold, which a
 * document cannot know. We follow it; a team that treats auth changes as breaking can --fail-on INFO
 * or filter on these ids in the JSON output.
 */
import { rule } from '../rule.js';

export const rules = [
  rule({ id: 'api-security-added', level: 'INFO', message: 'security requirement {to} added', when: { kind: 'added', site: 'security' } }),
  rule({ id: 'api-security-removed', level: 'INFO', message: 'security requirement {from} removed', when: { kind: 'removed', site: 'security' } }),
  rule({ id: 'api-security-scope-added', level: 'INFO', message: "scope {to} added to security scheme '{subject}'", when: { kind: 'scope-added', site: 'security' } }),
  rule({ id: 'api-security-scope-removed', level: 'INFO', message: "scope {from} removed from security scheme '{subject}'", when: { kind: 'scope-removed', site: 'security' } }),
  rule({ id: 'api-global-security-added', level: 'INFO', message: 'global security requirement {to} added', when: { kind: 'added', site: 'global-security' } }),
  rule({ id: 'api-global-security-removed', level: 'INFO', message: 'global security requirement {from} removed', when: { kind: 'removed', site: 'global-security' } }),
  rule({
    id: 'api-global-security-scope-added',
    level: 'INFO',
    message: "scope {to} added to global security scheme '{subject}'",
    when: { kind: 'scope-added', site: 'global-security' },
  }),
  rule({
    id: 'api-global-security-scope-removed',
    level: 'INFO',
    message: "scope {from} removed from global security scheme '{subject}'",
    when: { kind: 'scope-removed', site: 'global-security' },
  }),
  rule({ id: 'api-security-component-added', level: 'INFO', message: "security scheme '{subject}' added", when: { kind: 'added', site: 'security-scheme' } }),
  rule({ id: 'api-security-component-removed', level: 'INFO', message: "security scheme '{subject}' removed", when: { kind: 'removed', site: 'security-scheme' } }),
];
