/**
 * Authentication is a small object that edits an outgoing request (adds a token header, signs it).
 * Generated clients accept any `Auth`; vendor modules (./auth-huaweicloud.ts, ./auth-aliyun.ts)
 * provide the ones their specs name. `apply` runs once per attempt, so a retried request is signed
 * again with a fresh date.
 *
 * An auth factory is an exported function declared to return `Auth` (`headerToken`, `huaweiAkSk`):
 * that declaration is what the generator reads to check a spec's `x-funcspec-auth`, so a new vendor
 * module's factories need no list anywhere else.
 */
export interface OutgoingRequest {
    method: string;
    url: URL;
    headers: Headers;
    /** The exact body bytes that will be sent: text, or bytes for binary bodies ('' when there is none). */
    body: string | Uint8Array;
    /** The operation being called, as the spec names it (Alibaba's `x-acs-action`). */
    readonly operationId: string;
    /** The API version the spec declares (`info.version`), when the generated client passes it. */
    readonly apiVersion?: string;
    /** 1 for the first try, 2 for the first retry, ... */
    readonly attempt: number;
}
export interface Auth {
    apply(request: OutgoingRequest): void | Promise<void>;
    /**
     * Values that must never appear in an error, a log line or a snapshot (tokens, secret keys).
     * The transport removes them, and every value of a credential-bearing header, from what it throws.
     */
    secrets?(): readonly string[];
}
type TokenSource = string | (() => string | Promise<string>);
/**
 * Refuses a credential that cannot go into a header exactly as it is, naming it (`what`) and the
 * problem but never the value: CR or LF (header injection; `Headers` would throw with the value in its
 * message), other control characters, non-ASCII, or surrounding spaces (`Headers` trims them, so what
 * is sent would differ from what is redacted). Auth factories call it on every credential they take.
 */
export declare function checkCredential(what: string, value: unknown): asserts value is string;
/** An API key or token sent in a header, e.g. `X-Auth-Token` for Huawei IAM tokens. */
export declare function headerToken(header: string, token: TokenSource): Auth;
/** `Authorization: Bearer …`. */
export declare function bearerToken(token: TokenSource): Auth;
/**
 * What a vendor module declares about its APIs besides its auth factories: where an answer carries
 * the request id, the error code and message, and which headers hold credentials. ./conventions.ts
 * merges every vendor's declarations; errors and redaction read only the merged lists.
 */
export interface VendorConventions {
    /** Response headers carrying a request id (lower-case), most specific first. */
    readonly requestIdHeaders?: readonly string[];
    /** Error-body fields carrying the request id, for answers without such a header. */
    readonly requestIdFields?: readonly string[];
    /** Error-body fields carrying the vendor's error code, in the order they are tried. */
    readonly errorCodeFields?: readonly string[];
    /** Error-body fields carrying the vendor's error message, in the order they are tried. */
    readonly errorMessageFields?: readonly string[];
    /** Headers (lower-case) whose whole value is a credential, or a signature usable as one. */
    readonly secretHeaders?: readonly string[];
}
export {};
