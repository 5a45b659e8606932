import { type AuthOption } from "./security.js";
import { type RetryOptions } from "./retry.js";
import type { ValidationIssue } from "./validation.js";
/**
 * The limits every call has unless the client or the call sets others: no attempt waits forever, no
 * answer is read past 32 MiB, no redirect chain is followed past 5 hops.
 */
export declare const DEFAULT_LIMITS: {
    /** Per attempt, until the whole body is read. `0` or `Infinity`: no limit. */
    readonly timeoutMs: 30_000;
    /** Per answer, counted while the body streams in. `0` or `Infinity`: no limit. */
    readonly maxResponseBytes: 33_554_432;
    /** Redirects followed per attempt. `0`: none (a redirect is a `RedirectError`). */
    readonly maxRedirects: 5;
};
/** What the generator knows about one operation; the client passes it with each call. */
export interface OperationDescriptor {
    operationId: string;
    method: string;
    path: string;
    /** Header parameter names the spec declares, as written there. */
    headerParams: readonly string[];
    /** `json` bodies are serialised with JSON.stringify; `text`/`binary` are sent as given; `form` objects URL-encoded. */
    bodyKind?: "json" | "text" | "binary" | "form";
    contentType?: string;
    /** The spec's `info.version` (some signatures send it, e.g. Alibaba's `x-acs-version`). */
    apiVersion?: string;
    /**
     * The operation's security requirements (its own `security`, else the document's): alternatives,
     * each the keys of the schemes that apply together; `[]` is `{}` (none needed). Absent when the spec
     * declares none. Decides which `auth` a call applies (./security.ts).
     */
    security?: ReadonlyArray<readonly string[]>;
}
/** A server URL template of the spec (`https://functiongraph.{region}.myhuaweicloud.com`) and its defaults. */
export interface ServerTemplate {
    url: string;
    variables?: Readonly<Record<string, string>>;
}
export interface ClientOptions {
    /** Base URL of the API, without a trailing slash. Defaults to the spec's first server. */
    baseUrl?: string;
    /** Values for the spec's server variables (e.g. `{ region: 'cn-east-3' }`) when `baseUrl` is not given; generated clients type them per spec. */
    serverVariables?: Readonly<Record<string, string | undefined>>;
    /** Inject a fetch implementation (tests, proxies, tracing). Defaults to the global fetch. */
    fetch?: typeof fetch;
    /** Headers added to every request. */
    headers?: Record<string, string>;
    /**
     * One `Auth` for every operation that needs authentication, or one per security scheme, by its key
     * in the spec: each call then uses the first of its operation's requirements they meet.
     */
    auth?: AuthOption;
    /** Time limit for each attempt, in milliseconds, until the whole body is read (default 30 000; `0` or `Infinity`: none). */
    timeoutMs?: number;
    /** Largest answer body read, in bytes, counted as it streams (default 32 MiB; `0` or `Infinity`: none). */
    maxResponseBytes?: number;
    /** Redirects followed per attempt (default 5; `0`: none). */
    maxRedirects?: number;
    /** Retry policy; `false` never retries. Default: 2 retries of idempotent methods on 429/5xx/network errors. */
    retry?: RetryOptions | false;
    /** Check request bodies with the generated validators before sending anything. */
    validateRequests?: boolean;
    /** Check response bodies with the generated validators. */
    validateResponses?: boolean;
}
export interface CallOptions {
    signal?: AbortSignal;
    timeoutMs?: number;
    maxResponseBytes?: number;
    maxRedirects?: number;
    headers?: Record<string, string>;
    /** Overrides the client's retry options for this call (merged field by field); `false` never retries. */
    retry?: RetryOptions | false;
}
/** The generic shape of a call's input; each operation narrows it with its own types. */
export interface OperationInput {
    path?: object;
    query?: object;
    headers?: object;
    body?: unknown;
}
export interface ApiResponse<
    S,
    T
> {
    status: S;
    data: T;
    headers: Headers;
}
/** Validators for one operation: request body, and response bodies by status. */
export interface OperationValidators {
    request?: (data: unknown) => readonly ValidationIssue[];
    responses?: Readonly<Record<string, (data: unknown) => readonly ValidationIssue[]>>;
}
/**
 * Path parameters, percent-encoded as RFC 3986 unreserved characters except ':' and '@', which a path
 * segment may hold as they are (RFC 3986 `pchar`) and which the Huawei SDK sends unescaped (function URNs).
 */
export declare function expandPath(template: string, params: object | undefined): string;
/** `?a=1&b=x%20y`: RFC 3986 percent-encoding (never '+' for a space), arrays as repeated keys, undefined dropped. */
export declare function buildQuery(query: object | undefined): string;
/** The base URL: explicit, else the server template with the caller's variables over its defaults. */
export declare function resolveBaseUrl(options: ClientOptions, server: string | ServerTemplate): string;
export declare function send(options: ClientOptions, defaultServer: string | ServerTemplate, op: OperationDescriptor, input: OperationInput, call?: CallOptions, validators?: OperationValidators): Promise<ApiResponse<number, unknown>>;
