/**
 * The transport every generated client shares: URL building, JSON bodies, timeouts and aborts, and
 * turning non-2xx answers into typed errors. It knows nothing about any vendor; vendor auth plugs in
 * through the `auth` option (see ./auth.ts).
 */
import { ApiError, NetworkError, TimeoutError, ValidationFailedError } from './errors.js';
import type { Auth, OutgoingRequest } from './auth.js';
import type { ValidationIssue } from './validation.js';

/** What the generator knows about one operation; the client passes it with each call. */
export interface OperationDescriptor {
  operationId: string;
  method: string;
  path: string;
  /** Header parameter names the spec declares, as written there. */
  headerParams: readonly string[];
  /** `json` bodies are serialised with JSON.stringify; `text`/`binary` are sent as given. */
  bodyKind?: 'json' | 'text' | 'binary' | 'form';
  contentType?: string;
}

export interface ClientOptions {
  /** Base URL of the API, without a trailing slash. Defaults to the spec's first server. */
  baseUrl?: string;
  /** Inject a fetch implementation (tests, proxies, tracing). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  auth?: Auth;
  /** Per-request time limit in milliseconds (no limit by default). */
  timeoutMs?: number;
  /** Check request bodies with the generated validators before sending anything. */
  validateRequests?: boolean;
  /** Check response bodies with the generated validators. */
  validateResponses?: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  headers?: Record<string, string>;
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

/** RFC 6570 simple expansion for path parameters: every reserved character is percent-encoded. */
export function expandPath(template: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, unknown>;
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) throw new TypeError(`missing path parameter '${name}'`);
    return encodeURIComponent(String(value));
  });
}

export function buildQuery(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** JSON with `undefined` members dropped (JSON.stringify does that), never `null` substituted. */
function encodeBody(kind: OperationDescriptor['bodyKind'], body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (kind === 'json' || kind === undefined) return JSON.stringify(body);
  return body as BodyInit;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (/json/i.test(type) || /^[\s]*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

export async function send(
  options: ClientOptions,
  defaultBaseUrl: string,
  op: OperationDescriptor,
  input: OperationInput,
  call: CallOptions = {},
  validators: OperationValidators = {},
): Promise<ApiResponse<number, unknown>> {
  if (options.validateRequests && validators.request && input.body !== undefined) {
    const issues = validators.request(input.body);
    if (issues.length > 0) throw new ValidationFailedError('request', op.operationId, issues, input.body);
  }

  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
  const url = baseUrl + expandPath(op.path, input.path) + buildQuery(input.query);
  const headers = new Headers(options.headers);
  for (const [k, v] of Object.entries((input.headers ?? {}) as Record<string, unknown>)) {
    if (v !== undefined && v !== null) headers.set(k, String(v));
  }
  for (const [k, v] of Object.entries(call.headers ?? {})) headers.set(k, v);
  const body = encodeBody(op.bodyKind, input.body);
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', op.contentType ?? 'application/json');
  if (!headers.has('accept')) headers.set('accept', 'application/json');

  const request: OutgoingRequest = { method: op.method, url: new URL(url), headers, body: typeof body === 'string' ? body : '' };
  if (options.auth) await options.auth.apply(request);

  const timeoutMs = call.timeoutMs ?? options.timeoutMs;
  const signals: AbortSignal[] = [];
  if (call.signal) signals.push(call.signal);
  const timeoutSignal = timeoutMs !== undefined ? AbortSignal.timeout(timeoutMs) : undefined;
  if (timeoutSignal) signals.push(timeoutSignal);
  const signal = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);

  let response: Response;
  try {
    const init: RequestInit = { method: op.method, headers: request.headers };
    if (body !== undefined) init.body = body;
    if (signal) init.signal = signal;
    response = await (options.fetch ?? globalThis.fetch)(request.url.toString(), init);
  } catch (err) {
    if (timeoutSignal?.aborted && !call.signal?.aborted) throw new TimeoutError(op.operationId, timeoutMs ?? 0);
    if (call.signal?.aborted) throw call.signal.reason instanceof Error ? call.signal.reason : new DOMException('The operation was aborted.', 'AbortError');
    throw new NetworkError(op.operationId, err);
  }

  const data = await readBody(response);
  if (!response.ok) throw ApiError.from(op.operationId, response.status, response.headers, data);
  const validate = validators.responses?.[String(response.status)];
  if (options.validateResponses && validate) {
    const issues = validate(data);
    if (issues.length > 0) throw new ValidationFailedError('response', op.operationId, issues, data);
  }
  return { status: response.status, data, headers: response.headers };
}
