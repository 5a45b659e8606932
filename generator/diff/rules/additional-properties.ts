/**
 * `additionalProperties: false` switched on or off. oasdiff has no rule for it (its nearest
 * relatives, the unevaluatedProperties rules, are ERR). We use WARN for the risky direction: only
 * clients that send undeclared fields (request) or validate strictly (response) notice, and
 * generated clients do neither. Changes *inside* a map's value schema are reported as properties
 * named `<map>.*` by the ordinary rules.
 */
import type { Level, Site } from '../model.js';
import { rule } from '../rule.js';

const WHY = 'oasdiff has no additionalProperties rule; the issue asks for one (see docs/diff.md)';

function pair(id: string, direction: 'request' | 'response', site: Site, noun: string, disallowed: Level, allowed: Level) {
  const when = { kind: 'additional-properties', site, direction } as const;
  return [
    rule({
      id: `${id}-additional-properties-disallowed`,
      level: disallowed,
      message: `${noun} no longer allows undeclared properties`,
      when,
      and: (f) => f.to === false,
      own: WHY,
    }),
    rule({ id: `${id}-additional-properties-allowed`, level: allowed, message: `${noun} now allows undeclared properties`, when, and: (f) => f.to === true, own: WHY }),
  ];
}

export const rules = [
  ...pair('request-body', 'request', 'body', 'the request body', 'WARN', 'INFO'),
  ...pair('request-property', 'request', 'property', "request property '{subject}'", 'WARN', 'INFO'),
  ...pair('response-body', 'response', 'body', 'the response {status} body', 'INFO', 'WARN'),
  ...pair('response-property', 'response', 'property', "property '{subject}' of response {status}", 'INFO', 'WARN'),
];
