/** The errors a generated client throws; what an error body means is read from ./conventions.ts. */
import { CONVENTIONS } from "./conventions.js";
/**
 * What every error about one call carries besides its message: the redacted request and the attempt
 * count. One base so each error class states only what is its own.
 */
class CallError extends Error {
    request;
    attempts;
    constructor(message, context, options) {
        super(message, options);
        this.request = context.request;
        this.attempts = context.attempts ?? 1;
    }
}
/** The server answered with a non-2xx status. */
export class ApiError extends CallError {
    operationId;
    status;
    code;
    errorMessage;
    requestId;
    body;
    name = "ApiError";
    constructor(operationId, status, code, errorMessage, requestId, body, context = {}) {
        super(`${operationId} failed with HTTP ${status}${code ? ` ${code}` : ""}${errorMessage ? `: ${errorMessage}` : ""}${requestId ? ` (request id ${requestId})` : ""}`, context);
        this.operationId = operationId;
        this.status = status;
        this.code = code;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.body = body;
    }
    /** `clean` is applied to what the headers give (the request id): a server may echo anything there. */
    static from(operationId, status, headers, body, context = {}, clean = (t) => t) {
        const fields = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {};
        const pick = (keys) => {
            for (const k of keys) if (typeof fields[k] === "string" || typeof fields[k] === "number") return String(fields[k]);
            return undefined;
        };
        const fromHeader = CONVENTIONS.requestIdHeaders.map((h) => headers.get(h)).find((v) => v !== null);
        const requestId = fromHeader != null ? clean(fromHeader) : pick(CONVENTIONS.requestIdFields);
        return new ApiError(operationId, status, pick(CONVENTIONS.errorCodeFields), pick(CONVENTIONS.errorMessageFields), requestId, body, context);
    }
}
/** No HTTP answer at all: DNS, connection refused, reset, TLS. */
export class NetworkError extends CallError {
    operationId;
    name = "NetworkError";
    constructor(operationId, cause, context = {}) {
        const detail = cause instanceof Error ? [cause.message, cause.cause instanceof Error ? cause.cause.message : ""].filter(Boolean).join(": ") : String(cause);
        super(`${operationId}: network error: ${detail}`, context, { cause });
        this.operationId = operationId;
    }
}
/** No complete answer within the call's `timeoutMs` (per attempt). */
export class TimeoutError extends CallError {
    operationId;
    timeoutMs;
    name = "TimeoutError";
    constructor(operationId, timeoutMs, context = {}) {
        super(`${operationId}: no response within ${timeoutMs} ms`, context);
        this.operationId = operationId;
        this.timeoutMs = timeoutMs;
    }
}
/** A request body failed validation before sending, or a response body failed it after receiving. */
export class ValidationFailedError extends Error {
    direction;
    operationId;
    issues;
    value;
    status;
    name = "ValidationFailedError";
    constructor(direction, operationId, issues, value, status) {
        const first = issues[0];
        super(`${operationId}: ${direction} body is invalid${first ? ` at ${first.path || "/"}: ${first.message} (${first.rule})` : ""}${issues.length > 1 ? ` and ${issues.length - 1} more` : ""}`);
        this.direction = direction;
        this.operationId = operationId;
        this.issues = issues;
        this.value = value;
        this.status = status;
    }
}
/** A 2xx answer whose body says it is JSON (or, without a content type, looks like it) and does not parse. */
export class ResponseParseError extends CallError {
    operationId;
    status;
    contentType;
    body;
    name = "ResponseParseError";
    constructor(operationId, status, contentType, body, context = {}) {
        // Not the parser's message: it quotes the start of the text, which may cut a secret short of being recognised.
        super(`${operationId}: the HTTP ${status} answer${contentType ? ` (${contentType})` : ""} is not valid JSON (${body.length} characters)`, context);
        this.operationId = operationId;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }
}
/** The answer's body was longer than `maxResponseBytes`: reading stopped there and the connection was closed. */
export class ResponseTooLargeError extends CallError {
    operationId;
    status;
    maxResponseBytes;
    name = "ResponseTooLargeError";
    constructor(operationId, status, maxResponseBytes, context = {}) {
        super(`${operationId}: the HTTP ${status} answer is larger than maxResponseBytes (${maxResponseBytes} bytes)`, context);
        this.operationId = operationId;
        this.status = status;
        this.maxResponseBytes = maxResponseBytes;
    }
}
/**
 * A redirect that was not followed: more than `maxRedirects`, a Location that is not an http(s) URL,
 * or (in browsers) a redirect whose target fetch hides (`opaqueredirect`), which is never followed blind.
 */
export class RedirectError extends CallError {
    operationId;
    reason;
    status;
    location;
    name = "RedirectError";
    constructor(operationId, reason, status, location, context = {}) {
        const why = reason === "too-many" ? "too many redirects" : reason === "opaque" ? "a redirect whose target fetch does not show (a browser); not followed" : "a redirect to a location that is not an http(s) URL";
        super(`${operationId}: ${why}${location !== undefined ? ` (HTTP ${status} to ${location})` : ""}`, context);
        this.operationId = operationId;
        this.reason = reason;
        this.status = status;
        this.location = location;
    }
}
/** The auth could not be applied to the request: its token source failed, or it refused the request. */
export class AuthError extends CallError {
    operationId;
    name = "AuthError";
    constructor(operationId, cause, context = {}) {
        super(`${operationId}: the auth failed: ${cause instanceof Error ? cause.message : String(cause)}`, context, { cause });
        this.operationId = operationId;
    }
}
