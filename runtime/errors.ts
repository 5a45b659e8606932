/** The errors a generated client throws; what an error body means is read from ./conventions.ts. */
import { CONVENTIONS } from './conventions.js';
import type { RequestSummary } from './redact.js';
import type { ValidationIssue } from './validation.js';

/** What the transport adds to an error about the exchange: never a credential (see ./redact.ts). */
export interface ErrorContext {
  /** The last request sent, with credential headers replaced by `[REDACTED]`. */
  request?: RequestSummary;
  /** How many attempts were made (1 when there was no retry). */
  attempts?: number;
}

/** The server answered with a non-2xx status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly request: RequestSummary | undefined;
  readonly attempts: number;
  constructor(
    readonly operationId: string,
    readonly status: number,
    /** The vendor's error code (a body field a vendor module declares), when the body has one. */
    readonly code: string | undefined,
    /** The vendor's error message, when the body has one. */
    readonly errorMessage: string | undefined,
    /** From the response headers the vendor modules declare (`X-Request-Id`, ...), else the body. */
    readonly requestId: string | undefined,
    /** The parsed body as received. */
    readonly body: unknown,
    context: ErrorContext = {},
  ) {
    super(`${operationId} failed with HTTP ${status}${code ? ` ${code}` : ''}${errorMessage ? `: ${errorMessage}` : ''}${requestId ? ` (request id ${requestId})` : ''}`);
    this.request = context.request;
    this.attempts = context.attempts ?? 1;
  }

  static from(operationId: string, status: number, headers: Headers, body: unknown, context: ErrorContext = {}): ApiError {
    const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const pick = (keys: readonly string[]): string | undefined => {
      for (const k of keys) if (typeof fields[k] === 'string' || typeof fields[k] === 'number') return String(fields[k]);
      return undefined;
    };
    const requestId = CONVENTIONS.requestIdHeaders.map((h) => headers.get(h)).find((v) => v !== null) ?? pick(CONVENTIONS.requestIdFields);
    return new ApiError(operationId, status, pick(CONVENTIONS.errorCodeFields), pick(CONVENTIONS.errorMessageFields), requestId ?? undefined, body, context);
  }
}

/** No HTTP answer at all: DNS, connection refused, reset, TLS. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly request: RequestSummary | undefined;
  readonly attempts: number;
  constructor(
    readonly operationId: string,
    cause: unknown,
    context: ErrorContext = {},
  ) {
    const detail = cause instanceof Error ? [cause.message, cause.cause instanceof Error ? cause.cause.message : ''].filter(Boolean).join(': ') : String(cause);
    super(`${operationId}: network error: ${detail}`, { cause });
    this.request = context.request;
    this.attempts = context.attempts ?? 1;
  }
}

/** No complete answer within the call's `timeoutMs` (per attempt). */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly request: RequestSummary | undefined;
  readonly attempts: number;
  constructor(
    readonly operationId: string,
    readonly timeoutMs: number,
    context: ErrorContext = {},
  ) {
    super(`${operationId}: no response within ${timeoutMs} ms`);
    this.request = context.request;
    this.attempts = context.attempts ?? 1;
  }
}

/** A request body failed validation before sending, or a response body failed it after receiving. */
export class ValidationFailedError extends Error {
  override readonly name = 'ValidationFailedError';
  constructor(
    readonly direction: 'request' | 'response',
    readonly operationId: string,
    readonly issues: readonly ValidationIssue[],
    /** The offending value, kept as it was (for responses: the parsed body as received). */
    readonly value: unknown,
    /** For responses: the HTTP status whose schema was checked. */
    readonly status?: number,
  ) {
    const first = issues[0];
    super(
      `${operationId}: ${direction} body is invalid${first ? ` at ${first.path || '/'}: ${first.message} (${first.rule})` : ''}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`,
    );
  }
}
