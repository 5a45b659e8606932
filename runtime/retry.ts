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

export const DEFAULT_RETRY = {
  maxRetries: 2,
  baseDelayMs: 200,
  maxDelayMs: 30_000,
  retryNonIdempotent: false,
  statuses: [429, 500, 502, 503, 504] as readonly number[],
  retryTimeouts: false,
} as const;

/** RFC 9110 idempotent methods. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/** Client options first, call options over them; `false` at either level turns retrying off. */
export function mergeRetry(client: RetryOptions | false | undefined, call: RetryOptions | false | undefined): RetryOptions | false {
  if (call === false || (call === undefined && client === false)) return false;
  return { ...(client || {}), ...(call || {}) };
}

/** `Retry-After` as a delay in ms: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Backoff before retry number `retry` (1-based): half fixed, half random ("equal jitter"). */
export function backoffDelay(retry: number, options: RetryOptions): number {
  const base = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
  const cap = Math.min(options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs, base * 2 ** (retry - 1));
  const r = Math.min(Math.max((options.random ?? Math.random)(), 0), 1);
  return Math.round(cap / 2 + (cap / 2) * r);
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
