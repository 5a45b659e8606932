/**
 * When and how long to wait before trying a request again: exponential backoff with jitter, the
 * server's `Retry-After` when it sends one, and only for methods that are safe to repeat unless the
 * caller opts in.
 */
export interface RetryOptions {
    /** Retries after the first attempt (default 2; 0 disables retrying). */
    maxRetries?: number;
    /** Backoff before the first retry, doubled for each further one (default 200 ms). */
    baseDelayMs?: number;
    /**
     * Longest wait between attempts (default 30 000 ms). A `Retry-After` asking for longer ends the
     * retries: the error is thrown as it is rather than retried early.
     */
    maxDelayMs?: number;
    /** Also retry POST and PATCH, which may have taken effect although they failed (default false). */
    retryNonIdempotent?: boolean;
    /** Statuses retried (default 429, 500, 502, 503, 504). */
    statuses?: readonly number[];
    /** Also retry attempts that hit `timeoutMs` (default false: a timeout ends the call). */
    retryTimeouts?: boolean;
    /** How to wait (tests inject a fake). It should reject when `signal` aborts. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Jitter source in [0, 1) (default Math.random). */
    random?: () => number;
    /** Clock for `Retry-After` HTTP-dates, in epoch ms (default Date.now). */
    now?: () => number;
}
export declare const DEFAULT_RETRY: {
    readonly maxRetries: 2;
    readonly baseDelayMs: 200;
    readonly maxDelayMs: 30_000;
    readonly retryNonIdempotent: false;
    readonly statuses: readonly number[];
    readonly retryTimeouts: false;
};
export declare function isIdempotent(method: string): boolean;
/** Client options first, call options over them; `false` at either level turns retrying off. */
export declare function mergeRetry(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined): RetryOptions | false;
/** `Retry-After` as a delay in ms: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export declare function parseRetryAfter(value: string | null, now: number): number | undefined;
/** Backoff before retry number `retry` (1-based): half fixed, half random ("equal jitter"). */
export declare function backoffDelay(retry: number, options: RetryOptions): number;
export declare function defaultSleep(ms: number, signal?: AbortSignal): Promise<void>;
