/**
 * `funcspec mock`: an HTTP server that plays an OpenAPI document back from its documented examples.
 *
 * Per request, in this order (as Prism does): route (404 unknown path, 405 known path with another
 * method) → security (401 when the documented credential is absent) → parameters and body against
 * the spec (400 naming the failing field, 415 for an undeclared media type) → the response chosen by
 * `Prefer: example=NAME` / `Prefer: code=NNN`, else the first success example. Errors the mock
 * produces itself use the body shape the spec documents for errors (see ./error-shape.ts).
 *
 * The conformance suite replays responses through this same server, so what `funcspec mock` serves is
 * exactly what the suite has checked.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FuncspecError } from '../errors.js';
import { errorBody, errorShape, type ErrorShape } from './error-shape.js';
import { listMockOperations, serverBasePath, type MockMedia, type MockOperation, type MockResponse } from './operations.js';
import { isObj } from '../openapi/json.js';
import { baseMediaType, isJsonMediaType } from '../openapi/media.js';
import { getAtPointer } from '../openapi/pointer.js';
import { deref } from '../openapi/refs.js';
import { chooseResponse, parsePrefer } from './prefer.js';
import { sampleFromSchema } from './sample.js';
import { checkServable } from './servable.js';
import { createValidators, formatIssue, type OperationValidator, type RequestIssue } from './validate.js';

/** A request exactly as it arrived: what the conformance suite compares with the documented example. */
export interface RecordedRequest {
  method: string;
  /** Path and query, as sent (still percent-encoded). */
  url: string;
  /** Lower-case names, as node:http gives them. */
  headers: Record<string, string | string[] | undefined>;
  /** The body as text ('' when there is none). */
  body: string;
}

export interface MockOutcome {
  request: RecordedRequest;
  status: number;
  operationId?: string;
  /** What was answered: an example's name, `schema sample`, or the mock's own error code. */
  answer: string;
}

export interface MockServerOptions {
  /** Called with every request before it is handled (the conformance suite records the wire with it). */
  onRequest?: (request: RecordedRequest) => void;
  /** Called after every answer (the CLI logs one line per request with it). */
  onResponse?: (outcome: MockOutcome) => void;
  /** Largest accepted body, in bytes (default 10 MiB). */
  maxBodyBytes?: number;
}

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

/** The mock's own error codes, by status. */
export const MOCK_ERROR_CODES = {
  400: 'InvalidRequest',
  401: 'MissingCredentials',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
} as const;
export const EXAMPLE_NOT_FOUND = 'ExampleNotFound';

interface Compiled {
  doc: unknown;
  operations: MockOperation[];
  validators: Map<MockOperation, OperationValidator>;
  shape: ErrorShape;
  basePath: string;
  schemes: Record<string, unknown>;
}

/** Everything per-document is worked out once, so a broken schema fails at start-up, not per request. */
function compile(doc: unknown): Compiled {
  if (!isObj(doc) || typeof doc.openapi !== 'string') throw new FuncspecError('not an OpenAPI 3.x document (no `openapi` field at the top level)');
  checkServable(doc);
  const operations = listMockOperations(doc);
  // Templates with fewer parameters win: `/pets/mine` before `/pets/{id}`.
  operations.sort((a, b) => a.pathParamNames.length - b.pathParamNames.length);
  const components = isObj(doc.components) ? doc.components : {};
  return {
    doc,
    operations,
    validators: createValidators(doc, operations),
    shape: errorShape(doc),
    basePath: serverBasePath(doc),
    schemes: isObj(components.securitySchemes) ? components.securitySchemes : {},
  };
}

