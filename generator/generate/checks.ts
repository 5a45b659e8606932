/** The checks a spec passes before generate models it: parse, version, document limits, then Redocly's lint. */
import { FuncspecError } from '../errors.js';
import { loadDocument, parseText, type LoadedDocument } from '../openapi/document.js';
import { checkOpenApiVersion } from '../openapi/version.js';
import { checkDocumentLimits } from './limits.js';

/** What the checks need of a spec entry (pipeline.ts's SpecEntry). */
export interface SpecInput {
  file: string;
  input?: { text: string; absolute: string };
}

/**
 * Load → check: the parsed document, or a FuncspecError naming file:line:column. `beforeLint` sees
 * the document once it is parsed and within limits (the lint is the slow check: work that does not
 * need its verdict can start there).
 */
export async function loadChecked(entry: SpecInput, beforeLint?: (parsed: LoadedDocument) => void): Promise<LoadedDocument> {
  const loaded = entry.input ? parseText(entry.input.text, entry.file) : await loadDocument(entry.file);
  checkOpenApiVersion(loaded);
  // Before anything recurses over the document: the linter, openapi-typescript and Ajv all do.
  checkDocumentLimits(loaded);
  beforeLint?.(loaded);
  // Imported here rather than at the top: a run that stops before the lint does not pay for Redocly.
  const { invalidDocumentError, lintOpenApi } = await import('../openapi/lint.js');
  let problems;
  try {
    problems = await lintOpenApi(loaded.text, entry.input?.absolute ?? entry.file, { parsed: loaded.data });
  } catch (err) {
    if (err instanceof FuncspecError) throw err;
    // Input the checks above did not foresee made the linter itself fail: still the document's doing.
    throw new FuncspecError(`the OpenAPI linter (Redocly) could not read this document: ${firstLine(err)}`, { file: loaded.file, line: 1, column: 1 });
  }
  if (problems.length > 0) throw invalidDocumentError(problems, loaded);
  return loaded;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
}
