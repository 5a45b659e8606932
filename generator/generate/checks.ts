/** The checks a spec passes before generate models it: parse, version, document limits, references, then Redocly's lint. */
import { parseText, readTextFile, type LoadedDocument } from '../openapi/document.js';
import { referenceProblems } from '../openapi/references.js';
import { checkOpenApiVersion } from '../openapi/version.js';
import { checkDocumentLimits } from './limits.js';
import { lintError, lintLabel, lintProblems } from './lint-verdict.js';

/** What the checks need of a spec entry (pipeline.ts's SpecEntry). */
export interface SpecInput {
  file: string;
  input?: { text: string; absolute: string };
}

/**
 * Load → parse → version → limits: what must hold before anything walks the document. Then
 * `checkReferences`, before anything follows its `$ref`s; the lint (`lintProblems`) is the slow
 * check, and what does not need its verdict may start before it.
 */
export async function loadParsed(entry: SpecInput, beforeParse?: (read: { file: string; text: string }) => void): Promise<LoadedDocument> {
  const read = entry.input ? { file: entry.file, text: entry.input.text } : await readTextFile(entry.file);
  // Work that needs only the text may start here (a validator thread, which parses it itself).
  beforeParse?.(read);
  const loaded = parseText(read.text, read.file);
  checkOpenApiVersion(loaded);
  // Before anything recurses over the document: the linter, openapi-typescript and Ajv all do.
  checkDocumentLimits(loaded);
  return loaded;
}

/** An external `$ref`, or a cycle of them that never reaches a schema, stops generate before anything follows them. */
export async function checkReferences(loaded: LoadedDocument): Promise<void> {
  const refused = referenceProblems(loaded.data);
  if (refused.length > 0) {
    const { invalidDocumentError } = await import('../openapi/lint.js');
    throw invalidDocumentError(refused, loaded);
  }
}

/** Every check, the lint included: the parsed document, or a FuncspecError naming file:line:column. */
export async function loadChecked(entry: SpecInput): Promise<LoadedDocument> {
  const loaded = await loadParsed(entry);
  await checkReferences(loaded);
  const error = await lintError(await lintProblems(loaded, lintLabel(entry)), loaded);
  if (error) throw error;
  return loaded;
}
