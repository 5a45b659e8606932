/**
 * What the mock checks of a request before answering it, in Prism's order: the body is read (413
 * past the limit), the path routed (404, 405), the credential looked for (401), then parameters and
 * body checked against the spec (400, 415). Each failure is an HttpProblem.
 */
import type { IncomingMessage } from 'node:http';
import { isObj } from '../openapi/json.js';
import { baseMediaType, isJsonMediaType } from '../openapi/media.js';
import { deref } from '../openapi/refs.js';
import type { ErrorShape } from './error-shape.js';
import type { MockMedia, MockOperation } from './operations.js';
import { HttpProblem, MOCK_ERROR_CODES } from './problem.js';
import { formatIssue, type OperationValidator, type RequestIssue } from './validate.js';

/** Everything per document, worked out once at start-up. */
export interface Compiled {
  doc: unknown;
  operations: MockOperation[];
  validators: Map<MockOperation, OperationValidator>;
  shape: ErrorShape;
  basePath: string;
  schemes: Record<string, unknown>;
}

/** How much of an oversized body is read and thrown away so that the 413 is answered once the client has sent it all. */
const DRAIN_BYTES = 64 * 1024 * 1024;

const expectsContinue = (req: IncomingMessage): boolean => /^100-continue$/i.test(String(req.headers.expect ?? ''));
export const declaredTooLarge = (req: IncomingMessage, limit: number): boolean => Number(req.headers['content-length']) > limit;

/**
 * The body, up to `limit` bytes. A larger one is answered 413, and the answer must reach the client:
 * closing the socket while the client is still sending makes the kernel reset the connection, and
 * the client sees the reset instead of the 413. So the rest is read and discarded (up to
 * DRAIN_BYTES more) before answering; a client that asked `Expect: 100-continue` has sent nothing
 * and is answered at once.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = (): HttpProblem => new HttpProblem(413, `request body larger than ${limit} bytes`);
    if (expectsContinue(req) && declaredTooLarge(req, limit)) return reject(tooLarge());
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (chunks.length > 0) chunks = [];
      if (size > limit + DRAIN_BYTES) {
        req.pause();
        reject(tooLarge());
      }
    });
    req.on('end', () => (size > limit ? reject(tooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** Which documented credential is missing, or undefined when one requirement is fully met. */
export function missingCredential(c: Compiled, op: MockOperation, headers: IncomingMessage['headers'], query: URLSearchParams): string | undefined {
  if (op.security.length === 0) return undefined;
  const cookies = String(headers.cookie ?? '')
    .split(';')
    .map((s) => s.trim().split('=')[0]);
  let first: string | undefined;
  for (const requirement of op.security) {
    const missing: string[] = [];
    for (const name of Object.keys(requirement)) {
      const scheme = deref(c.doc, { value: c.schemes[name], ptr: '' }).value;
      if (!isObj(scheme)) continue;
      if (scheme.type === 'apiKey' && typeof scheme.name === 'string') {
        const present = scheme.in === 'query' ? query.has(scheme.name) : scheme.in === 'cookie' ? cookies.includes(scheme.name) : headers[scheme.name.toLowerCase()] !== undefined;
        if (!present) missing.push(`${scheme.in === 'query' ? 'query parameter' : scheme.in === 'cookie' ? 'cookie' : 'header'} '${scheme.name}' (security scheme ${name})`);
      } else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
        if (headers.authorization === undefined) missing.push(`header 'Authorization' (security scheme ${name})`);
      }
    }
    if (missing.length === 0) return undefined;
    first ??= missing.join(' and ');
  }
  return first;
}

/** The operations whose path template matches, with the match (under the server URL's path first, then as sent). */
function matching(c: Compiled, pathname: string): Array<{ op: MockOperation; m: RegExpExecArray }> {
  const candidates = [pathname];
  if (c.basePath && (pathname === c.basePath || pathname.startsWith(`${c.basePath}/`))) candidates.unshift(pathname.slice(c.basePath.length) || '/');
  const out: Array<{ op: MockOperation; m: RegExpExecArray }> = [];
  for (const path of candidates)
    for (const op of c.operations) {
      const m = op.matcher.exec(path);
      if (m) out.push({ op, m });
    }
  return out;
}

