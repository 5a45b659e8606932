/**
 * Mirrors a rule does not have, and why. The audit test derives each rule's mirrors (swap
 * request<->response, swap added<->removed: see oasdiff.ts) and fails unless the mirror is a
 * registered rule or matched by a waiver here. A waiver that matches a registered rule, or no
 * missing mirror at all, fails the audit too, so this list cannot go stale or hide a real rule.
 *
 * Most gaps are structural (responses have no parameters) or oasdiff's own naming (it calls an
 * added request property `new-optional-request-property`, not `request-property-added`); the rest
 * are moves that break nobody and that oasdiff does not report either.
 */
export interface Waiver {
  match: RegExp;
  reason: string;
}

const exact = (...ids: string[]): RegExp => new RegExp(`^(${ids.join('|')})$`);

export const WAIVERS: readonly Waiver[] = [
  // --- structural: the thing only exists on one side of the exchange
  { match: /^(response-parameter-|new-(required|optional)-response-parameter$)/, reason: 'responses have no parameters; parameters are request-only' },
  {
    match: /^(request-header-|(required|optional)-request-header-)/,
    reason: 'request headers are parameters (in: header) and covered by the request-parameter-* rules',
  },
  { match: /^request-(success|non-success)-status-/, reason: 'status codes belong to responses only' },
  { match: exact('request-media-type-added', 'request-media-type-removed'), reason: "request media types are oasdiff's request-body-media-type-added/removed" },
  { match: exact('response-body-media-type-added', 'response-body-media-type-removed'), reason: "response media types are oasdiff's response-media-type-added/removed" },
  {
    match: /^response-body-(added-(required|optional)|removed|became-(required|optional))$/,
    reason: 'a response body exists per status and media type: see response-*-status-* and response-media-type-*',
  },
  { match: exact('request-description-changed'), reason: 'a request has no description of its own; see request-body-description-changed' },

  // --- oasdiff names the mirror differently (the mirror exists under another id)
  { match: exact('endpoint-removed'), reason: 'a removed endpoint is api-removed-* or api-path-removed-*, split by prior deprecation (oasdiff names)' },
  {
    match: exact('api-path-added-with-deprecation', 'api-path-added-without-deprecation', 'api-added-with-deprecation', 'api-added-without-deprecation'),
    reason: 'deprecation only matters for removals; any new operation is endpoint-added',
  },
  {
    match: exact('request-parameter-added', 'request-parameter-added-with-deprecation'),
    reason: 'new parameters are new-required-request-parameter / new-optional-request-parameter (oasdiff names)',
  },
  { match: exact('request-body-added'), reason: 'split into request-body-added-required / request-body-added-optional' },
  { match: exact('request-body-removed-required', 'request-body-removed-optional'), reason: 'request-body-removed is ERR whether or not the body was required, as in oasdiff' },
  { match: exact('response-header-removed'), reason: 'split into required-response-header-removed / optional-response-header-removed' },
  {
    match: exact('required-response-header-added', 'optional-response-header-added'),
    reason: 'a new response header is response-header-added (INFO) whether or not it is required',
  },
  {
    match: /^new-(required|optional)-response-property/,
    reason: "added response properties are response-required-property-added / response-optional-property-added (oasdiff's names)",
  },
  { match: exact('response-property-removed'), reason: 'split into response-required-property-removed / response-optional-property-removed' },
  { match: exact('request-property-added'), reason: 'added request properties are new-required-request-property / new-optional-request-property (oasdiff names)' },
  {
    match: /^request-(required|optional)(-write-only)?-property-(added|removed)$/,
    reason: 'request properties are new-*-request-property / request-property-removed; write-only is a response-side distinction',
  },
  { match: exact('response-body-enum-value-added', 'response-body-enum-value-removed'), reason: "oasdiff's name for a response body enum is response-mediatype-enum-value-*" },
  { match: exact('request-mediatype-enum-value-added', 'request-mediatype-enum-value-removed'), reason: "oasdiff's name for a request body enum is request-body-enum-value-*" },
  {
    match: exact('request-body-type-specialized', 'request-property-type-specialized'),
    reason: 'narrowing a request type is reported as request-*-type-changed (ERR), as in oasdiff',
  },
  { match: exact('response-property-pattern-generalized'), reason: 'every response pattern change is INFO already (response-property-pattern-changed)' },

  // --- read-only / write-only variants only exist where they change the verdict
  {
    match: /^response-read-only-property-/,
    reason: 'read-only is a request-side distinction (clients never send those properties); the response-property-* rule applies',
  },
  {
    match: /^request-write-only-property-|^request-read-only-property-enum-value-added$/,
    reason: 'a write-only request property or a new read-only value is ordinary for requests; the request-property-* rule applies',
  },
  { match: exact('response-write-only-property-enum-value-removed'), reason: 'response-property-enum-value-removed is INFO already, write-only or not' },
  { match: exact('response-property-became-required-with-default'), reason: 'a default does not change what a client receives; response-property-became-required applies' },

  // --- moves that break nobody; oasdiff has no rule for them either
  {
    match: /^response-(body|property)-became-enum$/,
    reason: 'restricting what a response may contain breaks nobody (oasdiff has no rule)',
  },
  {
    match: /^response-(body|property)-((exclusive-)?max|max-length|max-items)-(decreased|set)$|^response-(body|property)-((exclusive-)?min|min-length|min-items)-(increased|set)$/,
    reason: 'tightening a response bound breaks nobody (oasdiff has no rule)',
  },
  {
    match: /^request-(body|property)-(max-length-unset|min-items-unset|min-items-decreased)$/,
    reason: 'loosening a request bound breaks nobody (oasdiff lists no rule)',
  },
];
