/**
 * The transport every generated client shares: URL building, JSON bodies, auth (re-applied on every
 * attempt and on every same-origin redirect), limits (a per-attempt timeout, a response size cap, a
 * redirect cap), aborts, retries, validation, and turning non-2xx answers into typed errors that never
 * carry a credential. It knows nothing about any vendor; vendor auth plugs in through the `auth` option
 * (see ./auth.ts, ./auth-huaweicloud.ts, ./auth-aliyun.ts). One attempt's exchange is ./exchange.ts.
 */
import { parseBody } from './body.js';
import { rfc3986 } from './crypto.js';
import { ApiError, AuthError, NetworkError, RedirectError, ResponseParseError, ResponseTooLargeError, TimeoutError, ValidationFailedError, type ErrorContext } from './errors.js';
import { exchange, type AttemptState } from './exchange.js';
import { Redactor } from './redact.js';
import { authFor, type AuthOption } from './security.js';
import { backoffDelay, DEFAULT_RETRY, defaultSleep, isIdempotent, mergeRetry, parseRetryAfter, type RetryOptions } from './retry.js';
import type { ValidationIssue } from './validation.js';

/**
 * The limits every call has unless the client or the call sets others: no attempt waits forever, no
 * answer is read past 32 MiB, no redirect chain is followed past 5 hops.
 */
export const DEFAULT_LIMITS = {
  /** Per attempt, until the whole body is read. `0` or `Infinity`: no limit. */
  timeoutMs: 30_000,
  /** Per answer, counted while the body streams in. `0` or `Infinity`: no limit. */
  maxResponseBytes: 33_554_432, // 32 MiB: a literal, so the declaration can be emitted without a type checker
  /** Redirects followed per attempt. `0`: none (a redirect is a `RedirectError`). */
  maxRedirects: 5,
} as const;

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
  /**
   * The operation's security requirements (its own `security`, else the document's): alternatives,
   * each the keys of the schemes that apply together; `[]` is `{}` (none needed). Absent when the spec
   * declares none. Decides which `auth` a call applies (./security.ts).
   */
  security?: ReadonlyArray<readonly string[]>;
}

/** A server URL template of the spec (`https://functiongraph.{region}.myhuaweicloud.com`) and its defaults. */
export interface ServerTemplate {
  url: string;
  variables?: Readonly<Record<string, string>>;
}

export interface ClientOptions {
  /** Base URL of the API, without a trailing slash. Defaults to the spec's first server. */
  baseUrl?: string;
  /** Values for the spec's server variables (e.g. `{ region: 'cn-east-3' }`) when `baseUrl` is not given; generated clients type them per spec. */
  serverVariables?: Readonly<Record<string, string | undefined>>;
  /** Inject a fetch implementation (tests, proxies, tracing). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /**
   * One `Auth` for every operation that needs authentication, or one per security scheme, by its key
   * in the spec: each call then uses the first of its operation's requirements they meet.
   */
  auth?: AuthOption;
  /** Time limit for each attempt, in milliseconds, until the whole body is read (default 30 000; `0` or `Infinity`: none). */
  timeoutMs?: number;
  /** Largest answer body read, in bytes, counted as it streams (default 32 MiB; `0` or `Infinity`: none). */
  maxResponseBytes?: number;
  /** Redirects followed per attempt (default 5; `0`: none). */
  maxRedirects?: number;
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
  maxResponseBytes?: number;
  maxRedirects?: number;
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
  const vars: Record<string, string> = { ...(template.variables ?? {}) };
  for (const [name, value] of Object.entries(options.serverVariables ?? {})) if (value !== undefined) vars[name] = value;
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

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
}

/** The validator for a success status: exact (`200`), then range (`2XX`), then `default`. */
function responseValidator(validators: OperationValidators, status: number): ((data: unknown) => readonly ValidationIssue[]) | undefined {
  const r = validators.responses;
  return r?.[String(status)] ?? r?.[`${String(status)[0]}XX`] ?? r?.default;
}

/** A limit from the options: `undefined` is the default, `0` and `Infinity` are none; anything else but a number ≥ 0 is refused. */
function limit(name: string, value: number | undefined, fallback: number, zeroIsNone = true): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new TypeError(`${name} must be a number >= 0, not ${String(value)}`);
  return value === 0 && zeroIsNone ? Infinity : value;
}

/** The per-attempt timer: aborts its signal when the time is up (never when `ms` is Infinity). */
function attemptTimer(ms: number): { signal: AbortSignal | undefined; fired(): boolean; clear(): void } {
  if (!Number.isFinite(ms)) return { signal: undefined, fired: () => false, clear: () => {} };
  const controller = new AbortController();
  let fired = false;
  const id = setTimeout(
    () => {
      fired = true;
      controller.abort(new DOMException(`no response within ${ms} ms`, 'TimeoutError'));
    },
    Math.min(ms, 2 ** 31 - 1),
  );
  return { signal: controller.signal, fired: () => fired, clear: () => clearTimeout(id) };
}

