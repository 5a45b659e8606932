/**
 * The kinds of difference `funcspec drift` reports, and how a difference's place (`at`) is written.
 * They live here, below drift/, because the register's `drift:` items name them and are checked
 * against them when the register is read.
 */

export const DRIFT_KINDS = [
  'field-only-on-page',
  'field-only-in-spec',
  'type',
  'required',
  'enum-value-only-on-page',
  'enum-value-only-in-spec',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'default',
  'status-only-on-page',
  'example-only-on-page',
  'example-only-in-spec',
  'example-changed',
  'example-unreadable',
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/**
 * `at`: `<request | response STATUS> <path | query | header | body> <field>` or
 * `<request | response STATUS> examples` (drift/model.ts `atOf` writes it).
 */
export const DRIFT_AT_PATTERN = '^(?:request|response (?:\\d{3}|\\dXX|default)) (?:(?:path|query|header|body) \\S+|examples)$';
