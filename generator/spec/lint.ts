import { createConfig, lintFromString } from '@redocly/openapi-core';

export interface LintProblem {
  message: string;
  ruleId: string;
  pointer: string;
  line?: number;
  column?: number;
}

/**
 * Structural validity of an OpenAPI 3.0/3.1 document, judged by Redocly's maintained rule set
 * rather than a home-made meta-schema. Style rules stay off: this answers "is it valid?", not "is it
 * pretty?". Example-vs-schema checks are ours (they know the errata register), so Redocly's is off.
 */
export async function lintOpenApi(source: string, file: string, { curated = false } = {}): Promise<LintProblem[]> {
  const config = await createConfig({
    rules: {
      struct: 'error',
      'no-unresolved-refs': 'error',
      'operation-operationId-unique': 'error',
      'path-parameters-defined': 'error',
      'no-identical-paths': 'error',
      'no-ambiguous-paths': 'error',
      'operation-parameters-unique': 'error',
      'no-enum-type-mismatch': 'error',
      'no-path-trailing-slash': 'error',
      // Our curated specs must say how every call authenticates; arbitrary input documents need not.
      'security-defined': curated ? 'error' : 'off',
      'no-example-value-and-externalValue': 'error',
      'no-required-schema-properties-undefined': 'error',
      'no-schema-type-mismatch': 'error',
      'spec-components-invalid-map-name': 'error',
    },
  });
  const problems = await lintFromString({ source, absoluteRef: file, config });
  return problems
    .filter((p) => p.severity === 'error')
    .map((p) => {
      const loc = p.location[0];
      const lineCol = (loc as { start?: { line: number; col: number } } | undefined)?.start;
      return {
        message: p.message,
        ruleId: p.ruleId,
        pointer: loc?.pointer?.replace(/^#/, '') ?? '',
        ...(lineCol ? { line: lineCol.line, column: lineCol.col } : {}),
      };
    });
}
