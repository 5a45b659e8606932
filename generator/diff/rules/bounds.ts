/**
 * Numeric, length and size bounds (maximum, exclusiveMaximum, minimum, exclusiveMinimum,
 * maxLength, minLength, maxItems, minItems). The id says exactly what it matches, so the table
 * below is the whole rule set and each row is parsed into a rule:
 *
 *   <request|response>-[read-only-]<body|property|parameter>-<bound>-<increased|decreased|set|unset>
 *
 * Tightening a request bound rejects values clients send today (ERR); setting one where there was
 * none is a WARN (only clients sending extreme values notice). Loosening a response bound lets the
 * server send values clients never saw (ERR). The opposite moves break nobody, and oasdiff lists
 * only some of them (INFO); those it does not list are not reported.
 */
import type { Fact, Level, Site } from '../model.js';
import { BOUND_KEYWORDS, type BoundName } from '../../openapi/schema-view.js';
import { rule } from '../rule.js';

/**
 * oasdiff checks maxItems only on parameters; a request body or property whose array may hold fewer
 * items than before rejects requests that passed, exactly like a lowered maxLength.
 */
const MAX_ITEMS_OWN = 'oasdiff checks maxItems only on parameters; fewer allowed items in a request body or property rejects requests clients send today';

const TABLE: ReadonlyArray<readonly [id: string, level: Level, own?: string]> = [
  // request body and request properties
  ['request-body-max-decreased', 'ERR'],
  ['request-body-max-increased', 'INFO'],
  ['request-body-max-set', 'WARN'],
  ['request-property-max-decreased', 'ERR'],
  ['request-read-only-property-max-decreased', 'INFO'],
  ['request-property-max-increased', 'INFO'],
  ['request-property-max-set', 'WARN'],
  ['request-body-exclusive-max-decreased', 'ERR'],
  ['request-body-exclusive-max-increased', 'INFO'],
  ['request-body-exclusive-max-set', 'WARN'],
  ['request-property-exclusive-max-decreased', 'ERR'],
  ['request-read-only-property-exclusive-max-decreased', 'INFO'],
  ['request-property-exclusive-max-increased', 'INFO'],
  ['request-property-exclusive-max-set', 'WARN'],
  ['request-body-min-increased', 'ERR'],
  ['request-body-min-decreased', 'INFO'],
  ['request-body-min-set', 'WARN'],
  ['request-property-min-increased', 'ERR'],
  ['request-read-only-property-min-increased', 'INFO'],
  ['request-property-min-decreased', 'INFO'],
  ['request-property-min-set', 'WARN'],
  ['request-body-exclusive-min-increased', 'ERR'],
  ['request-body-exclusive-min-decreased', 'INFO'],
  ['request-body-exclusive-min-set', 'WARN'],
  ['request-property-exclusive-min-increased', 'ERR'],
  ['request-read-only-property-exclusive-min-increased', 'INFO'],
  ['request-property-exclusive-min-decreased', 'INFO'],
  ['request-property-exclusive-min-set', 'WARN'],
  ['request-body-max-length-decreased', 'ERR'],
  ['request-body-max-length-increased', 'INFO'],
  ['request-body-max-length-set', 'WARN'],
  ['request-property-max-length-decreased', 'ERR'],
  ['request-read-only-property-max-length-decreased', 'INFO'],
  ['request-property-max-length-increased', 'INFO'],
  ['request-property-max-length-set', 'WARN'],
  ['request-body-min-length-increased', 'ERR'],
  ['request-body-min-length-decreased', 'INFO'],
  ['request-property-min-length-increased', 'ERR'],
  ['request-property-min-length-decreased', 'INFO'],
  ['request-body-min-items-increased', 'ERR'],
  ['request-body-min-items-set', 'WARN'],
  ['request-property-min-items-increased', 'ERR'],
  ['request-property-min-items-set', 'WARN'],
  ['request-body-max-items-decreased', 'ERR', MAX_ITEMS_OWN],
  ['request-body-max-items-set', 'WARN', MAX_ITEMS_OWN],
  ['request-property-max-items-decreased', 'ERR', MAX_ITEMS_OWN],
  ['request-property-max-items-set', 'WARN', MAX_ITEMS_OWN],
  // request parameters
  ['request-parameter-max-decreased', 'ERR'],
  ['request-parameter-max-increased', 'INFO'],
  ['request-parameter-max-set', 'WARN'],
  ['request-parameter-exclusive-max-decreased', 'ERR'],
  ['request-parameter-exclusive-max-increased', 'INFO'],
  ['request-parameter-exclusive-max-set', 'WARN'],
  ['request-parameter-min-increased', 'ERR'],
  ['request-parameter-min-decreased', 'INFO'],
  ['request-parameter-min-set', 'WARN'],
  ['request-parameter-exclusive-min-increased', 'ERR'],
  ['request-parameter-exclusive-min-decreased', 'INFO'],
  ['request-parameter-exclusive-min-set', 'WARN'],
  ['request-parameter-max-length-decreased', 'ERR'],
  ['request-parameter-max-length-increased', 'INFO'],
  ['request-parameter-max-length-set', 'WARN'],
  ['request-parameter-min-length-increased', 'ERR'],
  ['request-parameter-min-length-decreased', 'INFO'],
  ['request-parameter-max-items-decreased', 'ERR'],
  ['request-parameter-max-items-increased', 'INFO'],
  ['request-parameter-min-items-increased', 'ERR'],
  ['request-parameter-min-items-decreased', 'INFO'],
  ['request-parameter-min-items-set', 'WARN'],
  // response bodies and properties: only the loosening moves are breaks
  ['response-body-max-increased', 'ERR'],
  ['response-property-max-increased', 'ERR'],
  ['response-body-exclusive-max-increased', 'ERR'],
  ['response-property-exclusive-max-increased', 'ERR'],
  ['response-body-min-decreased', 'ERR'],
  ['response-property-min-decreased', 'ERR'],
  ['response-body-exclusive-min-decreased', 'ERR'],
  ['response-property-exclusive-min-decreased', 'ERR'],
  ['response-body-max-length-increased', 'ERR'],
  ['response-property-max-length-increased', 'ERR'],
  ['response-body-max-length-unset', 'ERR'],
  ['response-property-max-length-unset', 'ERR'],
  ['response-body-min-length-decreased', 'ERR'],
  ['response-property-min-length-decreased', 'ERR'],
  ['response-body-min-items-decreased', 'ERR'],
  ['response-property-min-items-decreased', 'ERR'],
  ['response-body-min-items-unset', 'ERR'],
  ['response-property-min-items-unset', 'ERR'],
];

