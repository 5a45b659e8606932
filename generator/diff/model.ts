/**
 * The vocabulary of `funcspec diff`, in pipeline order:
 *
 *   documents --walk--> Facts --rules--> Changes --format--> text | markdown | json
 *
 * A Fact says *what* differs and *where* (site, direction, subject), with no opinion on whether it
 * matters. A Rule (generator/diff/rules/) turns a Fact into a Change with an oasdiff rule id and a
 * level. Keeping the two apart means the walkers never hard-code severities, and every severity
 * lives in exactly one rule file.
 */

export type Level = 'ERR' | 'WARN' | 'INFO';
export type Direction = 'request' | 'response' | 'none';

export const LEVELS: readonly Level[] = ['INFO', 'WARN', 'ERR'];
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The kind of node a Fact is about. Schema sites name where the schema sits in the operation. */
export type Site =
  | 'path' // a whole path item (all its operations)
  | 'operation'
  | 'tag'
  | 'parameter' // a parameter, or the root of its schema
  | 'parameter-property' // a property nested in a parameter's schema (deepObject, JSON in a query)
  | 'request-body' // the requestBody object itself (required, description)
  | 'media-type' // one entry of a `content` map
  | 'body' // the root schema of a request or response body
  | 'property' // anything below a body's root schema: properties, items, additionalProperties
  | 'response' // one status code of an operation
  | 'header' // a response header, or the root of its schema
  | 'header-property' // inside a header's schema (no oasdiff rule looks there)
  | 'security' // the operation's own `security`
  | 'global-security' // the document's top-level `security`
  | 'security-scheme' // components.securitySchemes
  | 'info'; // the document's `info` (its version)

export type FactKind =
  | 'added'
  | 'removed'
  | 'became-required'
  | 'became-optional'
  | 'type' // type and/or format changed; from/to are TypeInfo
  | 'nullable' // from/to booleans; detail: listed | unlisted (does the nullable side write null down as a value?)
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'became-enum' // base had no enum, revision has one
  | 'bound' // detail: max, exclusive-max, min, exclusive-min, max-length, min-length, max-items, min-items
  | 'pattern' // detail: added | removed | changed
  | 'default' // detail: added | removed | changed
  | 'additional-properties' // from/to: allowed?
  | 'branch-added' // detail: oneOf | anyOf
  | 'branch-removed'
  | 'deprecated' // from/to booleans
  | 'operation-id' // detail: added | removed
  | 'scope-added'
  | 'scope-removed'
  | 'version' // info.version vs a breaking change; detail: not-bumped | decreased | major-not-bumped
  | 'description' // documentation only
  | 'summary'; // documentation only

export type { TypeInfo } from '../openapi/schema-view.js';

export interface Fact {
  kind: FactKind;
  site: Site;
  direction: Direction;
  /** HTTP method, upper case; '' for document-level facts. */
  method: string;
  /** Path template as the revision spells it (the base's when the operation is gone); '' for document-level facts. */
  path: string;
  /** Property or parameter name, dotted for nesting (`func_vpc.vpc_id`, `tags[]`, `env.*`); '' for a body root. */
  subject: string;
  status?: string;
  mediaType?: string;
  /** Parameter location (`query`, `header`, ...). */
  in?: string;
  /** Disambiguates a kind (which bound; added/removed/changed; oneOf/anyOf; success/non-success). */
  detail?: string;
  from?: unknown;
  to?: unknown;
  basePointer?: string;
  revisionPointer?: string;
  /** Context rules look at. Each is about the node the fact concerns, as the revision has it (the base when removed). */
  required?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  hasDefault?: boolean;
}

/** What the user sees: a classified Fact. Field order here is the JSON output's field order. */
export interface Change {
  id: string;
  level: Level;
  direction: Direction;
  /** HTTP method, upper case ('' for document-level changes such as global security). */
  operation: string;
  path: string;
  subject: string;
  message: string;
  status?: string;
  mediaType?: string;
  in?: string;
  from?: unknown;
  to?: unknown;
  basePointer?: string;
  revisionPointer?: string;
}

export interface Rule {
  id: string;
  level: Level;
  direction: Direction;
  /** Message template; {subject} {from} {to} {status} {mediaType} {in} are filled from the change. */
  message: string;
  /** Only reported with --include-docs (description/summary edits). */
  docsOnly: boolean;
  /** Set when oasdiff has no rule of this id: why funcspec adds one. Rules without it must match oasdiff's id, level and direction. */
  own?: string;
  /** Reported only when the comparison also found an ERR change (the versioning policy). */
  onlyWithBreaking?: boolean;
  match(fact: Fact): boolean;
}
