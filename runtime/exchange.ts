/**
 * One attempt of a call: apply the auth, fetch, follow redirects by hand, read the body under its cap.
 * fetch is asked for `redirect: 'manual'` so that no header an `Auth` set ever reaches another origin
 * (scheme, host and port): fetch's own following drops only `Authorization`, and re-sends the rest
 * (`X-Auth-Token`, `X-Security-Token`, API keys) and a 307's body wherever the Location points.
 */
import type { Auth, OutgoingRequest } from './auth.js';
import { discard, readCapped } from './body.js';
import { AuthError, RedirectError, ResponseTooLargeError, type ErrorContext } from './errors.js';
import { isSensitiveHeader, type Redactor } from './redact.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Request-body header names (Fetch): dropped with the body when a redirect turns a request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

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

/** Settles with `value`, or rejects with the signal's reason as soon as it aborts (a token source that hangs). */
function untilAborted<T>(value: T | Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return Promise.resolve(value);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(value).then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

function without(headers: Headers, drop: (name: string) => boolean): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    if (!drop(name)) out.set(name, value);
  });
  return out;
}

/**
 * Sends the request and whatever redirects it meets, up to `maxRedirects`. A hop to the call's own
 * origin is signed again (its own method, URL, body, date); once a hop leaves that origin, no later
 * hop is signed, and none carries a header the auth set or one named like a credential. 303 (and
 * 301/302 after a POST) become a GET without a body, as fetch does; 307 and 308 keep method and body.
 * Throws `AuthError`, `RedirectError` and `ResponseTooLargeError` itself; fetch's errors as they are.
 */
export async function exchange(x: Exchange): Promise<{ response: Response; bytes: Uint8Array }> {
  const origin = x.url.origin;
  let url = new URL(x.url.href);
  let method = x.method;
  let body = x.body;
  let base = x.headers;
  let trusted = true;
  for (let hop = 0; ; hop++) {
    const request: OutgoingRequest = {
      method,
      url,
      headers: new Headers(base),
      body: body ?? '',
      operationId: x.operationId,
      attempt: x.attempt,
      ...(x.apiVersion !== undefined ? { apiVersion: x.apiVersion } : {}),
    };
    x.state.request = request;
    if (x.auth && trusted) {
      try {
        await untilAborted(x.auth.apply(request), x.signal);
      } catch (err) {
        if (x.signal?.aborted) throw err;
        x.state.redactor = x.state.redactor.with(x.auth.secrets?.() ?? []).withHeaders(request.headers);
        throw new AuthError(x.operationId, x.state.redactor.error(err), x.context());
      }
    }
    // Secrets known after signing: the auth's own, and every credential header this hop carries.
    x.state.redactor = x.state.redactor.with(x.auth?.secrets?.() ?? []).withHeaders(request.headers);

    const init: RequestInit = { method: request.method, headers: request.headers, redirect: 'manual' };
    if (body !== undefined || request.body.length > 0) init.body = request.body as BodyInit;
    if (x.signal) init.signal = x.signal;
    const response = await x.fetch(request.url.toString(), init);

    if (response.type === 'opaqueredirect') throw new RedirectError(x.operationId, 'opaque', response.status, undefined, x.context());
    const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
    if (location === null) {
      // A HEAD answer's Content-Length is the size of a body it does not send.
      const bytes = await readCapped(response, method === 'HEAD' ? Infinity : x.maxResponseBytes);
      if (bytes === undefined) throw new ResponseTooLargeError(x.operationId, response.status, x.maxResponseBytes, x.context());
      return { response, bytes };
    }
    discard(response);
    const shown = x.state.redactor.text(location);
    if (hop >= x.maxRedirects) throw new RedirectError(x.operationId, 'too-many', response.status, shown, x.context());
    let next: URL;
    try {
      next = new URL(location, request.url);
    } catch {
      throw new RedirectError(x.operationId, 'bad-location', response.status, shown, x.context());
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new RedirectError(x.operationId, 'bad-location', response.status, shown, x.context());

    const status = response.status;
    if ((status === 303 && method !== 'GET' && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      base = without(base, (name) => BODY_HEADERS.includes(name));
    }
    if (next.origin !== origin) trusted = false;
    // The headers the auth set are never in `base`; the caller's own credential headers go too.
    if (!trusted) base = without(base, isSensitiveHeader);
    url = next;
  }
}
