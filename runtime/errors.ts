import type { ValidationIssue } from './validation.js';

/** Response headers that carry a request id, by vendor convention, most specific first. */
const REQUEST_ID_HEADERS = ['x-request-id', 'x-fc-request-id', 'x-acs-request-id', 'x-openstack-request-id', 'request-id'];

/** The server answered with a non-2xx status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly operationId: string,
    readonly status: number,
    /** The vendor's error code (e.g. Huawei `error_code`, Alibaba `ErrorCode`), when the body has one. */
    readonly code: string | undefined,
    /** The vendor's error message, when the body has one. */
    readonly errorMessage: string | undefined,
    readonly requestId: string | undefined,
    /** The parsed body as received. */
    readonly body: unknown,
  ) {
    super(`${operationId} failed with HTTP ${status}${code ? ` ${code}` : ''}${errorMessage ? `: ${errorMessage}` : ''}${requestId ? ` (request id ${requestId})` : ''}`);
  }

  static from(operationId: string, status: number, headers: Headers, body: unknown): ApiError {
    const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    // Huawei nests nothing (`error_code`/`error_msg`); Alibaba uses `ErrorCode`/`ErrorMessage` or `Code`/`Message`.
    const pick = (...keys: string[]): string | undefined => {
      for (const k of keys) if (typeof fields[k] === 'string' || typeof fields[k] === 'number') return String(fields[k]);
      return undefined;
    };
    const requestId = REQUEST_ID_HEADERS.map((h) => headers.get(h)).find((v) => v !== null) ?? pick('RequestId', 'request_id', 'requestId');
    return new ApiError(operationId, status, pick('error_code', 'ErrorCode', 'Code', 'code'), pick('error_msg', 'ErrorMessage', 'Message', 'message'), requestId ?? undefined, body);
  }
}

/** No HTTP answer at all: DNS, connection refused, reset. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(readonly operationId: string, cause: unknown) {
    super(`${operationId}: network error: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly operationId: string, readonly timeoutMs: number) {
    super(`${operationId}: no response within ${timeoutMs} ms`);
  }
}

/** A request body failed validation before sending, or a response body failed it after receiving. */
export class ValidationFailedError extends Error {
  override readonly name = 'ValidationFailedError';
  constructor(
    readonly direction: 'request' | 'response',
    readonly operationId: string,
    readonly issues: readonly ValidationIssue[],
    /** The offending value, kept as it was. */
    readonly value: unknown,
  ) {
    const first = issues[0];
    super(`${operationId}: ${direction} body is invalid${first ? ` at ${first.path || '/'}: ${first.message} (${first.rule})` : ''}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`);
  }
}