class HttpProblem extends Error {
  constructor(
    readonly status: keyof typeof MOCK_ERROR_CODES | 400,
    message: string,
    readonly code: string = MOCK_ERROR_CODES[status],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** How much of an oversized body is read and thrown away so that the 413 is answered once the client has sent it all. */
const DRAIN_BYTES = 64 * 1024 * 1024;

const expectsContinue = (req: IncomingMessage): boolean => /^100-continue$/i.test(String(req.headers.expect ?? ''));
const declaredTooLarge = (req: IncomingMessage, limit: number): boolean => Number(req.headers['content-length']) > limit;

/**
 * The body, up to `limit` bytes. A larger one is answered 413, and the answer must reach the client:
 * closing the socket while the client is still sending makes the kernel reset the connection, and
 * the client sees the reset instead of the 413. So the rest is read and discarded (up to
 * DRAIN_BYTES more) before answering; a client that asked `Expect: 100-continue` has sent nothing
 * and is answered at once.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
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
function missingCredential(c: Compiled, op: MockOperation, headers: IncomingMessage['headers'], query: URLSearchParams): string | undefined {
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

function route(c: Compiled, method: string, pathname: string): { op: MockOperation; params: Record<string, string> } {
  const candidates = [pathname];
  if (c.basePath && (pathname === c.basePath || pathname.startsWith(`${c.basePath}/`))) candidates.unshift(pathname.slice(c.basePath.length) || '/');
  const allowed = new Set<string>();
  for (const path of candidates) {
    for (const op of c.operations) {
      const m = op.matcher.exec(path);
      if (!m) continue;
      if (op.method !== method) {
        allowed.add(op.method);
        continue;
      }
      const params: Record<string, string> = {};
      try {
        op.pathParamNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      } catch {
        throw new HttpProblem(400, `path ${pathname} is not valid percent-encoding`);
      }
      return { op, params };
    }
  }
  if (allowed.size > 0) {
    const list = [...allowed].sort().join(', ');
    throw new HttpProblem(405, `${method} is not documented for ${pathname}; allowed: ${list}`, MOCK_ERROR_CODES[405], { allow: list });
  }
  throw new HttpProblem(404, `no operation of the spec matches ${method} ${pathname}`);
}

/** A body the mock parses and answers as JSON; the wildcard type too, since a JSON client is what sends it. */
function jsonMedia(mediaType: string): boolean {
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

function validate(c: Compiled, op: MockOperation, params: Record<string, string>, query: URLSearchParams, req: IncomingMessage, body: string): void {
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

/** Response headers the spec declares that carry a request id get a fresh one, as the service would send. */
function declaredHeaders(response: MockResponse | undefined, requestId: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const h of response?.headers ?? []) if (/request-?id/i.test(h)) out[h] = requestId;
  return out;
}

function responseFor(op: MockOperation | undefined, status: number): MockResponse | undefined {
  if (!op) return undefined;
  const s = String(status);
  return op.responses.find((r) => r.status === s) ?? op.responses.find((r) => r.status.toUpperCase() === `${s[0]}XX`) ?? op.responses.find((r) => r.status === 'default');
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, mediaType: string | undefined, value: unknown, hasBody: boolean): void {
  let text = '';
  if (hasBody) text = mediaType !== undefined && !jsonMedia(mediaType) && typeof value === 'string' ? value : JSON.stringify(value);
  res.writeHead(status, {
    ...headers,
    ...(hasBody ? { 'content-type': mediaType ?? 'application/json', 'content-length': String(Buffer.byteLength(text)) } : { 'content-length': '0' }),
  });
  res.end(text);
}

async function handle(c: Compiled, req: IncomingMessage, res: ServerResponse, options: MockServerOptions): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const recorded: RecordedRequest = { method, url: req.url ?? '/', headers: { ...req.headers }, body: '' };
  const requestId = randomUUID();
  let op: MockOperation | undefined;
  const finish = (status: number, answer: string): void => options.onResponse?.({ request: recorded, status, answer, ...(op ? { operationId: op.operationId } : {}) });
  try {
    recorded.body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
    options.onRequest?.(recorded);
    const url = new URL(recorded.url, 'http://mock.invalid');
    const found = route(c, method, url.pathname);
    op = found.op;
    const missing = missingCredential(c, op, req.headers, url.searchParams);
    if (missing) throw new HttpProblem(401, `missing credential: ${missing}`);
    validate(c, op, found.params, url.searchParams, req, recorded.body);

    const choice = chooseResponse(op, parsePrefer(req.headers.prefer));
    if (choice.kind === 'unknown-example') {
      throw new HttpProblem(
        400,
        `Prefer: example=${choice.name} names no response example of ${op.operationId}; documented: ${choice.available.join(', ') || '(none)'}`,
        EXAMPLE_NOT_FOUND,
      );
    }
    if (choice.kind === 'unknown-code') {
      throw new HttpProblem(400, `Prefer: code=${choice.code} names no response of ${op.operationId}; documented: ${choice.available.join(', ')}`, EXAMPLE_NOT_FOUND);
    }
    const headers = declaredHeaders(choice.response, requestId);
    if (choice.kind === 'example') {
      send(res, choice.status, headers, choice.response.media?.mediaType, choice.value, true);
      finish(choice.status, `example ${choice.name}`);
    } else if (choice.kind === 'schema') {
      const schema = getAtPointer(c.doc, choice.response.media!.schemaPointer!);
      send(res, choice.status, headers, choice.response.media!.mediaType, sampleFromSchema(c.doc, schema), true);
      finish(choice.status, 'schema sample');
    } else {
      send(res, choice.status, headers, undefined, undefined, false);
      finish(choice.status, 'no body');
    }
  } catch (err) {
    if (res.headersSent) return void res.destroy();
    if (!(err instanceof HttpProblem)) {
      send(res, 500, {}, 'application/json', errorBody(c.shape, 'MockInternalError', `funcspec mock failed: ${(err as Error).message}`, requestId), true);
      finish(500, 'MockInternalError');
      return;
    }
    const headers = { ...declaredHeaders(responseFor(op, err.status), requestId), ...err.headers, ...(err.status === 413 ? { connection: 'close' } : {}) };
    send(res, err.status, headers, 'application/json', errorBody(c.shape, err.code, err.message, requestId), true);
    finish(err.status, err.code);
  }
}

/**
 * An http.Server (not yet listening) that serves the document. Throws FuncspecError if the document
 * cannot be served (a MockSpecError, with the pointer of the node at fault, when it is the spec's).
 */
export function createMockServer(doc: unknown, options: MockServerOptions = {}): Server {
  const compiled = compile(doc);
  // Whatever escapes the handler (an answer that cannot be written) ends that one connection, never the server.
  const serve = (req: IncomingMessage, res: ServerResponse): void => void handle(compiled, req, res, options).catch(() => res.destroy());
  const server = createServer(serve);
  // An oversized body announced with `Expect: 100-continue` is refused before the client sends it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!declaredTooLarge(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY)) res.writeContinue();
    serve(req, res);
  });
  return server;
}

export interface RunningMock {
  server: Server;
  /** `http://host:port`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Start listening; port 0 picks a free port. */
export async function startMockServer(doc: unknown, listen: { port?: number; host?: string } = {}, options: MockServerOptions = {}): Promise<RunningMock> {
  const server = createMockServer(doc, options);
  const host = listen.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(
        err.code === 'EADDRINUSE'
          ? new FuncspecError(`port ${listen.port} on ${host} is already in use; pick another with --port`)
          : err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND'
            ? new FuncspecError(`cannot listen on host ${host} (${err.code})`)
            : err,
      );
    };
    server.once('error', onError);
    server.listen(listen.port ?? 0, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
