/** What is wrong with a credential as a header value, if anything (never quoting it). */
function credentialProblem(value) {
    if (/[\r\n]/.test(value)) return "contains a line break (CR or LF; a trailing newline read from a file?)";
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    if (/[\0-\x1f\x7f]/.test(value)) return "contains a control character";
    if (/[^\x20-\x7e]/.test(value)) return "contains a non-ASCII character";
    if (/^ | $/.test(value)) return "starts or ends with a space";
    return undefined;
}
/**
 * Refuses a credential that cannot go into a header exactly as it is, naming it (`what`) and the
 * problem but never the value: CR or LF (header injection; `Headers` would throw with the value in its
 * message), other control characters, non-ASCII, or surrounding spaces (`Headers` trims them, so what
 * is sent would differ from what is redacted). Auth factories call it on every credential they take.
 */
export function checkCredential(what, value) {
    if (typeof value !== "string" || value === "") throw new TypeError(`${what} must be a non-empty string`);
    const problem = credentialProblem(value);
    if (problem) throw new TypeError(`${what} ${problem}; the value is not shown`);
}
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function tokenAuth(what, set, token) {
    if (typeof token !== "function") checkCredential(`the token for ${what}`, token);
    let last = typeof token === "string" ? token : undefined;
    return {
        async apply(request) {
            const value = typeof token === "function" ? await token() : token;
            // A token from a function is checked on each use; it counts as a secret even when refused.
            last = typeof value === "string" ? value : undefined;
            checkCredential(`the token returned for ${what}`, value);
            set(request, value);
        },
        secrets: () => last === undefined ? [] : [last]
    };
}
/** An API key or token sent in a header, e.g. `X-Auth-Token` for Huawei IAM tokens. */
export function headerToken(header, token) {
    if (!HEADER_NAME.test(header)) throw new TypeError(`headerToken: ${JSON.stringify(header)} is not a header name`);
    return tokenAuth(header, (request, value) => request.headers.set(header, value), token);
}
/** `Authorization: Bearer …`. */
export function bearerToken(token) {
    return tokenAuth("Authorization: Bearer", (request, value) => request.headers.set("authorization", `Bearer ${value}`), token);
}
