/**
 * `funcspec check-spec FILE...`: a report for spec authors. Redocly validity problems with
 * file:line:column, then every example that fails its schema with the JSON pointer and the rule.
 */
import { FINDINGS } from '../errors.js';
import { loadDocument } from '../openapi/document.js';
import { describeProblem, lintOpenApi, problemPosition } from '../openapi/lint.js';
import { patternProblems } from '../openapi/regexp.js';
import { validateExamples } from '../openapi/validate-examples.js';
import { parseCommandArgs, usageError } from './args.js';

/** Problems after which the examples are not validated: the schemas they would be checked against cannot be resolved. */
const BLOCKING = new Set(['no-external-refs', 'no-ref-cycles']);

const HELP = `Usage: funcspec check-spec FILE...

Lints each OpenAPI document (Redocly, plus funcspec's reference and pattern checks) and validates every
example against its schema (Ajv2020), printing file:line:column for each problem.

Exit codes: 0 clean; 1 problems found; 2 usage or input errors (a file that cannot be read or parsed).`;

export async function checkSpecCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {}, HELP, true);
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) throw usageError('name at least one FILE', HELP);
  let failed = false;
  for (const file of positionals) {
    const loaded = await loadDocument(file);
    const problems = [...(await lintOpenApi(loaded.text, file, { curated: true, parsed: loaded.data })), ...patternProblems(loaded.data)];
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
  return failed ? FINDINGS : 0;
}
