/**
 * `funcspec mock`: an HTTP server that plays an OpenAPI document back from its documented examples.
 *
 * Per request, in this order (as Prism does): a CORS preflight is answered at once (./cors.ts) →
 * route (404 unknown path, 405 known path with another method) → security (401 when the documented
 * credential is absent) → parameters and body against the spec (400 naming the failing field, 415 for
 * an undeclared media type) → the response chosen by `Prefer: example=NAME` / `code=NNN` /
 * `dynamic=true` (or their `?__example=`, `?__code=`, `?__dynamic=` query forms), else the first
 * success example, or with `dynamic` a body generated from the response schema (./dynamic.ts).
 * Errors the mock produces itself use the body shape the spec documents for errors (./error-shape.ts).
 *
 * The conformance suite replays responses through this same server, so what `funcspec mock` serves is
 * exactly what the suite has checked.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FuncspecError } from '../errors.js';
import { isObj } from '../openapi/json.js';
import { getAtPointer } from '../openapi/pointer.js';
import { exposeHeader, isPreflight, originHeaders, preflightHeaders } from './cors.js';
import { DEFAULT_SEED, DynamicResponder } from './dynamic.js';
import { errorBody, errorShape } from './error-shape.js';
import { listMockOperations, serverBasePath, type MockOperation, type MockResponse } from './operations.js';
import { chooseResponse, QUERY_PREFERENCES, requestPreferences, stated, type RequestPreferences } from './prefer.js';
import { CANNOT_GENERATE, EXAMPLE_NOT_FOUND, HttpProblem, MOCK_ERROR_CODES } from './problem.js';
import { declaredTooLarge, documentedMethods, jsonMedia, missingCredential, readBody, route, validate, type Compiled } from './request.js';
import { sampleFromSchema } from './sample.js';
import { checkServable } from './servable.js';
import { createValidators, documentCompiler } from './validate.js';

export { CANNOT_GENERATE, EXAMPLE_NOT_FOUND, MOCK_ERROR_CODES } from './problem.js';
export { DEFAULT_SEED } from './dynamic.js';

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
  /** What was answered: an example's name, `schema sample`, `generated`, `CORS preflight`, or the mock's own error code. */
  answer: string;
}

export interface MockServerOptions {
  /** Called with every request before it is handled (the conformance suite records the wire with it). */
  onRequest?: (request: RecordedRequest) => void;
  /** Called after every answer (the CLI logs one line per request with it). */
  onResponse?: (outcome: MockOutcome) => void;
  /** Largest accepted body, in bytes (default 10 MiB). */
  maxBodyBytes?: number;
  /** Answer CORS preflights and put CORS headers on every answer (default true, as Prism's `--cors`). */
  cors?: boolean;
  /** Answer with bodies generated from the response schemas rather than the examples (Prism's `--dynamic`; default false). */
  dynamic?: boolean;
  /** Seed of the generated bodies (default DEFAULT_SEED): the same seed and requests give the same bytes. */
  seed?: number;
}

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

interface Served extends Compiled {
  responder: DynamicResponder;
}

