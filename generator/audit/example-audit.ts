/**
 * Documented examples against the errata register: every example must validate, except those an
 * `example:` block registers, which must fail with exactly the predicted {instancePath, keyword}
 * errors (compared as sets, since Ajv may report one rule at one place more than once).
 */
import type { ExampleResult } from '../openapi/validate-examples.js';
import { describeExample, exampleKey, registerExamples, type ErrataRegister } from '../register/errata.js';

export interface ExampleAuditProblem {
  /** JSON pointer of the example in the spec, or undefined for a register block with no example. */
  pointer?: string;
  message: string;
}

const errorKey = (e: { instancePath: string; keyword: string }): string => `${e.instancePath || '/'} ${e.keyword}`;
const keySet = (errors: ReadonlyArray<{ instancePath: string; keyword: string }>): string[] => [...new Set(errors.map(errorKey))].sort();

/** `spec` is the document's path relative to `spec/`, as the register names it. */
export function auditExamples(spec: string, results: readonly ExampleResult[], register: ErrataRegister): ExampleAuditProblem[] {
  const expected = new Map(
    registerExamples(register)
      .filter((r) => r.example.spec === spec)
      .map((r) => [exampleKey(r.example), r] as const),
  );
  const problems: ExampleAuditProblem[] = [];
  const seen = new Set<string>();
  for (const { example: ex, errors } of results) {
    const key = exampleKey({ spec, operationId: ex.operationId, in: ex.in, status: ex.status, name: ex.name });
    seen.add(key);
    const id = `${ex.operationId}:${ex.name}:${ex.in}${ex.status ? ` (${ex.status})` : ''}`;
    const r = expected.get(key);
    const actual = keySet(errors);
    if (!r) {
      if (errors.length)
        problems.push({
          pointer: ex.pointer,
          message: `${id} fails and no erratum registers it:\n${errors.map((e) => `    ${e.instancePath || '/'} ${e.keyword}: ${e.message}`).join('\n')}`,
        });
      continue;
    }
    const predicted = keySet(r.example.errors);
    if (actual.join('\n') === predicted.join('\n')) continue;
    problems.push({
      pointer: ex.pointer,
      message:
        `${id}: erratum ${r.entry.id} (${r.entry.file}:${r.entry.line}) predicts [${predicted.join(', ')}] ` +
        (actual.length ? `but it fails with [${actual.join(', ')}]` : 'but it now validates: update or drop the example block'),
    });
  }
  for (const [k, r] of expected)
    if (!seen.has(k)) problems.push({ message: `${r.entry.file}:${r.entry.line}: ${r.entry.id}: example ${describeExample(r.example)} does not exist` });
  return problems;
}
