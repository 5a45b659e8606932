/**
 * oasdiff rule ids funcspec does not report, each matched by one entry saying why: the merged allOf
 * view reports the same edits under other ids, a feature the specs funcspec was built for do not
 * use, or a change funcspec names differently. test/diff/audit.test.ts holds this list to
 * oasdiff's (every id oasdiff has and funcspec lacks matches exactly one entry, every entry matches
 * at least one such id and no registered rule), and docs/diff.md lists it (rules-table.ts).
 */
export interface Gap {
  match: RegExp;
  why: string;
}

export const GAPS: readonly Gap[] = [
  {
    match: /-all-of-/,
    why: 'Covered by the merged view: allOf is merged into one schema before comparing, so what a branch adds or takes away is reported as that change (a new required property, a type, a bound...). See "allOf" above for each id.',
  },
  { match: /sunset|^endpoint-deprecated-with-sunset$/, why: 'Sunset dates (`x-sunset`) and deprecation periods are not read.' },
  { match: /stability/, why: '`x-stability-level` is not read.' },
  { match: /x-extensible-enum/, why: '`x-extensible-enum` is not read.' },
  { match: /discriminator/, why: 'Discriminators are not compared (the oneOf/anyOf branches they choose between are).' },
  {
    match: /^api-security-component-(oauth|type)/,
    why: 'Security schemes are compared by name and by the requirements that use them, not by their contents (type, OAuth URLs and scopes).',
  },
  {
    match: /default-parameter-to-existing-path$/,
    why: 'Path-level parameters are merged into each operation, so a new one is reported per operation as new-required/optional-request-parameter.',
  },
  {
    match: /^new-request-path-parameter$/,
    why: 'Adding a path parameter changes the path template, which is a different endpoint (endpoint-added plus api-path-removed-*).',
  },
  { match: /request-header-property/, why: 'Properties inside an object-valued header parameter are not compared.' },
  { match: /media-type-schema-(added|removed)$/, why: 'A media type gaining or losing its whole schema is not reported (a schema on both sides is compared).' },
  { match: /^response-media-type-name-/, why: 'A renamed media type is reported as one media type removed and one added.' },
  {
    match: /-type-compatible$/,
    why: 'Type changes are reported as *-type-generalized/-specialized/-changed by what each type accepts (generator/diff/type-relation.ts).',
  },
  { match: /-wrapped-in-one-of$/, why: 'Wrapping a body in a oneOf is reported as the oneOf branches added.' },
  { match: /-became-(not-)?(read|write)-only$/, why: 'readOnly/writeOnly transitions are not reported (a read-only property is left out of requests, as in oasdiff).' },
  { match: /^webhook-/, why: 'Webhooks are not compared.' },
  { match: /^api-schema-removed$/, why: 'Component schemas are compared where operations use them, not as an inventory.' },
  { match: /-const-/, why: 'JSON Schema 2020-12 `const` is not compared.' },
  { match: /-prefix-items-/, why: 'JSON Schema 2020-12 `prefixItems` is not compared.' },
  { match: /-(if|then|else)-(added|removed)$/, why: 'JSON Schema 2020-12 `if`/`then`/`else` is not compared.' },
  { match: /-(min-|max-)?contains-/, why: 'JSON Schema 2020-12 `contains`/`minContains`/`maxContains` is not compared.' },
  { match: /-dependent-(required|schema)-/, why: 'JSON Schema 2020-12 `dependentRequired`/`dependentSchemas` is not compared.' },
  { match: /-pattern-property-/, why: 'JSON Schema 2020-12 `patternProperties` is not compared.' },
  { match: /-property-names-/, why: 'JSON Schema 2020-12 `propertyNames` is not compared.' },
  { match: /-unevaluated-(items|properties)-/, why: 'JSON Schema 2020-12 `unevaluatedItems`/`unevaluatedProperties` is not compared.' },
  { match: /-content-(schema|media-type|encoding)-/, why: 'JSON Schema 2020-12 `contentSchema`/`contentMediaType`/`contentEncoding` is not compared.' },
];

/** The gap an oasdiff id falls under (the first that matches). */
export function gapOf(id: string): Gap | undefined {
  return GAPS.find((g) => g.match.test(id));
}
