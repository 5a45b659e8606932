/**
 * Keeping credentials out of errors. The transport knows every secret of a call (the values of the
 * credential-bearing headers it sent, and what the `Auth` lists in `secrets()`), and removes them from
 * everything it throws: messages, stacks, causes, the request summary and echoed response bodies.
 */
export declare const REDACTED = "[REDACTED]";
/** Whether a header's whole value is a credential: declared so by a vendor module, or named like one. */
export declare function isSensitiveHeader(name: string): boolean;
/** What an error keeps of the request it sent: method, URL and headers with credentials replaced. */
export interface RequestSummary {
    method: string;
    url: string;
    headers: Record<string, string>;
}
/** Replaces every known secret wherever it occurs. Secrets shorter than 4 characters are ignored. */
export declare class Redactor {
    #private;
    constructor(secrets: Iterable<string>);
    /** Adds the credential-bearing header values of `headers` (and, for `Bearer x`, `x` alone). */
    withHeaders(headers: Headers): Redactor;
    get empty(): boolean;
    contains(text: string): boolean;
    text(text: string): string;
    /** A deep copy with secrets removed from every string, or `value` itself when it holds none. */
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
