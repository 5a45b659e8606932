import { discard, readCapped } from "./body.js";
import { AuthError, RedirectError, ResponseTooLargeError } from "./errors.js";
import { isSensitiveHeader } from "./redact.js";
const REDIRECTS = new Set([
    301,
    302,
    303,
    307,
    308
]);
/** Request-body header names (Fetch): dropped with the body when a redirect turns a request into a GET. */
const BODY_HEADERS = [
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "content-location"
];
/** Settles with `value`, or rejects with the signal's reason as soon as it aborts (a token source that hangs). */
function untilAborted(value, signal) {
    if (!signal) return Promise.resolve(value);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        if (signal.aborted) return onAbort();
        signal.addEventListener("abort", onAbort, { once: true });
        Promise.resolve(value).then((v) => (signal.removeEventListener("abort", onAbort), resolve(v)), (e) => (signal.removeEventListener("abort", onAbort), reject(e)));
    });
}
function without(headers, drop) {
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
export async function exchange(x) {
    const origin = x.url.origin;
    let url = new URL(x.url.href);
    let method = x.method;
    let body = x.body;
    let base = x.headers;
    let trusted = true;
    for (let hop = 0;; hop++) {
        const request = {
            method,
            url,
            headers: new Headers(base),
            body: body ?? "",
            operationId: x.operationId,
            attempt: x.attempt,
            ...x.apiVersion !== undefined ? { apiVersion: x.apiVersion } : {}
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
        const init = {
            method: request.method,
            headers: request.headers,
            redirect: "manual"
        };
        if (body !== undefined || request.body.length > 0) init.body = request.body;
        if (x.signal) init.signal = x.signal;
        const response = await x.fetch(request.url.toString(), init);
        if (response.type === "opaqueredirect") throw new RedirectError(x.operationId, "opaque", response.status, undefined, x.context());
        const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
        if (location === null) {
            // A HEAD answer's Content-Length is the size of a body it does not send.
            const bytes = await readCapped(response, method === "HEAD" ? Infinity : x.maxResponseBytes);
            if (bytes === undefined) throw new ResponseTooLargeError(x.operationId, response.status, x.maxResponseBytes, x.context());
            return {
                response,
                bytes
            };
        }
        discard(response);
        const shown = x.state.redactor.text(location);
        if (hop >= x.maxRedirects) throw new RedirectError(x.operationId, "too-many", response.status, shown, x.context());
        let next;
        try {
            next = new URL(location, request.url);
        } catch {
            throw new RedirectError(x.operationId, "bad-location", response.status, shown, x.context());
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") throw new RedirectError(x.operationId, "bad-location", response.status, shown, x.context());
        const status = response.status;
        if (status === 303 && method !== "GET" && method !== "HEAD" || (status === 301 || status === 302) && method === "POST") {
            method = "GET";
            body = undefined;
            base = without(base, (name) => BODY_HEADERS.includes(name));
        }
        if (next.origin !== origin) trusted = false;
        // The headers the auth set are never in `base`; the caller's own credential headers go too.
        if (!trusted) base = without(base, isSensitiveHeader);
        url = next;
    }
}
