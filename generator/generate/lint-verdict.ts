/** The lint's verdict on a document, apart from loading it: the validator thread lints without loading YAML's parser. */
import { FuncspecError } from '../errors.js';
import type { LoadedDocument } from '../openapi/document.js';
import type { LintProblem } from '../openapi/lint.js';

/** What the lint needs of a spec entry (pipeline.ts's SpecEntry). */
interface LintInput {
  file: string;
  input?: { absolute: string };
}

/** The name Redocly reports the document under. */
export const lintLabel = (entry: LintInput): string => entry.input?.absolute ?? entry.file;

/** Redocly's problems with a document, or the linter's own failure as a message. */
export type LintVerdict = { problems: LintProblem[] } | { failure: string };

/** The lint of a document that passed `loadParsed` and `checkReferences`. */
export async function lintProblems(loaded: Pick<LoadedDocument, 'text' | 'data'>, label: string): Promise<LintVerdict> {
  // Imported here rather than at the top: a run that stops before the lint does not pay for Redocly.
  const { lintOpenApi } = await import('../openapi/lint.js');
  try {
    return { problems: await lintOpenApi(loaded.text, label, { parsed: loaded.data, referencesChecked: true }) };
  } catch (err) {
    return { failure: (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300) };
  }
}

/** A lint verdict as the error that stops generate (located at the first problem), or nothing if there is none. */
export async function lintError(verdict: LintVerdict, loaded: LoadedDocument): Promise<FuncspecError | undefined> {
  if ('failure' in verdict) {
    // Input the checks before the lint did not foresee made the linter itself fail: still the document's doing.
    return new FuncspecError(`the OpenAPI linter (Redocly) could not read this document: ${verdict.failure}`, { file: loaded.file, line: 1, column: 1 });
  }
  if (verdict.problems.length === 0) return undefined;
  const { invalidDocumentError } = await import('../openapi/lint.js');
  return invalidDocumentError(verdict.problems, loaded);
}
