import { rfc3986 } from './crypto.js';
import { ApiError, NetworkError, TimeoutError, ValidationFailedError } from './errors.js';
import { Redactor } from './redact.js';
import { backoffDelay, DEFAULT_RETRY, defaultSleep, isIdempotent, mergeRetry, parseRetryAfter } from './retry.js';
/**
 * Path parameters, percent-encoded as RFC 3986 unreserved characters except ':' and '@', which a path
 * segment may hold as they are (RFC 3986 `pchar`) and which the Huawei SDK sends unescaped (function URNs).
 */
export function expandPath(template, params) {
    const values = (params ?? {});
    return template.replace(/\{([^}]+)\}/g, (_m, name) => {
        const value = values[name];
        if (value === undefined || value === null)
            throw new TypeError(`missing path parameter '${name}'`);
        const text = String(value);
        if (text === '' || text === '.' || text === '..')
            throw new TypeError(`path parameter '${name}' must not be ${JSON.stringify(text)}`);
        return rfc3986(text).replace(/%3A/g, ':').replace(/%40/g, '@');
    });
}
/** `?a=1&b=x%20y`: RFC 3986 percent-encoding (never '+' for a space), arrays as repeated keys, undefined dropped. */
export function buildQuery(query) {
    const parts = [];
    const add = (key, value) => {
        if (value === undefined || value === null)
            return;
        parts.push(`${rfc3986(key)}=${rfc3986(typeof value === 'object' ? JSON.stringify(value) : String(value))}`);
    };
    for (const [key, value] of Object.entries(query ?? {})) {
        if (Array.isArray(value))
            for (const v of value)
                add(key, v);
        else
            add(key, value);
    }
    return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
/** The base URL: explicit, else the server template with the caller's variables over its defaults. */
export function resolveBaseUrl(options, server) {
    if (options.baseUrl !== undefined)
        return options.baseUrl.replace(/\/+$/, '');
    const template = typeof server === 'string' ? { url: server } : server;
    const vars = { ...(template.variables ?? {}), ...(options.serverVariables ?? {}) };
    const url = template.url.replace(/\{([^}]+)\}/g, (m, name) => vars[name] ?? m);
    const missing = /\{([^}]+)\}/.exec(url);
    if (missing)
        throw new TypeError(`no value for server variable '${missing[1]}': pass serverVariables or baseUrl`);
    return url.replace(/\/+$/, '');
}
/** The exact body to send: JSON text with `undefined` members dropped (never `null` substituted), text, or bytes. */
async function encodeBody(kind, body) {
    if (body === undefined)
        return undefined;
    if (kind === 'json' || kind === undefined)
        return JSON.stringify(body);
    if (typeof body === 'string')
        return body;
    if (kind === 'form' && body !== null && typeof body === 'object' && Object.getPrototypeOf(body) === Object.prototype) {
        return buildQuery(body).slice(1);
    }
    if (body instanceof Uint8Array)
        return body;
    if (body instanceof ArrayBuffer)
        return new Uint8Array(body);
    if (ArrayBuffer.isView(body))
        return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    // Blob, ReadableStream, URLSearchParams...: read once, so it can be signed and re-sent on retry.
    return new Uint8Array(await new Response(body).arrayBuffer());
}
async function readBody(response) {
    const text = await response.text();
    if (text === '')
        return undefined;
    const type = response.headers.get('content-type') ?? '';
    if (/json/i.test(type) || /^\s*[[{]/.test(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
function abortError(signal) {
    return signal.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError');
}
/** The validator for a success status: exact (`200`), then range (`2XX`), then `default`. */
function responseValidator(validators, status) {
    const r = validators.responses;
    return r?.[String(status)] ?? r?.[`${String(status)[0]}XX`] ?? r?.default;
}
export async function send(options, defaultServer, op, input, call = {}, validators = {}) {
    // Everything that can be checked is checked before any I/O (auth may fetch a token, so before it too).
    if (options.validateRequests && validators.request && input.body !== undefined) {
        const issues = validators.request(input.body);
        if (issues.length > 0)
            throw new ValidationFailedError('request', op.operationId, issues, input.body);
    }
    const url = resolveBaseUrl(options, defaultServer) + expandPath(op.path, input.path) + buildQuery(input.query);
    const headers = new Headers(options.headers);
    for (const [k, v] of Object.entries((input.headers ?? {}))) {
        if (v !== undefined && v !== null)
            headers.set(k, String(v));
    }
    for (const [k, v] of Object.entries(call.headers ?? {}))
        headers.set(k, v);
    const body = await encodeBody(op.bodyKind, input.body);
    if (body !== undefined && !headers.has('content-type'))
        headers.set('content-type', op.contentType ?? 'application/json');
    if (!headers.has('accept'))
        headers.set('accept', 'application/json');
    const retry = mergeRetry(options.retry, call.retry);
    const maxRetries = retry === false ? 0 : (retry.maxRetries ?? DEFAULT_RETRY.maxRetries);
    const mayRetry = retry !== false && (isIdempotent(op.method) || retry.retryNonIdempotent === true);
    const policy = retry || {};
    const sleep = policy.sleep ?? defaultSleep;
    const now = policy.now ?? Date.now;
    const maxDelay = policy.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
    const statuses = policy.statuses ?? DEFAULT_RETRY.statuses;
    const timeoutMs = call.timeoutMs ?? options.timeoutMs;
    const doFetch = options.fetch ?? globalThis.fetch;
    for (let attempt = 1;; attempt++) {
        if (call.signal?.aborted)
            throw abortError(call.signal);
        const request = {
            method: op.method.toUpperCase(),
            url: new URL(url),
            headers: new Headers(headers),
            body: body ?? '',
            operationId: op.operationId,
            attempt,
            ...(op.apiVersion !== undefined ? { apiVersion: op.apiVersion } : {}),
        };
        if (options.auth)
            await options.auth.apply(request);
        // Secrets known after signing: the auth's own, and every credential header it set.
        const redactor = new Redactor(options.auth?.secrets?.() ?? []).withHeaders(request.headers);
        const context = () => ({ request: redactor.summary(request.method, request.url, request.headers), attempts: attempt });
        const canRetry = mayRetry && attempt <= maxRetries;
        const backoff = () => backoffDelay(attempt, policy);
        const timeoutSignal = timeoutMs !== undefined ? AbortSignal.timeout(timeoutMs) : undefined;
        const signals = [call.signal, timeoutSignal].filter((s) => s !== undefined);
        const signal = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
        let response;
        let data;
        try {
            const init = { method: request.method, headers: request.headers };
            const sent = request.body;
            if (body !== undefined || sent.length > 0)
                init.body = sent;
            if (signal)
                init.signal = signal;
            response = await doFetch(request.url.toString(), init);
            data = await readBody(response);
        }
        catch (err) {
            if (call.signal?.aborted)
                throw abortError(call.signal);
            const timedOut = timeoutSignal?.aborted === true;
            const failure = timedOut ? new TimeoutError(op.operationId, timeoutMs ?? 0, context()) : new NetworkError(op.operationId, redactor.error(err), context());
            if (!canRetry || (timedOut && policy.retryTimeouts !== true))
                throw failure;
            await wait(sleep, Math.min(backoff(), maxDelay), call.signal);
            continue;
        }
        if (!response.ok) {
            const error = ApiError.from(op.operationId, response.status, response.headers, redactor.value(data), context());
            if (!canRetry || !statuses.includes(response.status))
                throw error;
            const after = parseRetryAfter(response.headers.get('retry-after'), now());
            if (after !== undefined && after > maxDelay)
                throw error;
            await wait(sleep, after ?? Math.min(backoff(), maxDelay), call.signal);
            continue;
        }
        const validate = options.validateResponses ? responseValidator(validators, response.status) : undefined;
        if (validate) {
            const issues = validate(data);
            if (issues.length > 0)
                throw new ValidationFailedError('response', op.operationId, issues, redactor.value(data), response.status);
        }
        return { status: response.status, data, headers: response.headers };
    }
}
async function wait(sleep, ms, signal) {
    try {
        await sleep(ms, signal);
    }
    catch (err) {
        if (signal?.aborted)
            throw abortError(signal);
        throw err;
    }
    if (signal?.aborted)
        throw abortError(signal);
}
