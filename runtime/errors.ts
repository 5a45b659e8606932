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

/**
 * What every error about one call carries besides its message: the redacted request and the attempt
 * count. One base so each error class states only what is its own.
 */
abstract class CallError extends Error {
  readonly request: RequestSummary | undefined;
  readonly attempts: number;
  constructor(message: string, context: ErrorContext, options?: { cause: unknown }) {
    super(message, options);
    this.request = context.request;
    this.attempts = context.attempts ?? 1;
  }
}

/** The server answered with a non-2xx status. */
export class ApiError extends CallError {
  override readonly name = 'ApiError';
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
    super(`${operationId} failed with HTTP ${status}${code ? ` ${code}` : ''}${errorMessage ? `: ${errorMessage}` : ''}${requestId ? ` (request id ${requestId})` : ''}`, context);
  }

  /** `clean` is applied to what the headers give (the request id): a server may echo anything there. */
  static from(operationId: string, status: number, headers: Headers, body: unknown, context: ErrorContext = {}, clean: (text: string) => string = (t) => t): ApiError {
    const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const pick = (keys: readonly string[]): string | undefined => {
      for (const k of keys) if (typeof fields[k] === 'string' || typeof fields[k] === 'number') return String(fields[k]);
      return undefined;
    };
    const fromHeader = CONVENTIONS.requestIdHeaders.map((h) => headers.get(h)).find((v) => v !== null);
    const requestId = fromHeader != null ? clean(fromHeader) : pick(CONVENTIONS.requestIdFields);
    return new ApiError(operationId, status, pick(CONVENTIONS.errorCodeFields), pick(CONVENTIONS.errorMessageFields), requestId, body, context);
  }
}

/** No HTTP answer at all: DNS, connection refused, reset, TLS. */
export class NetworkError extends CallError {
  override readonly name = 'NetworkError';
  constructor(
    readonly operationId: string,
    cause: unknown,
    context: ErrorContext = {},
  ) {
    const detail = cause instanceof Error ? [cause.message, cause.cause instanceof Error ? cause.cause.message : ''].filter(Boolean).join(': ') : String(cause);
    super(`${operationId}: network error: ${detail}`, context, { cause });
  }
}

/** No complete answer within the call's `timeoutMs` (per attempt). */
export class TimeoutError extends CallError {
  override readonly name = 'TimeoutError';
  constructor(
    readonly operationId: string,
    readonly timeoutMs: number,
    context: ErrorContext = {},
  ) {
    super(`${operationId}: no response within ${timeoutMs} ms`, context);
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

/** A 2xx answer whose body says it is JSON (or, without a content type, looks like it) and does not parse. */
export class ResponseParseError extends CallError {
  override readonly name = 'ResponseParseError';
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly contentType: string | undefined,
    /** The body as received (credentials removed). */
    readonly body: string,
    context: ErrorContext = {},
  ) {
    // Not the parser's message: it quotes the start of the text, which may cut a secret short of being recognised.
    super(`${operationId}: the HTTP ${status} answer${contentType ? ` (${contentType})` : ''} is not valid JSON (${body.length} characters)`, context);
  }
}

/** The answer's body was longer than `maxResponseBytes`: reading stopped there and the connection was closed. */
export class ResponseTooLargeError extends CallError {
  override readonly name = 'ResponseTooLargeError';
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly maxResponseBytes: number,
    context: ErrorContext = {},
  ) {
    super(`${operationId}: the HTTP ${status} answer is larger than maxResponseBytes (${maxResponseBytes} bytes)`, context);
  }
}

/**
 * A redirect that was not followed: more than `maxRedirects`, a Location that is not an http(s) URL,
 * or (in browsers) a redirect whose target fetch hides (`opaqueredirect`), which is never followed blind.
 */
export class RedirectError extends CallError {
  override readonly name = 'RedirectError';
  constructor(
    readonly operationId: string,
    readonly reason: 'too-many' | 'bad-location' | 'opaque',
    readonly status: number,
    /** The Location header as received (credentials removed), when fetch showed it. */
    readonly location: string | undefined,
    context: ErrorContext = {},
  ) {
    const why =
      reason === 'too-many'
        ? 'too many redirects'
        : reason === 'opaque'
          ? 'a redirect whose target fetch does not show (a browser); not followed'
          : 'a redirect to a location that is not an http(s) URL';
    super(`${operationId}: ${why}${location !== undefined ? ` (HTTP ${status} to ${location})` : ''}`, context);
  }
}

/** The auth could not be applied to the request: its token source failed, or it refused the request. */
export class AuthError extends CallError {
  override readonly name = 'AuthError';
  constructor(
    readonly operationId: string,
    /** What the auth threw, as a plain copy with the credentials removed (see ./redact.ts). */
    cause: unknown,
    context: ErrorContext = {},
  ) {
    super(`${operationId}: the auth failed: ${cause instanceof Error ? cause.message : String(cause)}`, context, { cause });
  }
}