/** Sets caller-given headers, refusing a value `Headers` would refuse, without quoting it (it may be a credential). */
function setHeader(headers: Headers, name: string, value: string): void {
  if (/[\r\n\0]|[\u0100-\uffff]/.test(value))
    throw new TypeError(`the value of header ${JSON.stringify(name)} contains a line break, NUL or a character over U+00FF; it is not shown`);
  headers.set(name, value);
}

const OWN_ERRORS = [AuthError, RedirectError, ResponseTooLargeError] as const;

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
  const auth = authFor(options.auth, op.security, op.operationId);
  const url = new URL(resolveBaseUrl(options, defaultServer) + expandPath(op.path, input.path) + buildQuery(input.query));
  const headers = new Headers();
  for (const [k, v] of Object.entries(options.headers ?? {})) setHeader(headers, k, v);
  for (const [k, v] of Object.entries((input.headers ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) setHeader(headers, k, String(v));
  }
  for (const [k, v] of Object.entries(call.headers ?? {})) setHeader(headers, k, v);
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
  const timeoutMs = limit('timeoutMs', call.timeoutMs ?? options.timeoutMs, DEFAULT_LIMITS.timeoutMs);
  const maxResponseBytes = limit('maxResponseBytes', call.maxResponseBytes ?? options.maxResponseBytes, DEFAULT_LIMITS.maxResponseBytes);
  const maxRedirects = limit('maxRedirects', call.maxRedirects ?? options.maxRedirects, DEFAULT_LIMITS.maxRedirects, false);
  const doFetch = options.fetch ?? globalThis.fetch;

  for (let attempt = 1; ; attempt++) {
    if (call.signal?.aborted) throw abortError(call.signal);
    const method = op.method.toUpperCase();
    const state: AttemptState = { request: { method, url, headers, body: body ?? '', operationId: op.operationId, attempt }, redactor: new Redactor([]) };
    const context = (): ErrorContext => ({ request: state.redactor.summary(state.request.method, state.request.url, state.request.headers), attempts: attempt });
    const canRetry = mayRetry && attempt <= maxRetries;
    const backoff = (): number => backoffDelay(attempt, policy);

    const timer = attemptTimer(timeoutMs);
    const signals = [call.signal, timer.signal].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);

    let response: Response;
    let bytes: Uint8Array;
    try {
      ({ response, bytes } = await exchange({
        fetch: doFetch,
        auth,
        operationId: op.operationId,
        apiVersion: op.apiVersion,
        attempt,
        method,
        url,
        headers,
        body,
        signal,
        maxRedirects,
        maxResponseBytes,
        state,
        context,
      }));
    } catch (err) {
      if (OWN_ERRORS.some((E) => err instanceof E)) throw err;
      if (call.signal?.aborted) throw abortError(call.signal);
      const timedOut = timer.fired();
      const failure = timedOut ? new TimeoutError(op.operationId, timeoutMs, context()) : new NetworkError(op.operationId, state.redactor.error(err), context());
      if (!canRetry || (timedOut && policy.retryTimeouts !== true)) throw failure;
      await wait(sleep, Math.min(backoff(), maxDelay), call.signal);
      continue;
    } finally {
      timer.clear();
    }
    const { redactor } = state;
    const parsed = parseBody(bytes, response.headers.get('content-type'));

    if (!response.ok) {
      const data = parsed.ok ? parsed.value : parsed.text;
      const error = ApiError.from(op.operationId, response.status, response.headers, redactor.value(data), context(), (t) => redactor.text(t));
      if (!canRetry || !statuses.includes(response.status)) throw error;
      const after = parseRetryAfter(response.headers.get('retry-after'), now());
      if (after !== undefined && after > maxDelay) throw error;
      await wait(sleep, after ?? Math.min(backoff(), maxDelay), call.signal);
      continue;
    }
    if (!parsed.ok) {
      const type = response.headers.get('content-type');
      throw new ResponseParseError(op.operationId, response.status, type === null ? undefined : redactor.text(type), redactor.text(parsed.text), context());
    }

    const validate = options.validateResponses ? responseValidator(validators, response.status) : undefined;
    if (validate) {
      const issues = validate(parsed.value);
      if (issues.length > 0) throw new ValidationFailedError('response', op.operationId, redactor.value(issues), redactor.value(parsed.value), response.status);
    }
    return { status: response.status, data: parsed.value, headers: response.headers };
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
