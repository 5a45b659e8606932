/**
 * `funcspec check-spec FILE...`: a report for spec authors. Redocly validity problems with
 * file:line:column, then every example that fails its schema with the JSON pointer and the rule.
 */
import { loadDocument } from '../openapi/document.js';
import { describeProblem, lintOpenApi, problemPosition } from '../openapi/lint.js';
import { patternProblems } from '../openapi/regexp.js';
import { validateExamples } from '../openapi/validate-examples.js';

/** Problems after which the examples are not validated: the schemas they would be checked against cannot be resolved. */
const BLOCKING = new Set(['no-external-refs', 'no-ref-cycles']);

export async function checkSpecCommand(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help')) {
    console.log('Usage: funcspec check-spec FILE...\n\nLints each OpenAPI document (Redocly) and validates every example against its schema (Ajv2020).');
    return args.length === 0 ? 1 : 0;
  }
  let failed = false;
  for (const file of args) {
    const loaded = await loadDocument(file);
    const problems = [...(await lintOpenApi(loaded.text, file, { curated: true })), ...patternProblems(loaded.data)];
    for (const p of problems) {
      failed = true;
      const pos = problemPosition(p, loaded);
      console.log(`${loaded.file}:${pos.line}:${pos.column}: ${describeProblem(p)}`);
    }
    if (problems.some((p) => BLOCKING.has(p.ruleId))) {
      console.log(`${loaded.file}: ${problems.length} lint problem(s); examples not checked until the references are fixed`);
      continue;
    }
    const results = validateExamples(loaded.data);
    for (const { example: e, errors } of results) {
      const id = `${e.operationId}:${e.name}:${e.in}${e.status ? ` (${e.status})` : ''}`;
      if (errors.length === 0) {
        console.log(`ok   ${id}`);
        continue;
      }
      failed = true;
      console.log(`FAIL ${id}`);
      for (const err of errors) console.log(`     ${err.instancePath || '/'} ${err.keyword}: ${err.message}`);
    }
    const failing = results.filter((r) => r.errors.length > 0).length;
    console.log(`${loaded.file}: ${problems.length} lint problem(s), ${results.length} example(s), ${failing} failing`);
  }
  return failed ? 1 : 0;
}
