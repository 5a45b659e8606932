/** The errors a generated client throws; what an error body means is read from ./conventions.ts. */
import { CONVENTIONS } from './conventions.js';
/** The server answered with a non-2xx status. */
export class ApiError extends Error {
    operationId;
    status;
    code;
    errorMessage;
    requestId;
    body;
    name = 'ApiError';
    request;
    attempts;
    constructor(operationId, status, 
    /** The vendor's error code (a body field a vendor module declares), when the body has one. */
    code, 
    /** The vendor's error message, when the body has one. */
    errorMessage, 
    /** From the response headers the vendor modules declare (`X-Request-Id`, ...), else the body. */
    requestId, 
    /** The parsed body as received. */
    body, context = {}) {
        super(`${operationId} failed with HTTP ${status}${code ? ` ${code}` : ''}${errorMessage ? `: ${errorMessage}` : ''}${requestId ? ` (request id ${requestId})` : ''}`);
        this.operationId = operationId;
        this.status = status;
        this.code = code;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.body = body;
        this.request = context.request;
        this.attempts = context.attempts ?? 1;
    }
    static from(operationId, status, headers, body, context = {}) {
        const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
        const pick = (keys) => {
            for (const k of keys)
                if (typeof fields[k] === 'string' || typeof fields[k] === 'number')
                    return String(fields[k]);
            return undefined;
        };
        const requestId = CONVENTIONS.requestIdHeaders.map((h) => headers.get(h)).find((v) => v !== null) ?? pick(CONVENTIONS.requestIdFields);
        return new ApiError(operationId, status, pick(CONVENTIONS.errorCodeFields), pick(CONVENTIONS.errorMessageFields), requestId ?? undefined, body, context);
    }
}
/** No HTTP answer at all: DNS, connection refused, reset, TLS. */
export class NetworkError extends Error {
    operationId;
    name = 'NetworkError';
    request;
    attempts;
    constructor(operationId, cause, context = {}) {
        const detail = cause instanceof Error ? [cause.message, cause.cause instanceof Error ? cause.cause.message : ''].filter(Boolean).join(': ') : String(cause);
        super(`${operationId}: network error: ${detail}`, { cause });
        this.operationId = operationId;
        this.request = context.request;
        this.attempts = context.attempts ?? 1;
    }
}
/** No complete answer within the call's `timeoutMs` (per attempt). */
export class TimeoutError extends Error {
    operationId;
    timeoutMs;
    name = 'TimeoutError';
    request;
    attempts;
    constructor(operationId, timeoutMs, context = {}) {
        super(`${operationId}: no response within ${timeoutMs} ms`);
        this.operationId = operationId;
        this.timeoutMs = timeoutMs;
        this.request = context.request;
        this.attempts = context.attempts ?? 1;
    }
}
/** A request body failed validation before sending, or a response body failed it after receiving. */
export class ValidationFailedError extends Error {
    direction;
    operationId;
    issues;
    value;
    status;
    name = 'ValidationFailedError';
    constructor(direction, operationId, issues, 
    /** The offending value, kept as it was (for responses: the parsed body as received). */
    value, 
    /** For responses: the HTTP status whose schema was checked. */
    status) {
        const first = issues[0];
        super(`${operationId}: ${direction} body is invalid${first ? ` at ${first.path || '/'}: ${first.message} (${first.rule})` : ''}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`);
        this.direction = direction;
        this.operationId = operationId;
        this.issues = issues;
        this.value = value;
        this.status = status;
    }
}
