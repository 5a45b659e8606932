/**
 * `default` values. For a parameter the server substitutes the default when the client omits the
 * value, so changing it silently changes what existing calls mean (ERR, as oasdiff). For body
 * properties oasdiff treats defaults as documentation (INFO); we follow it.
 */
import type { Level, Site } from '../model.js';
import { rule } from '../rule.js';

function trio(id: string, direction: 'request' | 'response', site: Site, noun: string, level: Level) {
  const when = (detail: string) => ({ kind: 'default', site, direction, detail }) as const;
  return [
    rule({ id: `${id}-default-value-added`, level, message: `default value {to} added to ${noun}`, when: when('added') }),
    rule({ id: `${id}-default-value-removed`, level, message: `default value {from} removed from ${noun}`, when: when('removed') }),
    rule({ id: `${id}-default-value-changed`, level, message: `default value of ${noun} changed from {from} to {to}`, when: when('changed') }),
  ];
}

export const rules = [
  ...trio('request-body', 'request', 'body', 'the request body', 'INFO'),
  ...trio('request-property', 'request', 'property', "request property '{subject}'", 'INFO'),
  ...trio('response-body', 'response', 'body', 'the response {status} body', 'INFO'),
  ...trio('response-property', 'response', 'property', "property '{subject}' of response {status}", 'INFO'),
  ...trio('request-parameter', 'request', 'parameter', "{in} parameter '{subject}'", 'ERR'),
];