/** Everything per-document is worked out once, so a broken schema fails at start-up, not per request. */
function compile(doc: unknown, options: MockServerOptions): Served {
  if (!isObj(doc) || typeof doc.openapi !== 'string') throw new FuncspecError('not an OpenAPI 3.x document (no `openapi` field at the top level)');
  checkServable(doc);
  const operations = listMockOperations(doc);
  // Templates with fewer parameters win: `/pets/mine` before `/pets/{id}`.
  operations.sort((a, b) => a.pathParamNames.length - b.pathParamNames.length);
  const components = isObj(doc.components) ? doc.components : {};
  const compiler = documentCompiler(doc);
  const responder = new DynamicResponder(doc, compiler, options.seed ?? DEFAULT_SEED);
  if (options.dynamic) responder.prepare(operations);
  return {
    doc,
    operations,
    validators: createValidators(doc, operations, compiler),
    shape: errorShape(doc),
    basePath: serverBasePath(doc),
    schemes: isObj(components.securitySchemes) ? components.securitySchemes : {},
    responder,
  };
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

/** The query the operation's parameters are checked against: the preference parameters are the mock's, not the operation's (unless the spec declares one). */
function operationQuery(op: MockOperation, query: URLSearchParams): URLSearchParams {
  const own = new URLSearchParams(query);
  for (const name of QUERY_PREFERENCES) if (!op.parameters.some((p) => p.in === 'query' && p.name === name)) own.delete(name);
  return own;
}

/** Whether to generate the body: the request's `dynamic` preference, else the server's mode. */
function wantsDynamic(prefs: RequestPreferences, byDefault: boolean): boolean {
  if (prefs.dynamic === undefined) return byDefault;
  if (prefs.dynamic !== 'true' && prefs.dynamic !== 'false') throw new HttpProblem(400, `${stated(prefs, 'dynamic')} must be true or false`);
  return prefs.dynamic === 'true';
}

/** Statuses whose answers carry no body and no Content-Length (RFC 9110 §8.6). */
const bodiless = (status: number): boolean => status < 200 || status === 204 || status === 304;

async function handle(c: Served, req: IncomingMessage, res: ServerResponse, options: MockServerOptions): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const recorded: RecordedRequest = { method, url: req.url ?? '/', headers: { ...req.headers }, body: '' };
  const requestId = randomUUID();
  const cors = options.cors !== false;
  let op: MockOperation | undefined;
  const finish = (status: number, answer: string): void => options.onResponse?.({ request: recorded, status, answer, ...(op ? { operationId: op.operationId } : {}) });
  const send = (status: number, headers: Record<string, string>, mediaType: string | undefined, value: unknown, hasBody: boolean): void => {
    let text = '';
    if (hasBody && !bodiless(status)) text = mediaType !== undefined && !jsonMedia(mediaType) && typeof value === 'string' ? value : JSON.stringify(value);
    const all: Record<string, string> = {
      ...headers,
      ...(hasBody && !bodiless(status) ? { 'content-type': mediaType ?? 'application/json' } : {}),
      ...(bodiless(status) ? {} : { 'content-length': String(Buffer.byteLength(text)) }),
    };
    res.writeHead(status, cors ? { ...all, ...originHeaders(req.headers), ...exposeHeader(Object.keys(all)) } : all);
    res.end(text);
  };
  try {
    recorded.body = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY);
    options.onRequest?.(recorded);
    const url = new URL(recorded.url, 'http://mock.invalid');
    if (cors && isPreflight(method, req.headers)) {
      send(204, preflightHeaders(req.headers, documentedMethods(c, url.pathname)), undefined, undefined, false);
      return finish(204, 'CORS preflight');
    }
    const found = route(c, method, url.pathname);
    op = found.op;
    const missing = missingCredential(c, op, req.headers, url.searchParams);
    if (missing) throw new HttpProblem(401, `missing credential: ${missing}`);
    validate(c, op, found.params, operationQuery(op, url.searchParams), req, recorded.body);

    const prefs = requestPreferences(req.headers.prefer, url.searchParams);
    const dynamic = wantsDynamic(prefs, options.dynamic === true);
    const choice = chooseResponse(op, prefs);
    if (choice.kind === 'unknown-example') {
      const where = choice.status === undefined ? op.operationId : `${op.operationId}'s ${choice.status} response`;
      throw new HttpProblem(400, `${stated(prefs, 'example')} names no response example of ${where}; documented: ${choice.available.join(', ') || '(none)'}`, EXAMPLE_NOT_FOUND);
    }
    if (choice.kind === 'unknown-code') {
      throw new HttpProblem(400, `${stated(prefs, 'code')} names no response of ${op.operationId}; documented: ${choice.available.join(', ')}`, EXAMPLE_NOT_FOUND);
    }
    const headers = declaredHeaders(choice.response, requestId);
    // A named example is served as written, dynamic or not (as in Prism).
    if (dynamic && prefs.example === undefined && choice.kind !== 'empty' && choice.response.media?.schemaPointer !== undefined) {
      const media = choice.response.media;
      const result = c.responder.answer(op, choice.response);
      if (result.kind === 'failed') throw new HttpProblem(500, result.message, CANNOT_GENERATE);
      send(choice.status, headers, media.mediaType, result.value, true);
      finish(choice.status, result.kind === 'value' ? `generated (seed ${c.responder.seed})` : `example ${result.name}: ${result.why}`);
    } else if (choice.kind === 'example') {
      send(choice.status, headers, choice.response.media?.mediaType, choice.value, true);
      finish(choice.status, `example ${choice.name}`);
    } else if (choice.kind === 'schema') {
      const schema = getAtPointer(c.doc, choice.response.media!.schemaPointer!);
      send(choice.status, headers, choice.response.media!.mediaType, sampleFromSchema(c.doc, schema), true);
      finish(choice.status, 'schema sample');
    } else {
      send(choice.status, headers, undefined, undefined, false);
      finish(choice.status, 'no body');
    }
  } catch (err) {
    if (res.headersSent) return void res.destroy();
    if (!(err instanceof HttpProblem)) {
      send(500, {}, 'application/json', errorBody(c.shape, MOCK_ERROR_CODES[500], `funcspec mock failed: ${(err as Error).message}`, requestId), true);
      finish(500, MOCK_ERROR_CODES[500]);
      return;
    }
    const headers = { ...declaredHeaders(responseFor(op, err.status), requestId), ...err.headers, ...(err.status === 413 ? { connection: 'close' } : {}) };
    send(err.status, headers, 'application/json', errorBody(c.shape, err.code, err.message, requestId), true);
    finish(err.status, err.code);
  }
}

/**
 * An http.Server (not yet listening) that serves the document. Throws FuncspecError if the document
 * cannot be served (a MockSpecError, with the pointer of the node at fault, when it is the spec's).
 */
export function createMockServer(doc: unknown, options: MockServerOptions = {}): Server {
  const compiled = compile(doc, options);
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
