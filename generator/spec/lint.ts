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
  // For arbitrary input only what makes a document unusable is an error: structure and dangling refs.
  // Our curated specs are also held to the consistency rules (GitHub's own description, for one,
  // has paths that differ only by parameter name, which a generator can live with).
  const curatedOnly = curated ? 'error' : 'off';
  const config = await createConfig({
    rules: {
      struct: 'error',
      'no-unresolved-refs': 'error',
      'operation-operationId-unique': 'error',
      'path-parameters-defined': curatedOnly,
      'no-identical-paths': curatedOnly,
      'no-ambiguous-paths': curatedOnly,
      'operation-parameters-unique': curatedOnly,
      'no-enum-type-mismatch': curatedOnly,
      'no-path-trailing-slash': curatedOnly,
      'security-defined': curatedOnly,
      'no-example-value-and-externalValue': curatedOnly,
      'no-required-schema-properties-undefined': curatedOnly,
      'no-schema-type-mismatch': curatedOnly,
      'spec-components-invalid-map-name': curatedOnly,
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
