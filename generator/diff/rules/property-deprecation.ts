/** Deprecating a property warns clients ahead of its removal; reactivating it withdraws the warning. */
import { rule } from '../rule.js';

const req = { site: 'property', direction: 'request' } as const;
const res = { site: 'property', direction: 'response' } as const;

export const rules = [
  rule({ id: 'request-property-deprecated', level: 'INFO', message: "request property '{subject}' deprecated", when: { kind: 'deprecated', ...req }, and: (f) => f.to === true }),
  rule({
    id: 'request-property-reactivated',
    level: 'INFO',
    message: "request property '{subject}' no longer deprecated",
    when: { kind: 'deprecated', ...req },
    and: (f) => f.to === false,
  }),
  rule({
    id: 'response-property-deprecated',
    level: 'INFO',
    message: "property '{subject}' of response {status} deprecated",
    when: { kind: 'deprecated', ...res },
    and: (f) => f.to === true,
  }),
  rule({
    id: 'response-property-reactivated',
    level: 'INFO',
    message: "property '{subject}' of response {status} no longer deprecated",
    when: { kind: 'deprecated', ...res },
    and: (f) => f.to === false,
  }),
];
