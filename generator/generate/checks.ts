/** The checks a spec passes before generate models it: parse, version, document limits, references, then Redocly's lint. */
import { FuncspecError } from '../errors.js';
import { loadDocument, parseText, type LoadedDocument } from '../openapi/document.js';
import type { LintProblem } from '../openapi/lint.js';
import { referenceProblems } from '../openapi/references.js';
import { checkOpenApiVersion } from '../openapi/version.js';
import { checkDocumentLimits } from './limits.js';

/** What the checks need of a spec entry (pipeline.ts's SpecEntry). */
export interface SpecInput {
  file: string;
  input?: { text: string; absolute: string };
}

/**
 * Load → parse → version → limits → references: what must hold before anything walks the document.
 * The lint (`lintLoaded`) is the slow check; what does not need its verdict may start before it.
 */
export async function loadParsed(entry: SpecInput): Promise<LoadedDocument> {
  const loaded = entry.input ? parseText(entry.input.text, entry.file) : await loadDocument(entry.file);
  checkOpenApiVersion(loaded);
  // Before anything recurses over the document: the linter, openapi-typescript and Ajv all do.
  checkDocumentLimits(loaded);
  // An external `$ref`, or a cycle of them that never reaches a schema, before anything follows them.
  const refused = referenceProblems(loaded.data);
  if (refused.length > 0) {
    const { invalidDocumentError } = await import('../openapi/lint.js');
    throw invalidDocumentError(refused, loaded);
  }
  return loaded;
}

/** The name Redocly reports the document under. */
export const lintLabel = (entry: SpecInput): string => entry.input?.absolute ?? entry.file;

/** Redocly's problems with a document, or the linter's own failure as a message. */
export type LintVerdict = { problems: LintProblem[] } | { failure: string };

/** The lint of a document that passed `loadParsed`. */
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
    // Input the checks above did not foresee made the linter itself fail: still the document's doing.
    return new FuncspecError(`the OpenAPI linter (Redocly) could not read this document: ${verdict.failure}`, { file: loaded.file, line: 1, column: 1 });
  }
  if (verdict.problems.length === 0) return undefined;
  const { invalidDocumentError } = await import('../openapi/lint.js');
  return invalidDocumentError(verdict.problems, loaded);
}

/** Every check, the lint included: the parsed document, or a FuncspecError naming file:line:column. */
export async function loadChecked(entry: SpecInput): Promise<LoadedDocument> {
  const loaded = await loadParsed(entry);
  const error = await lintError(await lintProblems(loaded, lintLabel(entry)), loaded);
  if (error) throw error;
  return loaded;
}
