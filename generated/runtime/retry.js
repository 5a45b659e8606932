export const DEFAULT_RETRY = {
    maxRetries: 2,
    baseDelayMs: 200,
    maxDelayMs: 3e4,
    retryNonIdempotent: false,
    statuses: [
        429,
        500,
        502,
        503,
        504
    ],
    retryTimeouts: false
};
/** RFC 9110 idempotent methods. */
const IDEMPOTENT = new Set([
    "GET",
    "HEAD",
    "OPTIONS",
    "TRACE",
    "PUT",
    "DELETE"
]);
export function isIdempotent(method) {
    return IDEMPOTENT.has(method.toUpperCase());
}
/** Client options first, call options over them; `false` at either level turns retrying off. */
export function mergeRetry(client, call) {
    if (call === false || call === undefined && client === false) return false;
    return {
        ...client || {},
        ...call || {}
    };
}
/** `Retry-After` as a delay in ms: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value, now) {
    if (value === null) return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Backoff before retry number `retry` (1-based): half fixed, half random ("equal jitter"). */
export function backoffDelay(retry, options) {
    const base = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
    const cap = Math.min(options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs, base * 2 ** (retry - 1));
    const r = Math.min(Math.max((options.random ?? Math.random)(), 0), 1);
    return Math.round(cap / 2 + cap / 2 * r);
}
export function defaultSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
