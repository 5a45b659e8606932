/**
 * One attempt of a call: apply the auth, fetch, follow redirects by hand, read the body under its cap.
 * fetch is asked for `redirect: 'manual'` so that no header an `Auth` set ever reaches another origin
 * (scheme, host and port): fetch's own following drops only `Authorization`, and re-sends the rest
 * (`X-Auth-Token`, `X-Security-Token`, API keys) and a 307's body wherever the Location points.
 */
import type { Auth, OutgoingRequest } from "./auth.js";
import { type ErrorContext } from "./errors.js";
import { type Redactor } from "./redact.js";
/** What an attempt has sent so far, for the errors thrown about it (the last hop, and every secret seen). */
export interface AttemptState {
    request: OutgoingRequest;
    redactor: Redactor;
}
export interface Exchange {
    fetch: typeof fetch;
    auth: Auth | undefined;
    operationId: string;
    apiVersion: string | undefined;
    attempt: number;
    method: string;
    url: URL;
    /** The headers before the auth applies (the caller's, content type, accept). */
    headers: Headers;
    body: string | Uint8Array | undefined;
    signal: AbortSignal | undefined;
    maxRedirects: number;
    maxResponseBytes: number;
    state: AttemptState;
    context(): ErrorContext;
}
/**
 * Sends the request and whatever redirects it meets, up to `maxRedirects`. A hop to the call's own
 * origin is signed again (its own method, URL, body, date); once a hop leaves that origin, no later
 * hop is signed, and none carries a header the auth set or one named like a credential. 303 (and
 * 301/302 after a POST) become a GET without a body, as fetch does; 307 and 308 keep method and body.
 * Throws `AuthError`, `RedirectError` and `ResponseTooLargeError` itself; fetch's errors as they are.
 */
export declare function exchange(x: Exchange): Promise<{
    response: Response;
    bytes: Uint8Array;
}>;
