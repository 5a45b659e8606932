export declare const REDACTED = "[REDACTED]";
/** What stands, in a payload an error keeps, for a part nested deeper than 64 levels. */
export declare const TOO_DEEP = "[TOO DEEP]";
/** Whether a header's whole value is a credential: declared so by a vendor module, or named like one. */
export declare function isSensitiveHeader(name: string): boolean;
/** What an error keeps of the request it sent: method, URL and headers with credentials replaced. */
export interface RequestSummary {
    method: string;
    url: string;
    headers: Record<string, string>;
}
/**
 * `secret` as servers and libraries may give it back: raw; percent-encoded (either hex case, `+` for a
 * space, twice); JSON-escaped (also with `\/` and `\uXXXX`); HTML-escaped; as a JSON pointer segment
 * (Ajv's issue paths); base64 (standard and URL alphabets) at each of the three byte alignments.
 */
export declare function encodedForms(secret: string): string[];
/** Replaces every known secret, in each of its encoded forms, wherever it occurs. Secrets shorter than 4 characters are ignored. */
export declare class Redactor {
    #private;
    constructor(secrets: Iterable<string>);
    /** This redactor's secrets and `secrets`. */
    with(secrets: Iterable<string>): Redactor;
    /** Adds the credential-bearing header values of `headers` (and, for `Bearer x`, `x` alone). */
    withHeaders(headers: Headers): Redactor;
    get empty(): boolean;
    contains(text: string): boolean;
    text(text: string): string;
    /**
     * A copy of a payload safe to keep on an error: secrets removed from every string and key, what is
     * nested deeper than 64 levels replaced by `[TOO DEEP]`, keys such as `__proto__` kept as plain own
     * keys. `value` itself when there is nothing to change.
     */
    value<T>(value: T): T;
    summary(method: string, url: URL | string, headers: Headers): RequestSummary;
    /**
     * An error safe to keep as a `cause`. Errors from a fetch (or from whatever a custom fetch wraps) may
     * carry the request they failed on in properties of any shape, so when there are secrets to protect
     * the cause is always a plain copy: name, message, stack, primitive own properties (`code`, `errno`,
     * `syscall`, ...) and the cause chain, each with the secrets removed; nothing else is kept.
     */
    error(err: unknown, depth?: number): unknown;
}
