/**
 * oneOf/anyOf alternatives (allOf is merged away by schema-view.ts; see docs/diff.md). A request
 * may gain alternatives but losing one rejects clients that send it. A response gaining a oneOf
 * alternative sends shapes clients cannot parse (ERR); for anyOf oasdiff keeps both moves INFO.
 * Branches are paired by component name, then title, then content, then position.
 */
import type { Level } from '../model.js';
import { rule } from '../rule.js';

const TABLE: ReadonlyArray<readonly [id: string, level: Level]> = [
  ['request-body-one-of-added', 'INFO'],
  ['request-body-one-of-removed', 'ERR'],
  ['request-property-one-of-added', 'INFO'],
  ['request-property-one-of-removed', 'ERR'],
  ['response-body-one-of-added', 'ERR'],
  ['response-body-one-of-removed', 'INFO'],
  ['response-property-one-of-added', 'ERR'],
  ['response-property-one-of-removed', 'INFO'],
  ['request-body-any-of-added', 'INFO'],
  ['request-body-any-of-removed', 'ERR'],
  ['request-property-any-of-added', 'INFO'],
  ['request-property-any-of-removed', 'ERR'],
  ['response-body-any-of-added', 'INFO'],
  ['response-body-any-of-removed', 'INFO'],
  ['response-property-any-of-added', 'INFO'],
  ['response-property-any-of-removed', 'INFO'],
];

const ID = /^(request|response)-(body|property)-(one-of|any-of)-(added|removed)$/;

const NOUN: Record<string, string> = {
  'request-body': 'the request body',
  'request-property': "request property '{subject}'",
  'response-body': 'the response {status} body',
  'response-property': "property '{subject}' of response {status}",
};

export const rules = TABLE.map(([id, level]) => {
  const m = ID.exec(id);
  if (!m) throw new Error(`composition.ts: cannot parse rule id ${id}`);
  const [, direction, site, keyword, how] = m as unknown as [string, 'request' | 'response', 'body' | 'property', string, 'added' | 'removed'];
  const kw = keyword === 'one-of' ? 'oneOf' : 'anyOf';
  return rule({
    id,
    level,
    message: how === 'added' ? `${kw} alternative {to} added to ${NOUN[`${direction}-${site}`]}` : `${kw} alternative {from} removed from ${NOUN[`${direction}-${site}`]}`,
    when: { kind: how === 'added' ? 'branch-added' : 'branch-removed', site, direction, detail: kw },
  });
});
