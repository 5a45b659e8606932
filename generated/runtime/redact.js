/**
 * Keeping credentials out of errors. The transport knows every secret of a call (the values of the
 * credential-bearing headers it sent, and what the `Auth` lists in `secrets()`), and removes them from
 * everything it throws: messages, stacks, causes, the request summary and echoed response bodies. A
 * server or a library may give a secret back encoded, so each is also looked for in the forms they
 * produce (see `encodedForms`). Walks over payloads are depth-capped: a hostile answer nested 10^5
 * levels deep gives a bounded copy, never a `RangeError`.
 */
import { CONVENTIONS } from "./conventions.js";
import { rfc3986 } from "./crypto.js";
export const REDACTED = "[REDACTED]";
/** What stands, in a payload an error keeps, for a part nested deeper than 64 levels. */
export const TOO_DEEP = "[TOO DEEP]";
/** Nesting kept of a payload an error carries (JSON APIs nest a handful of levels). */
const MAX_DEPTH = 64;
const SECRET_HEADERS = new Set(CONVENTIONS.secretHeaders);
/** A header whose name says it holds one, whoever defined it (`X-Api-Key`, `X-Auth-Token`, `Cookie`...). */
const SECRET_WORDS = /token|secret|passw|key|auth|credential|session|cookie/i;
/** Whether a header's whole value is a credential: declared so by a vendor module, or named like one. */
export function isSensitiveHeader(name) {
    return SECRET_HEADERS.has(name.toLowerCase()) || SECRET_WORDS.test(name);
}
const lowerHex = (s) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
function base64(bytes) {
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
}
/**
 * The base64 characters that only `secret`'s bytes determine when it starts `offset` bytes (mod 3)
 * into the encoded data (a token inside `Bearer …` or `user:token`, base64-encoded whole).
 */
function base64Core(secret, offset) {
    const padded = new Uint8Array(offset + secret.length + 1);
    padded.set(secret, offset);
    return base64(padded).slice(Math.ceil(8 * offset / 6), Math.floor(8 * (offset + secret.length) / 6));
}
/**
 * `secret` as servers and libraries may give it back: raw; percent-encoded (either hex case, `+` for a
 * space, twice); JSON-escaped (also with `\/` and `\uXXXX`); HTML-escaped; as a JSON pointer segment
 * (Ajv's issue paths); base64 (standard and URL alphabets) at each of the three byte alignments.
 */
