/** One reason a value does not match its schema: where (JSON pointer), which rule, and why. */
export interface ValidationIssue {
  /** JSON pointer into the validated value, '' for the value itself. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `enum`, `maximum`. */
  rule: string;
  message: string;
  params: Record<string, unknown>;
}

export type ValidationResult<T> = { valid: true; value: T; issues: readonly [] } | { valid: false; issues: readonly ValidationIssue[] };

/** An error as Ajv's standalone validators report it. */
export interface RawValidationError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled Ajv validator: true or false, with the errors of the last call on `.errors`. */
export interface RawValidator {
  (data: unknown): boolean;
  errors?: RawValidationError[] | null;
}

/** Ajv reports a missing property at its parent; point at the property itself, as a reader would. */
export function toIssues(errors: readonly RawValidationError[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const missing = e.keyword === 'required' && typeof e.params.missingProperty === 'string' ? e.params.missingProperty : undefined;
    const path = missing === undefined ? e.instancePath : `${e.instancePath}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return { path, rule: e.keyword, message: e.message ?? e.keyword, params: e.params };
  });
}
