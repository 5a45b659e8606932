/**
 * Nullability, however spelled (3.0 `nullable`, 3.1 `type: [x, "null"]`, a `null` enum value or a
 * `{type: "null"}` branch: schema-view.ts folds them into one flag). A request may start accepting
 * null; a response starting to send null breaks clients that dereference the value.
 */
import type { Fact, Level, Site } from '../model.js';
import { rule } from '../rule.js';

/**
 * A parameter given with `schema` travels as text (query string, path, header, cookie), where a
 * client can only send null if the schema writes null down as a value it accepts. Nullability the
 * schema does not list (3.1 has no `nullable` keyword, so `nullable: true` there lists nothing) is
 * invisible to clients of such a parameter. A `content` parameter (JSON in a query) carries JSON null.
 */
const visible = (f: Fact): boolean => !(f.site === 'parameter' || f.site === 'parameter-property') || f.mediaType !== undefined || f.detail !== 'unlisted';

function pair(id: string, direction: 'request' | 'response', site: Site, noun: string, becameNullable: Level, becameNotNullable: Level) {
  const when = { kind: 'nullable', site, direction } as const;
  return [
    rule({ id: `${id}-became-nullable`, level: becameNullable, message: `${noun} became nullable`, when, and: (f) => f.to === true && visible(f) }),
    rule({ id: `${id}-became-not-nullable`, level: becameNotNullable, message: `${noun} is no longer nullable`, when, and: (f) => f.to === false && visible(f) }),
  ];
}

export const rules = [
  ...pair('request-body', 'request', 'body', 'request body', 'INFO', 'ERR'),
  ...pair('request-property', 'request', 'property', "request property '{subject}'", 'INFO', 'ERR'),
  ...pair('request-parameter', 'request', 'parameter', "{in} parameter '{subject}'", 'INFO', 'ERR'),
  ...pair('request-parameter-property', 'request', 'parameter-property', "{in} parameter property '{subject}'", 'INFO', 'ERR'),
  ...pair('response-body', 'response', 'body', 'response {status} body', 'ERR', 'INFO'),
  ...pair('response-property', 'response', 'property', "property '{subject}' of response {status}", 'ERR', 'INFO'),
  ...pair('response-header', 'response', 'header', "header '{subject}' of response {status}", 'ERR', 'INFO'),
];