export function encodedForms(secret) {
    const out = new Set([secret]);
    for (const url of [
        encodeURIComponent(secret),
        rfc3986(secret),
        encodeURIComponent(secret).replace(/%20/g, "+")
    ]) {
        for (const form of [url, encodeURIComponent(url)]) out.add(form).add(lowerHex(form));
    }
    const json = JSON.stringify(secret).slice(1, -1);
    out.add(json).add(json.replace(/\//g, "\\/"));
    out.add(json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
    out.add(secret.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;"));
    out.add(secret.replace(/~/g, "~0").replace(/\//g, "~1"));
    // Shorter secrets would give cores short enough to turn up by chance.
    if (secret.length >= 12) {
        const bytes = new TextEncoder().encode(secret);
        for (let offset = 0; offset < 3; offset++) {
            const core = base64Core(bytes, offset);
            out.add(core).add(core.replace(/\+/g, "-").replace(/\//g, "_"));
        }
    }
    return [...out].filter((f) => f.length >= 4);
}
/** `Headers` quotes a value it refuses in full ("Headers.set: "…" is an invalid header value."): a credential, as often as not. */
const REFUSED_HEADER_VALUE = /"[\s\S]*"(?= is an invalid header value)/g;
/** Never `target[key] = value`: a server's `"__proto__"` key would set the copy's prototype. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true
    });
}
/** Replaces every known secret, in each of its encoded forms, wherever it occurs. Secrets shorter than 4 characters are ignored. */
export class Redactor {
    #secrets;
    #forms;
    constructor(secrets) {
        this.#secrets = [...new Set([...secrets].filter((s) => typeof s === "string" && s.length >= 4))];
    }
    /** Every encoded form of every secret, longest first (so a form containing another goes whole); worked out when an error needs them. */
    get #all() {
        this.#forms ??= [...new Set(this.#secrets.flatMap(encodedForms))].sort((a, b) => b.length - a.length);
        return this.#forms;
    }
    /** This redactor's secrets and `secrets`. */
    with(secrets) {
        const more = [...secrets].filter((s) => typeof s === "string" && s.length >= 4 && !this.#secrets.includes(s));
        return more.length === 0 ? this : new Redactor([...this.#secrets, ...more]);
    }
    /** Adds the credential-bearing header values of `headers` (and, for `Bearer x`, `x` alone). */
    withHeaders(headers) {
        const found = [];
        headers.forEach((value, name) => {
            if (!isSensitiveHeader(name)) return;
            found.push(value);
            const parts = value.split(/[\s,=]+/);
            if (/^bearer$/i.test(parts[0] ?? "") && parts[1]) found.push(parts[1]);
            const sig = /Signature=([0-9a-fA-F]{16,})/.exec(value)?.[1];
            if (sig) found.push(sig);
        });
        return this.with(found);
    }
    get empty() {
        return this.#secrets.length === 0;
    }
    contains(text) {
        return this.#all.some((s) => text.includes(s));
    }
    text(text) {
        let out = text;
        for (const s of this.#all) if (out.includes(s)) out = out.split(s).join(REDACTED);
        return out;
    }
    /**
     * A copy of a payload safe to keep on an error: secrets removed from every string and key, what is
     * nested deeper than 64 levels replaced by `[TOO DEEP]`, keys such as `__proto__` kept as plain own
     * keys. `value` itself when there is nothing to change.
     */
    value(value) {
        const seen = new Map();
        const walk = (v, depth) => {
            if (typeof v === "string") return this.contains(v) ? this.text(v) : v;
            if (v === null || typeof v !== "object") return v;
            if (depth >= MAX_DEPTH) return TOO_DEEP;
            if (seen.has(v)) return seen.get(v);
            if (Array.isArray(v)) {
                const copy = [];
                seen.set(v, copy);
                let changed = false;
                for (const item of v) {
                    const r = walk(item, depth + 1);
                    changed ||= r !== item;
                    copy.push(r);
                }
                if (!changed) seen.set(v, v);
                return changed ? copy : v;
            }
            if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) return v;
            const copy = {};
            seen.set(v, copy);
            let changed = false;
            for (const [k, item] of Object.entries(v)) {
                const key = this.contains(k) ? this.text(k) : k;
                const r = walk(item, depth + 1);
                changed ||= r !== item || key !== k;
                setOwn(copy, key, r);
            }
            if (!changed) seen.set(v, v);
            return changed ? copy : v;
        };
        return walk(value, 0);
    }
    summary(method, url, headers) {
        const out = {};
        headers.forEach((value, name) => {
            out[name] = isSensitiveHeader(name) ? REDACTED : this.text(value);
        });
        return {
            method,
            url: this.text(String(url)),
            headers: out
        };
    }
    /**
     * An error safe to keep as a `cause`. Errors from a fetch (or from whatever a custom fetch wraps) may
     * carry the request they failed on in properties of any shape, so when there are secrets to protect
     * the cause is always a plain copy: name, message, stack, primitive own properties (`code`, `errno`,
     * `syscall`, ...) and the cause chain, each with the secrets removed; nothing else is kept.
     */
    error(err, depth = 0) {
        const refusedHeader = err instanceof Error && typeof err.message === "string" && err.message.search(REFUSED_HEADER_VALUE) >= 0;
        if (this.empty && !refusedHeader) return err;
        if (!(err instanceof Error)) return typeof err === "string" ? this.text(err) : err !== null && typeof err === "object" ? REDACTED : err;
        const clean = (text) => this.text(text).replace(REFUSED_HEADER_VALUE, `"${REDACTED}"`);
        const options = depth < 5 && err.cause !== undefined ? { cause: this.error(err.cause, depth + 1) } : undefined;
        const copy = new Error(clean(err.message), options);
        for (const [key, value] of Object.entries(err)) {
            if (key === "cause" || key === "stack" || key === "message") continue;
            if (typeof value === "string") setOwn(copy, key, clean(value));
            else if (typeof value === "number" || typeof value === "boolean") setOwn(copy, key, value);
        }
        copy.name = err.name;
        copy.stack = clean(err.stack ?? `${err.name}: ${err.message}`);
        return copy;
    }
}
