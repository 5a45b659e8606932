/**
 * The transport every generated client shares: URL building, JSON bodies, auth (re-applied on every
 * attempt), timeouts and aborts, retries, validation, and turning non-2xx answers into typed errors
 * that never carry a credential. It knows nothing about any vendor; vendor auth plugs in through the
 * `auth` option (see ./auth.ts, ./auth-huaweicloud.ts, ./auth-aliyun.ts).
 */
import type { Auth, OutgoingRequest } from './auth.js';
import { rfc3986 } from './crypto.js';
import { ApiError, NetworkError, TimeoutError, ValidationFailedError, type ErrorContext } from './errors.js';
import { Redactor } from './redact.js';
import { backoffDelay, DEFAULT_RETRY, defaultSleep, isIdempotent, mergeRetry, parseRetryAfter, type RetryOptions } from './retry.js';
import type { ValidationIssue } from './validation.js';

/** What the generator knows about one operation; the client passes it with each call. */
export interface OperationDescriptor {
  operationId: string;
  method: string;
  path: string;
  /** Header parameter names the spec declares, as written there. */
  headerParams: readonly string[];
  /** `json` bodies are serialised with JSON.stringify; `text`/`binary` are sent as given; `form` objects URL-encoded. */
  bodyKind?: 'json' | 'text' | 'binary' | 'form';
  contentType?: string;
  /** The spec's `info.version` (some signatures send it, e.g. Alibaba's `x-acs-version`). */
  apiVersion?: string;
}

/** A server URL template of the spec (`https://functiongraph.{region}.myhuaweicloud.com`) and its defaults. */
export interface ServerTemplate {
  url: string;
  variables?: Readonly<Record<string, string>>;
}

export interface ClientOptions {
  /** Base URL of the API, without a trailing slash. Defaults to the spec's first server. */
  baseUrl?: string;
  /** Values for the spec's server variables (e.g. `{ region: 'cn-east-3' }`) when `baseUrl` is not given. */
  serverVariables?: Record<string, string>;
  /** Inject a fetch implementation (tests, proxies, tracing). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  auth?: Auth;
  /** Time limit for each attempt, in milliseconds, until the whole body is read (no limit by default). */
  timeoutMs?: number;
  /** Retry policy; `false` never retries. Default: 2 retries of idempotent methods on 429/5xx/network errors. */
  retry?: RetryOptions | false;
  /** Check request bodies with the generated validators before sending anything. */
  validateRequests?: boolean;
  /** Check response bodies with the generated validators. */
  validateResponses?: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Overrides the client's retry options for this call (merged field by field); `false` never retries. */
  retry?: RetryOptions | false;
}

/** The generic shape of a call's input; each operation narrows it with its own types. */
export interface OperationInput {
  path?: object;
  query?: object;
  headers?: object;
  body?: unknown;
}

export interface ApiResponse<S, T> {
  status: S;
  data: T;
  headers: Headers;
}

/** Validators for one operation: request body, and response bodies by status. */
export interface OperationValidators {
  request?: (data: unknown) => readonly ValidationIssue[];
  responses?: Readonly<Record<string, (data: unknown) => readonly ValidationIssue[]>>;
}

/**
 * Path parameters, percent-encoded as RFC 3986 unreserved characters except ':' and '@', which a path
 * segment may hold as they are (RFC 3986 `pchar`) and which the Huawei SDK sends unescaped (function URNs).
 */
export function expandPath(template: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, unknown>;
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) throw new TypeError(`missing path parameter '${name}'`);
    const text = String(value);
    if (text === '' || text === '.' || text === '..') throw new TypeError(`path parameter '${name}' must not be ${JSON.stringify(text)}`);
    return rfc3986(text).replace(/%3A/g, ':').replace(/%40/g, '@');
  });
}

/** `?a=1&b=x%20y`: RFC 3986 percent-encoding (never '+' for a space), arrays as repeated keys, undefined dropped. */
export function buildQuery(query: object | undefined): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    parts.push(`${rfc3986(key)}=${rfc3986(typeof value === 'object' ? JSON.stringify(value) : String(value))}`);
  };
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) for (const v of value) add(key, v);
    else add(key, value);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** The base URL: explicit, else the server template with the caller's variables over its defaults. */
export function resolveBaseUrl(options: ClientOptions, server: string | ServerTemplate): string {
  if (options.baseUrl !== undefined) return options.baseUrl.replace(/\/+$/, '');
  const template = typeof server === 'string' ? { url: server } : server;
  const vars = { ...(template.variables ?? {}), ...(options.serverVariables ?? {}) };
  const url = template.url.replace(/\{([^}]+)\}/g, (m, name: string) => vars[name] ?? m);
  const missing = /\{([^}]+)\}/.exec(url);
  if (missing) throw new TypeError(`no value for server variable '${missing[1]}': pass serverVariables or baseUrl`);
  return url.replace(/\/+$/, '');
}

