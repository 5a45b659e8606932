import type { RequestSummary } from "./redact.js";
import type { ValidationIssue } from "./validation.js";
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
declare abstract class CallError extends Error {
    readonly request: RequestSummary | undefined;
    readonly attempts: number;
    constructor(message: string, context: ErrorContext, options?: {
        cause: unknown;
    });
}
/** The server answered with a non-2xx status. */
export declare class ApiError extends CallError {
    readonly operationId: string;
    readonly status: number;
    /** The vendor's error code (a body field a vendor module declares), when the body has one. */
    readonly code: string | undefined;
    /** The vendor's error message, when the body has one. */
    readonly errorMessage: string | undefined;
    /** From the response headers the vendor modules declare (`X-Request-Id`, ...), else the body. */
    readonly requestId: string | undefined;
    /** The parsed body as received. */
    readonly body: unknown;
    override readonly name = "ApiError";
    constructor(operationId: string, status: number, code: string | undefined, errorMessage: string | undefined, requestId: string | undefined, body: unknown, context?: ErrorContext);
    /** `clean` is applied to what the headers give (the request id): a server may echo anything there. */
    static from(operationId: string, status: number, headers: Headers, body: unknown, context?: ErrorContext, clean?: (text: string) => string): ApiError;
}
/** No HTTP answer at all: DNS, connection refused, reset, TLS. */
export declare class NetworkError extends CallError {
    readonly operationId: string;
    override readonly name = "NetworkError";
    constructor(operationId: string, cause: unknown, context?: ErrorContext);
}
/** No complete answer within the call's `timeoutMs` (per attempt). */
export declare class TimeoutError extends CallError {
    readonly operationId: string;
    readonly timeoutMs: number;
    override readonly name = "TimeoutError";
    constructor(operationId: string, timeoutMs: number, context?: ErrorContext);
}
/** A request body failed validation before sending, or a response body failed it after receiving. */
export declare class ValidationFailedError extends Error {
    readonly direction: "request" | "response";
    readonly operationId: string;
    readonly issues: readonly ValidationIssue[];
    /** The offending value, kept as it was (for responses: the parsed body as received). */
    readonly value: unknown;
    /** For responses: the HTTP status whose schema was checked. */
    readonly status?: number | undefined;
    override readonly name = "ValidationFailedError";
    constructor(direction: "request" | "response", operationId: string, issues: readonly ValidationIssue[], value: unknown, status?: number | undefined);
}
/** A 2xx answer whose body says it is JSON (or, without a content type, looks like it) and does not parse. */
export declare class ResponseParseError extends CallError {
    readonly operationId: string;
    readonly status: number;
    readonly contentType: string | undefined;
    /** The body as received (credentials removed). */
    readonly body: string;
    override readonly name = "ResponseParseError";
    constructor(operationId: string, status: number, contentType: string | undefined, body: string, context?: ErrorContext);
}
/** The answer's body was longer than `maxResponseBytes`: reading stopped there and the connection was closed. */
export declare class ResponseTooLargeError extends CallError {
    readonly operationId: string;
    readonly status: number;
    readonly maxResponseBytes: number;
    override readonly name = "ResponseTooLargeError";
    constructor(operationId: string, status: number, maxResponseBytes: number, context?: ErrorContext);
}
/**
 * A redirect that was not followed: more than `maxRedirects`, a Location that is not an http(s) URL,
 * or (in browsers) a redirect whose target fetch hides (`opaqueredirect`), which is never followed blind.
 */
export declare class RedirectError extends CallError {
    readonly operationId: string;
    readonly reason: "too-many" | "bad-location" | "opaque";
    readonly status: number;
    /** The Location header as received (credentials removed), when fetch showed it. */
    readonly location: string | undefined;
    override readonly name = "RedirectError";
    constructor(operationId: string, reason: "too-many" | "bad-location" | "opaque", status: number, location: string | undefined, context?: ErrorContext);
}
/** The auth could not be applied to the request: its token source failed, or it refused the request. */
export declare class AuthError extends CallError {
    readonly operationId: string;
    override readonly name = "AuthError";
    constructor(operationId: string, cause: unknown, context?: ErrorContext);
}
export {};
