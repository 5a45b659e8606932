/**
 * Whether a document can be served at all, decided at start-up: a document the mock cannot serve
 * is a MockSpecError with the JSON pointer of the node at fault, which the CLI turns into
 * file:line:column (the server is handed parsed data and knows no positions).
 */
import { FuncspecError } from '../errors.js';
import { referenceProblems } from '../openapi/references.js';
import { patternProblems } from '../openapi/regexp.js';
import { listParameters, listResponseHeaders } from '../openapi/sites.js';

export class MockSpecError extends FuncspecError {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

/** RFC 9110 `token`: what a header field name must be. node:http throws on anything else. */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * What cannot be served safely is refused at start-up, at the node at fault: external or cyclic
 * references (references.ts), patterns RE2 cannot run (regexp.ts), and header names that are not
 * HTTP tokens (node:http throws on `X Request-Id` when it writes one).
 */
export function checkServable(doc: unknown): void {
  const refused = [...referenceProblems(doc), ...patternProblems(doc)];
  const first = refused[0];
  if (first) throw new MockSpecError(first.pointer, `${first.message}${refused.length > 1 ? ` (and ${refused.length - 1} more: run \`funcspec check-spec\`)` : ''}`);
  const bad = (name: string): string => `header name ${JSON.stringify(name)} is not an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only): no HTTP message can carry it`;
  for (const h of listResponseHeaders(doc)) if (!HTTP_TOKEN.test(h.name)) throw new MockSpecError(h.pointer, bad(h.name));
  for (const { pointer, parameter: p } of listParameters(doc))
    if (p.in === 'header' && typeof p.name === 'string' && !HTTP_TOKEN.test(p.name)) throw new MockSpecError(`${pointer}/name`, bad(p.name));
}
