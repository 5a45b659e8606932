/**
 * Keeping credentials out of errors. The transport knows every secret of a call (the values of the
 * credential-bearing headers it sent, and what the `Auth` lists in `secrets()`), and removes them from
 * everything it throws: messages, stacks, causes, the request summary and echoed response bodies.
 */
import { CONVENTIONS } from './conventions.js';
export const REDACTED = '[REDACTED]';
const SECRET_HEADERS = new Set(CONVENTIONS.secretHeaders);
/** A header whose name says it holds one, whoever defined it. */
const SECRET_WORDS = /token|secret|password/i;
/** Whether a header's whole value is a credential: declared so by a vendor module, or named like one. */
export function isSensitiveHeader(name) {
    return SECRET_HEADERS.has(name.toLowerCase()) || SECRET_WORDS.test(name);
}
/** Replaces every known secret wherever it occurs. Secrets shorter than 4 characters are ignored. */
export class Redactor {
    #secrets;
    constructor(secrets) {
        // Longest first, so a secret that contains another is removed whole.
        this.#secrets = [...new Set([...secrets].filter((s) => typeof s === 'string' && s.length >= 4))].sort((a, b) => b.length - a.length);
    }
    /** Adds the credential-bearing header values of `headers` (and, for `Bearer x`, `x` alone). */
    withHeaders(headers) {
        const found = [];
        headers.forEach((value, name) => {
            if (!isSensitiveHeader(name))
                return;
            found.push(value);
            const parts = value.split(/[\s,=]+/);
            if (/^bearer$/i.test(parts[0] ?? '') && parts[1])
                found.push(parts[1]);
            const sig = /Signature=([0-9a-fA-F]{16,})/.exec(value)?.[1];
            if (sig)
                found.push(sig);
        });
        return found.length === 0 ? this : new Redactor([...this.#secrets, ...found]);
    }
    get empty() {
        return this.#secrets.length === 0;
    }
    contains(text) {
        return this.#secrets.some((s) => text.includes(s));
    }
    text(text) {
        let out = text;
        for (const s of this.#secrets)
            if (out.includes(s))
                out = out.split(s).join(REDACTED);
        return out;
    }
    /** A deep copy with secrets removed from every string, or `value` itself when it holds none. */
    value(value) {
        if (this.empty)
            return value;
        const seen = new Map();
        const walk = (v) => {
            if (typeof v === 'string')
                return this.contains(v) ? this.text(v) : v;
            if (v === null || typeof v !== 'object')
                return v;
            if (seen.has(v))
                return seen.get(v);
            if (Array.isArray(v)) {
                const copy = [];
                seen.set(v, copy);
                let changed = false;
                for (const item of v) {
                    const r = walk(item);
                    changed ||= r !== item;
                    copy.push(r);
                }
                if (!changed)
                    seen.set(v, v);
                return changed ? copy : v;
            }
            if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null)
                return v;
            const copy = {};
            seen.set(v, copy);
            let changed = false;
            for (const [k, item] of Object.entries(v)) {
                const key = this.contains(k) ? this.text(k) : k;
                const r = walk(item);
                changed ||= r !== item || key !== k;
                copy[key] = r;
            }
            if (!changed)
                seen.set(v, v);
            return changed ? copy : v;
        };
        return walk(value);
    }
    summary(method, url, headers) {
        const out = {};
        headers.forEach((value, name) => {
            out[name] = isSensitiveHeader(name) ? REDACTED : this.text(value);
        });
        return { method, url: this.text(String(url)), headers: out };
    }
    /**
     * An error safe to keep as a `cause`. Errors from a fetch (or from whatever a custom fetch wraps) may
     * carry the request they failed on in properties of any shape, so when there are secrets to protect
     * the cause is always a plain copy: name, message, stack, primitive own properties (`code`, `errno`,
     * `syscall`, ...) and the cause chain, each with the secrets removed; nothing else is kept.
     */
    error(err, depth = 0) {
        if (this.empty)
            return err;
        if (!(err instanceof Error))
            return typeof err === 'string' ? this.text(err) : err !== null && typeof err === 'object' ? REDACTED : err;
        const options = depth < 5 && err.cause !== undefined ? { cause: this.error(err.cause, depth + 1) } : undefined;
        const copy = new Error(this.text(err.message), options);
        for (const [key, value] of Object.entries(err)) {
            if (key === 'cause' || key === 'stack' || key === 'message')
                continue;
            if (typeof value === 'string')
                copy[key] = this.text(value);
            else if (typeof value === 'number' || typeof value === 'boolean')
                copy[key] = value;
        }
        copy.name = err.name;
        copy.stack = this.text(err.stack ?? `${err.name}: ${err.message}`);
        return copy;
    }
}
