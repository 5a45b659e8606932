/**
 * 3.1 lets a schema list several types (`type: [string, integer]`). Growing or shrinking that list
 * is a widening/narrowing with the usual direction logic: a request may widen, a response may narrow.
 */
import type { Fact, Site, TypeInfo } from '../model.js';
import { rule } from '../rule.js';
import { listOfTypes } from '../type-relation.js';

const list = (f: Fact): 'widened' | 'narrowed' | undefined => listOfTypes(f.from as TypeInfo, f.to as TypeInfo);

function pair(direction: 'request' | 'response', site: Site, name: string, noun: string, widened: 'ERR' | 'INFO') {
  const when = { kind: 'type', site, direction } as const;
  return [
    rule({ id: `${name}-list-of-types-widened`, level: widened, message: `list of types of ${noun} widened from {from} to {to}`, when, and: (f) => list(f) === 'widened' }),
    rule({
      id: `${name}-list-of-types-narrowed`,
      level: widened === 'ERR' ? 'INFO' : 'ERR',
      message: `list of types of ${noun} narrowed from {from} to {to}`,
      when,
      and: (f) => list(f) === 'narrowed',
    }),
  ];
}

export const rules = [
  ...pair('request', 'body', 'request-body', 'the request body', 'INFO'),
  ...pair('request', 'property', 'request-property', "request property '{subject}'", 'INFO'),
  ...pair('response', 'body', 'response-body', 'the response {status} body', 'ERR'),
  ...pair('response', 'property', 'response-property', "property '{subject}' of response {status}", 'ERR'),
  ...pair('request', 'parameter', 'request-parameter', "{in} parameter '{subject}'", 'INFO'),
  ...pair('request', 'parameter-property', 'request-parameter-property', "{in} parameter property '{subject}'", 'INFO'),
];