/** The methods the spec documents for a path, sorted (empty for a path it does not document). */
export function documentedMethods(c: Compiled, pathname: string): string[] {
  return [...new Set(matching(c, pathname).map(({ op }) => op.method))].sort();
}

export function route(c: Compiled, method: string, pathname: string): { op: MockOperation; params: Record<string, string> } {
  const found = matching(c, pathname);
  const hit = found.find(({ op }) => op.method === method);
  if (hit) {
    const params: Record<string, string> = {};
    try {
      hit.op.pathParamNames.forEach((name, i) => (params[name] = decodeURIComponent(hit.m[i + 1]!)));
    } catch {
      throw new HttpProblem(400, `path ${pathname} is not valid percent-encoding`);
    }
    return { op: hit.op, params };
  }
  if (found.length > 0) {
    const list = documentedMethods(c, pathname).join(', ');
    throw new HttpProblem(405, `${method} is not documented for ${pathname}; allowed: ${list}`, MOCK_ERROR_CODES[405], { allow: list });
  }
  throw new HttpProblem(404, `no operation of the spec matches ${method} ${pathname}`);
}

/** A body the mock parses and answers as JSON; the wildcard type too, since a JSON client is what sends it. */
export function jsonMedia(mediaType: string): boolean {
  return isJsonMediaType(mediaType) || baseMediaType(mediaType) === '*/*';
}

function pickMedia(declared: MockMedia[], contentType: string | undefined): MockMedia | undefined {
  if (contentType === undefined) return undefined;
  const base = baseMediaType(contentType);
  const [type] = base.split('/');
  return (
    declared.find((m) => baseMediaType(m.mediaType) === base) ??
    declared.find((m) => baseMediaType(m.mediaType) === `${type}/*`) ??
    declared.find((m) => baseMediaType(m.mediaType) === '*/*')
  );
}

/** `body field /handler must …; must …` for the first few fields, so a 400 names what to fix. */
function summarise(issues: RequestIssue[]): string {
  // Leaf rules first: "is required" says more than the "must match a schema in anyOf" it causes.
  const composite = (i: RequestIssue): number => (['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else'].includes(i.keyword) ? 1 : 0);
  const byField = new Map<string, string[]>();
  for (const i of [...issues].sort((a, b) => composite(a) - composite(b))) {
    const key = formatIssue({ ...i, message: '' }).trimEnd();
    const list = byField.get(key) ?? [];
    if (!list.includes(i.message)) list.push(i.message);
    byField.set(key, list);
  }
  const parts = [...byField].slice(0, 3).map(([field, messages]) => `${field} ${messages.join('; ')}`);
  const more = byField.size > 3 ? ` (and ${byField.size - 3} more field(s))` : '';
  return `invalid request: ${parts.join(' | ')}${more}`;
}

export function validate(c: Compiled, op: MockOperation, params: Record<string, string>, query: URLSearchParams, req: IncomingMessage, body: string): void {
  const v = c.validators.get(op)!;
  const issues = v.parameters({ path: params, query, headers: req.headers });
  if (issues.length > 0) throw new HttpProblem(400, summarise(issues));
  if (!op.requestBody) return;
  if (body === '') {
    if (op.requestBody.required) throw new HttpProblem(400, summarise([{ in: 'body', field: '', keyword: 'required', message: 'is required (the request has no body)' }]));
    return;
  }
  const contentType = req.headers['content-type'];
  const media = pickMedia(op.requestBody.media, contentType);
  if (!media) {
    const declared = op.requestBody.media.map((m) => m.mediaType).join(', ');
    throw new HttpProblem(415, `request body of type ${contentType === undefined ? '(no Content-Type header)' : `'${contentType}'`} is not documented; send one of: ${declared}`);
  }
  if (!jsonMedia(media.mediaType)) return;
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (err) {
    throw new HttpProblem(400, `invalid request: body is not valid JSON (${(err as Error).message})`);
  }
  const bodyIssues = v.body(media.mediaType, value);
  if (bodyIssues.length > 0) throw new HttpProblem(400, summarise(bodyIssues));
}