/** The exact body to send: JSON text with `undefined` members dropped (never `null` substituted), text, or bytes. */
async function encodeBody(kind: OperationDescriptor['bodyKind'], body: unknown): Promise<string | Uint8Array | undefined> {
  if (body === undefined) return undefined;
  if (kind === 'json' || kind === undefined) return JSON.stringify(body) as string | undefined;
  if (typeof body === 'string') return body;
  if (kind === 'form' && body !== null && typeof body === 'object' && Object.getPrototypeOf(body) === Object.prototype) {
    return buildQuery(body).slice(1);
  }
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  // Blob, ReadableStream, URLSearchParams...: read once, so it can be signed and re-sent on retry.
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (/json/i.test(type) || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** The validator for a success status: exact (`200`), then range (`2XX`), then `default`. */
function responseValidator(validators: OperationValidators, status: number): ((data: unknown) => readonly ValidationIssue[]) | undefined {
  const r = validators.responses;
  return r?.[String(status)] ?? r?.[`${String(status)[0]}XX`] ?? r?.default;
}

export async function send(
  options: ClientOptions,
  defaultServer: string | ServerTemplate,
  op: OperationDescriptor,
  input: OperationInput,
  call: CallOptions = {},
  validators: OperationValidators = {},
): Promise<ApiResponse<number, unknown>> {
  // Everything that can be checked is checked before any I/O (auth may fetch a token, so before it too).
  if (options.validateRequests && validators.request && input.body !== undefined) {
    const issues = validators.request(input.body);
    if (issues.length > 0) throw new ValidationFailedError('request', op.operationId, issues, input.body);
  }
  const url = resolveBaseUrl(options, defaultServer) + expandPath(op.path, input.path) + buildQuery(input.query);
  const headers = new Headers(options.headers);
  for (const [k, v] of Object.entries((input.headers ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) headers.set(k, String(v));
  }
  for (const [k, v] of Object.entries(call.headers ?? {})) headers.set(k, v);
  const body = await encodeBody(op.bodyKind, input.body);
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', op.contentType ?? 'application/json');
  if (!headers.has('accept')) headers.set('accept', 'application/json');

  const retry = mergeRetry(options.retry, call.retry);
  const maxRetries = retry === false ? 0 : (retry.maxRetries ?? DEFAULT_RETRY.maxRetries);
  const mayRetry = retry !== false && (isIdempotent(op.method) || retry.retryNonIdempotent === true);
  const policy = retry || {};
  const sleep = policy.sleep ?? defaultSleep;
  const now = policy.now ?? Date.now;
  const maxDelay = policy.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
  const statuses = policy.statuses ?? DEFAULT_RETRY.statuses;
  const timeoutMs = call.timeoutMs ?? options.timeoutMs;
  const doFetch = options.fetch ?? globalThis.fetch;

  for (let attempt = 1; ; attempt++) {
    if (call.signal?.aborted) throw abortError(call.signal);
    const request: OutgoingRequest = {
      method: op.method.toUpperCase(),
      url: new URL(url),
      headers: new Headers(headers),
      body: body ?? '',
      operationId: op.operationId,
      attempt,
      ...(op.apiVersion !== undefined ? { apiVersion: op.apiVersion } : {}),
    };
    if (options.auth) await options.auth.apply(request);
    // Secrets known after signing: the auth's own, and every credential header it set.
    const redactor = new Redactor(options.auth?.secrets?.() ?? []).withHeaders(request.headers);
    const context = (): ErrorContext => ({ request: redactor.summary(request.method, request.url, request.headers), attempts: attempt });
    const canRetry = mayRetry && attempt <= maxRetries;
    const backoff = (): number => backoffDelay(attempt, policy);

    const timeoutSignal = timeoutMs !== undefined ? AbortSignal.timeout(timeoutMs) : undefined;
    const signals = [call.signal, timeoutSignal].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);

    let response: Response;
    let data: unknown;
    try {
      const init: RequestInit = { method: request.method, headers: request.headers };
      const sent = request.body;
      if (body !== undefined || sent.length > 0) init.body = sent as BodyInit;
      if (signal) init.signal = signal;
      response = await doFetch(request.url.toString(), init);
      data = await readBody(response);
    } catch (err) {
      if (call.signal?.aborted) throw abortError(call.signal);
      const timedOut = timeoutSignal?.aborted === true;
      const failure = timedOut ? new TimeoutError(op.operationId, timeoutMs ?? 0, context()) : new NetworkError(op.operationId, redactor.error(err), context());
      if (!canRetry || (timedOut && policy.retryTimeouts !== true)) throw failure;
      await wait(sleep, Math.min(backoff(), maxDelay), call.signal);
      continue;
    }

    if (!response.ok) {
      const error = ApiError.from(op.operationId, response.status, response.headers, redactor.value(data), context());
      if (!canRetry || !statuses.includes(response.status)) throw error;
      const after = parseRetryAfter(response.headers.get('retry-after'), now());
      if (after !== undefined && after > maxDelay) throw error;
      await wait(sleep, after ?? Math.min(backoff(), maxDelay), call.signal);
      continue;
    }

    const validate = options.validateResponses ? responseValidator(validators, response.status) : undefined;
    if (validate) {
      const issues = validate(data);
      if (issues.length > 0) throw new ValidationFailedError('response', op.operationId, issues, redactor.value(data), response.status);
    }
    return { status: response.status, data, headers: response.headers };
  }
}

async function wait(sleep: (ms: number, signal?: AbortSignal) => Promise<void>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (err) {
    if (signal?.aborted) throw abortError(signal);
    throw err;
  }
  if (signal?.aborted) throw abortError(signal);
}