const ID =
  /^(request|response)-(read-only-)?(body|property|parameter)-(max|exclusive-max|min|exclusive-min|max-length|min-length|max-items|min-items)-(increased|decreased|set|unset)$/;

function moved(f: Fact, how: string): boolean {
  const [from, to] = [f.from as number | undefined, f.to as number | undefined];
  if (how === 'set') return from === undefined && to !== undefined;
  if (how === 'unset') return from !== undefined && to === undefined;
  if (from === undefined || to === undefined) return false;
  return how === 'increased' ? to > from : to < from;
}

const NOUN: Record<string, string> = {
  'request-body': 'the request body',
  'request-property': "request property '{subject}'",
  'request-parameter': "{in} parameter '{subject}'",
  'response-body': 'the response {status} body',
  'response-property': "property '{subject}' of response {status}",
};

const VERB: Record<string, string> = {
  increased: 'increased from {from} to {to}',
  decreased: 'decreased from {from} to {to}',
  set: 'set to {to}',
  unset: 'removed (was {from})',
};

const ids = new Set(TABLE.map(([id]) => id));

export const rules = TABLE.map(([id, level, own]) => {
  const m = ID.exec(id);
  if (!m) throw new Error(`bounds.ts: cannot parse rule id ${id}`);
  const [, direction, readOnly, site, bound, how] = m as unknown as [string, 'request' | 'response', string | undefined, Site, string, string];
  // Where a read-only variant exists, the plain rule leaves read-only properties to it.
  const hasReadOnlyTwin = ids.has(`${direction}-read-only-${site}-${bound}-${how}`);
  return rule({
    id,
    level,
    message: `${BOUND_KEYWORDS[bound as BoundName]} of ${readOnly ? 'read-only ' : ''}${NOUN[`${direction}-${site}`]} ${VERB[how]}`,
    when: { kind: 'bound', site, direction, detail: bound },
    // funcspec's own rules leave read-only properties alone: clients never send them.
    and: (f) => moved(f, how) && (readOnly ? f.readOnly === true : !((hasReadOnlyTwin || own !== undefined) && f.readOnly === true)),
    ...(own !== undefined ? { own } : {}),
  });
});
