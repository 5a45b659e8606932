import { BaseResolver, createConfig, makeDocumentFromString, ResolveError, Source, type Config, type Plugin } from './redocly.js';
import { FuncspecError, USAGE_ERROR } from '../errors.js';
import type { LoadedDocument } from './document.js';
import { isObj } from './json.js';
import { schemaTypesPlugin } from './lint-types.js';
import { lintWalk } from './lint-walk.js';
import { getAtPointer, parsePointer } from './pointer.js';
import { refTarget } from './refs.js';
import { inExampleData, referenceProblems } from './references.js';

export interface LintProblem {
  message: string;
  ruleId: string;
  pointer: string;
  line?: number;
  column?: number;
}

const configs = new Map<boolean, Promise<Config>>();

/**
 * Redocly's `createConfig`, typed for what funcspec passes (a rules map and plugins). Its own
 * parameter type is computed from a JSON Schema at the type level, and resolving a call against it
 * costs the compiler 2.4 s on every type-check of this repository.
 */
const createLintConfig = createConfig as unknown as (config: { rules: Record<string, 'error' | 'off'> }, options: { plugins: Plugin[] }) => Promise<Config>;

/** Redocly's configuration for one strictness, built once per process (a command may lint many documents). */
function lintConfig(curated: boolean): Promise<Config> {
  const curatedOnly = curated ? 'error' : 'off';
  let config = configs.get(curated);
  if (!config) {
    const rules: Record<string, 'error' | 'off'> = {
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
    };
    config = createLintConfig(
      { rules },
      // 3.1 schemas as JSON Schema 2020-12 writes them: boolean subschemas, `dependencies`, and for
      // arbitrary input the keywords 2020-12 says to ignore (lint-types.ts).
      { plugins: [schemaTypesPlugin(!curated)] },
    );
    configs.set(curated, config);
  }
  return config;
}

/**
 * Redocly reads and fetches what a `$ref` names; funcspec reads only the document it is given. The
 * references are refused before Redocly runs (see references.ts); this resolver makes sure that
 * anything left (an `externalValue`, a `$ref` inside example data) is reported, never loaded.
 */
class RefusingResolver extends BaseResolver {
  override loadExternalRef(): Promise<Source> {
    return Promise.reject(new ResolveError(new Error('funcspec reads only the given document')));
  }
}

/**
 * Structural validity of an OpenAPI 3.0/3.1 document, judged by Redocly's maintained rule set
 * rather than a home-made meta-schema. Style rules stay off: this answers "is it valid?", not "is it
 * pretty?". Example-vs-schema checks are ours (they know the errata register), so Redocly's is off.
 *
 * References come first (references.ts): an external `$ref`, or a cycle that never reaches a value,
 * is reported without Redocly ever seeing the document, since Redocly would fetch the one and crash
 * on the other. Callers parse with `parseText` first, so the text is within the document bounds.
 */
export async function lintOpenApi(
  source: string,
  file: string,
  { curated = false, parsed, referencesChecked = false }: { curated?: boolean; parsed?: unknown; referencesChecked?: boolean } = {},
): Promise<LintProblem[]> {
  let document;
  try {
    // The caller has parsed the text already (parseText): Redocly gets that object rather than parsing
    // 13 MB again; it only reads the text to turn a problem's pointer into a line.
    document = parsed === undefined ? makeDocumentFromString(source, file) : { source: new Source(file, source), parsed };
  } catch (err) {
    return [{ message: `cannot be read: ${(err as Error).message.split('\n')[0]}`, ruleId: 'parse', pointer: '' }];
  }
  // `referencesChecked`: the caller has found no reference problem in `parsed` already (generate's checkReferences).
  const refused = referencesChecked ? [] : referenceProblems(document.parsed);
  if (refused.length > 0) return refused;
  // For arbitrary input only what makes a document unusable is an error: structure and dangling refs.
  // Our curated specs are also held to the consistency rules (GitHub's own description, for one,
  // has paths that differ only by parameter name, which a generator can live with).
  const config = await lintConfig(curated);
  let problems;
  try {
    problems = await lintWalk(document, config, new RefusingResolver(config.resolve));
  } catch (err) {
    // Redocly recurses once per `$ref` it follows: a chain of thousands of schemas overflows it.
    const why = err instanceof RangeError ? 'the `$ref`s chain too deep to follow (thousands of schemas, each referring to the next)' : (err as Error).message.split('\n')[0];
    return [{ message: `the linter could not finish: ${why}`, ruleId: 'lint', pointer: '' }];
  }
  return problems
    .filter((p) => p.severity === 'error')
    .filter((p) => !(p.ruleId === 'no-unresolved-refs' && inExampleData(document.parsed, (p.location[0]?.pointer ?? '').replace(/^#/, ''))))
    .filter((p) => !misreadSchema(p.ruleId, p.message, (p.location[0]?.pointer ?? '').replace(/^#/, ''), document.parsed))
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

/**
 * Redocly complaints about valid 3.1 schemas that its types cannot express: a `$ref` (typed `Schema`
 * by the place that refers) whose target is a boolean schema, and a pointer with empty tokens
 * (`#/$defs//$defs/`, names that are the empty string), which its resolver drops.
 */
function misreadSchema(ruleId: string, message: string, at: string, root: unknown): boolean {
  const is31 = isObj(root) && typeof root.openapi === 'string' && root.openapi.startsWith('3.1');
  if (ruleId === 'struct') return is31 && message === 'Expected type `Schema` (object) but got `boolean`';
  if (ruleId !== 'no-unresolved-refs') return false;
  const holder = getAtPointer(root, at);
  const target = isObj(holder) ? refTarget(holder.$ref) : undefined;
  return target !== undefined && parsePointer(target).includes('') && getAtPointer(root, target) !== undefined;
}

/** One tolerated problem as a warning line: `file:line:column: warning: [rule] message (pointer)`. */
export function formatWarning(source: { doc: LoadedDocument }, problem: LintProblem): string {
  const { line, column } = problemPosition(problem, source.doc);
  return `${source.doc.file}:${line}:${column}: warning: ${describeProblem(problem).replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** Where a problem is, as line:column: Redocly's own position, else the pointer's place in the document. */
export function problemPosition(problem: LintProblem, doc: LoadedDocument): { line: number; column: number } {
  return problem.line ? { line: problem.line, column: problem.column ?? 1 } : doc.locate(problem.pointer);
}

/** One problem as a report line: `[rule] message (pointer)`. */
export function describeProblem(problem: LintProblem): string {
  return `[${problem.ruleId}] ${problem.message}${problem.pointer ? ` (${problem.pointer})` : ''}`;
}

/**
 * The error every command raises for an invalid document: located at the first problem, listing up
 * to five, and pointing at `check-spec` for the rest.
 */
export function invalidDocumentError(problems: readonly LintProblem[], doc: LoadedDocument, exitCode = USAGE_ERROR): FuncspecError {
  const first = problems[0];
  const pos = first ? problemPosition(first, doc) : { line: 1, column: 1 };
  const list = problems.slice(0, 5).map((p) => `  ${describeProblem(p)}`);
  const more = problems.length > 5 ? [`  ... and ${problems.length - 5} more (run \`funcspec check-spec\` for all)`] : [];
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new FuncspecError(`not a valid OpenAPI document (${count}):\n${[...list, ...more].join('\n')}`, { file: doc.file, ...pos }, exitCode);
}
