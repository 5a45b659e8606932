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

/** What is wrong with a credential as a header value, if anything (never quoting it). */
function credentialProblem(value: string): string | undefined {
  if (/[\r\n]/.test(value)) return 'contains a line break (CR or LF; a trailing newline read from a file?)';
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\0-\x1f\x7f]/.test(value)) return 'contains a control character';
  if (/[^\x20-\x7e]/.test(value)) return 'contains a non-ASCII character';
  if (/^ | $/.test(value)) return 'starts or ends with a space';
  return undefined;
}

/**
 * Refuses a credential that cannot go into a header exactly as it is, naming it (`what`) and the
 * problem but never the value: CR or LF (header injection; `Headers` would throw with the value in its
 * message), other control characters, non-ASCII, or surrounding spaces (`Headers` trims them, so what
 * is sent would differ from what is redacted). Auth factories call it on every credential they take.
 */
export function checkCredential(what: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${what} must be a non-empty string`);
  const problem = credentialProblem(value);
  if (problem) throw new TypeError(`${what} ${problem}; the value is not shown`);
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function tokenAuth(what: string, set: (request: OutgoingRequest, token: string) => void, token: TokenSource): Auth {
  if (typeof token !== 'function') checkCredential(`the token for ${what}`, token);
  let last = typeof token === 'string' ? token : undefined;
  return {
    async apply(request) {
      const value = typeof token === 'function' ? await token() : token;
      // A token from a function is checked on each use; it counts as a secret even when refused.
      last = typeof value === 'string' ? value : undefined;
      checkCredential(`the token returned for ${what}`, value);
      set(request, value);
    },
    secrets: () => (last === undefined ? [] : [last]),
  };
}

/** An API key or token sent in a header, e.g. `X-Auth-Token` for Huawei IAM tokens. */
export function headerToken(header: string, token: TokenSource): Auth {
  if (!HEADER_NAME.test(header)) throw new TypeError(`headerToken: ${JSON.stringify(header)} is not a header name`);
  return tokenAuth(header, (request, value) => request.headers.set(header, value), token);
}

/** `Authorization: Bearer …`. */
export function bearerToken(token: TokenSource): Auth {
  return tokenAuth('Authorization: Bearer', (request, value) => request.headers.set('authorization', `Bearer ${value}`), token);
}

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
