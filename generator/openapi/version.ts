/** The one check that a parsed document is OpenAPI 3.0 or 3.1, with a located error otherwise. */
import { USAGE_ERROR, type FuncspecError } from '../errors.js';
import type { LoadedDocument } from './document.js';
import { isObj } from './json.js';

export type OpenApiVersion = '3.0' | '3.1';

/**
 * The document's OpenAPI minor version. Swagger 2.0, a missing `openapi` field or another major
 * version is a FuncspecError at the offending node; `exitCode` follows the calling command's contract.
 */
export function checkOpenApiVersion(doc: LoadedDocument, exitCode = USAGE_ERROR): OpenApiVersion {
  const fail = (ptr: string, message: string): FuncspecError => {
    const err = doc.errorAt(ptr, message);
    err.exitCode = exitCode;
    return err;
  };
  const data = doc.data;
  if (!isObj(data)) throw fail('', 'not an OpenAPI document: the top level is not a mapping');
  if ('swagger' in data) throw fail('/swagger', 'Swagger 2.0 is not supported: convert the document to OpenAPI 3.x first');
  if (typeof data.openapi !== 'string') throw fail('', 'not an OpenAPI document: no `openapi` version field');
  const m = /^3\.([01])\./.exec(data.openapi);
  if (!m) throw fail('/openapi', `OpenAPI ${data.openapi} is not supported: funcspec reads OpenAPI 3.0 and 3.1`);
  return m[1] === '0' ? '3.0' : '3.1';
}
